package org.jixiao.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in PostgreSQL: bcrypt hashes, one role and one org each, failed-login counting for the lockout. */
@Repository
public class Users {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Orgs orgs;
    private final ApplicationEventPublisher events;

    public Users(JdbcClient jdbc, PasswordEncoder encoder, Orgs orgs, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.orgs = orgs;
        this.events = events;
    }

    /** A stored account; the hash never leaves this package. */
    public record Account(long id, String username, String displayName, Role role, long orgId, boolean enabled,
                          int failedAttempts, Instant lockedUntil, String passwordHash) {
        public boolean lockedAt(Instant now) { return lockedUntil != null && lockedUntil.isAfter(now); }
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", username).query(Users::map).optional();
    }

    public boolean exists(String username) { return byUsername(username).isPresent(); }

    /** The accounts of orgs in the caller's scope. */
    public List<Account> visible() {
        return jdbc.sql("""
                select u.* from app_user u join org o on o.id = u.org_id where o.path like :scope order by o.path, u.username""")
                .param("scope", Actor.current().scope().likePattern()).query(Users::map).list();
    }

    /** Creates an account in an org of the caller's scope (an org outside it is "not found"). */
    @Transactional
    public Account create(String username, String password, Role role, long orgId, String displayName) {
        Org org = orgs.require(orgId);
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new ValidationException(List.of(new Violation("username",
                    "用户名应为 2–64 个字母、数字或 . _ -", "username must be 2-64 letters, digits, . _ or -")));
        }
        if (password == null || password.length() < 8) {
            throw new ValidationException(List.of(new Violation("password", "密码至少 8 位", "password must have at least 8 characters")));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            // bcrypt reads at most 72 bytes: a longer password would be cut silently (or refused with a 500)
            throw new ValidationException(List.of(new Violation("password", "密码最多 72 字节（约 24 个汉字或 72 个字母）",
                    "password must be at most 72 bytes (UTF-8)")));
        }
        if (role == null) {
            throw new ValidationException(List.of(new Violation("role", "角色应为 FILLER/REVIEWER/FINANCE/ADMIN",
                    "role must be FILLER, REVIEWER, FINANCE or ADMIN")));
        }
        if (exists(username)) {
            throw new ValidationException(List.of(new Violation("username", "用户名 " + username + " 已存在", "username " + username + " is taken")));
        }
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, org_id) values (:u, :h, :d, :r, :o)")
                .param("u", username).param("h", encoder.encode(password)).param("d", displayName)
                .param("r", role.name()).param("o", org.id()).update();
        events.publishEvent(new UserEvent.Created(username, role.label() + " @ " + org.name()));
        return byUsername(username).orElseThrow();
    }

    /**
     * Counts one wrong password, checked and raised in one statement: the row lock makes parallel failures take
     * their turn, the one that reaches the limit sets the lock (and restarts the count), and none counts on a locked
     * account. For an unknown or locked account it changes nothing but costs the same (one UPDATE).
     */
    void recordFailure(Long id, int maxFailures, long lockMinutes) {
        jdbc.sql("""
                update app_user set
                    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= :max then now() + make_interval(mins => :minutes) end
                where id = :id and (locked_until is null or locked_until <= now())""")
                .param("id", id == null ? -1L : id).param("max", maxFailures).param("minutes", (int) lockMinutes).update();
    }

    /**
     * A right password: clears the count, but only if the account is not locked by now. Guesses running in parallel
     * may have reached the limit while this one was checked; then even the right password is refused (false).
     */
    boolean recordSuccess(Account a) {
        if (a.failedAttempts() == 0 && a.lockedUntil() == null) { // the usual case: a read, no write per call
            return jdbc.sql("select count(*) from app_user where id = :id and locked_until > now()").param("id", a.id())
                    .query(Long.class).single() == 0;
        }
        return jdbc.sql("""
                update app_user set failed_attempts = 0, locked_until = null
                where id = :id and (locked_until is null or locked_until <= now())""").param("id", a.id()).update() == 1;
    }

    /** Lifts a lock (an administrator, for an account in their scope: otherwise "not found"). */
    @Transactional
    public Account unlock(String username) {
        Account a = visibleAccount(username);
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id").param("id", a.id()).update();
        events.publishEvent(new UserEvent.Changed(username, "lock", a.lockedUntil() == null ? null : a.lockedUntil().toString(), null));
        return byUsername(username).orElseThrow();
    }

    /** An account of an org in the caller's scope; one outside it is "not found", like one that does not exist. */
    public Account visibleAccount(String username) {
        return jdbc.sql("""
                select u.* from app_user u join org o on o.id = u.org_id where u.username = :u and o.path like :scope""")
                .param("u", username).param("scope", Actor.current().scope().likePattern()).query(Users::map).optional()
                .orElseThrow(() -> new AccountNotFoundException(username));
    }

    private static Account map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getLong("org_id"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), rs.getString("password_hash"));
    }
}
