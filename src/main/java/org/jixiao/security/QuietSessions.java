package org.jixiao.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL without a write on every request. Spring Session records each request's time as the
 * session's last access, so every page view of a signed-in person ended in an UPDATE and a commit: a third of the
 * database work of viewing a page. That time only decides when an idle session expires (after hours), so it is
 * written when it has moved by {@link #TOUCH_EVERY} or more; attribute changes are written as before. A session may
 * thus expire up to that much early.
 *
 * <p>Installed by wrapping the repository bean, so Spring Boot's own set-up (table name, timeout, cleanup, the
 * PostgreSQL upserts) stays as it is and the session filter gets this wrapper.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Wraps the JDBC session repository wherever it is injected. */
    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JdbcIndexedSessionRepository jdbc)) return bean;
                jdbc.setConversionService(KeptSecurityContexts.conversionService()); // contexts not deserialised per request
                return new QuietSessions(jdbc);
            }
        };
    }

    /** The JDBC repository, seen through its interface: its session class is package-private. */
    private final FindByIndexNameSessionRepository<Session> jdbc;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessions(JdbcIndexedSessionRepository jdbc) { this.jdbc = (FindByIndexNameSessionRepository) jdbc; }

    @Override
    public QuietSession createSession() { return new QuietSession(jdbc.createSession()); }

    @Override
    public void save(QuietSession session) { jdbc.save(session.delegate); }

    @Override
    public QuietSession findById(String id) {
        Session found = jdbc.findById(id);
        return found == null ? null : new QuietSession(found);
    }

    @Override
    public void deleteById(String id) { jdbc.deleteById(id); }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return jdbc.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new QuietSession(e.getValue())));
    }

    /** A stored session whose last-access time is passed on only when it has moved by {@link #TOUCH_EVERY}. */
    static final class QuietSession implements Session {
        private final Session delegate;

        QuietSession(Session delegate) { this.delegate = delegate; }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (Duration.between(delegate.getLastAccessedTime(), time).compareTo(TOUCH_EVERY) >= 0) {
                delegate.setLastAccessedTime(time);
            }
        }

        @Override public String getId() { return delegate.getId(); }
        @Override public String changeSessionId() { return delegate.changeSessionId(); }
        @Override public <T> T getAttribute(String name) { return delegate.getAttribute(name); }
        @Override public Set<String> getAttributeNames() { return delegate.getAttributeNames(); }
        @Override public void setAttribute(String name, Object value) { delegate.setAttribute(name, value); }
        @Override public void removeAttribute(String name) { delegate.removeAttribute(name); }
        @Override public Instant getCreationTime() { return delegate.getCreationTime(); }
        @Override public Instant getLastAccessedTime() { return delegate.getLastAccessedTime(); }
        @Override public void setMaxInactiveInterval(Duration interval) { delegate.setMaxInactiveInterval(interval); }
        @Override public Duration getMaxInactiveInterval() { return delegate.getMaxInactiveInterval(); }
        @Override public boolean isExpired() { return delegate.isExpired(); }
    }
}
