package org.jixiao.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts: {@code Authorization: Bearer jx_…}. A token is 32 random bytes, shown once when it is
 * created and stored only as its SHA-256 (a random token needs no slow hash: nothing can be guessed from it), so a
 * call costs one indexed lookup instead of a bcrypt check. Each user creates and revokes their own tokens.
 */
@Repository
public class ApiTokens {
    static final String PREFIX = "jx_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME = 100;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A token as listed: never the token itself. */
    public record Token(long id, String name, Instant createdAt, Instant revokedAt) {
        private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

        public boolean active() { return revokedAt == null; }

        /** When it was created, in local time to the minute (as pages show times). */
        public String createdLocal() { return LOCAL.format(createdAt); }
    }

    /** @param secret the token, shown to its owner this once */
    public record Created(Token token, String secret) {}

    /** Creates a token for the signed-in user. */
    @Transactional
    public Created create(String name) {
        SignedInUser me = me();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || clean.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException(List.of(new Violation("name", "令牌名称应为 1–100 个字符（不含控制字符）",
                    "the token name must have 1-100 characters (no control characters)")));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Token t = jdbc.sql("insert into api_token (user_id, name, token_hash) values (:u, :n, :h) returning *")
                .param("u", me.id()).param("n", clean).param("h", hash(secret)).query(ApiTokens::map).single();
        events.publishEvent(new UserEvent.Changed(me.username(), "token[" + clean + "]", null, "created"));
        return new Created(t, secret);
    }

    /** The signed-in user's tokens, newest first. */
    public List<Token> mine() {
        return jdbc.sql("select * from api_token where user_id = :u order by created_at desc, id desc")
                .param("u", me().id()).query(ApiTokens::map).list();
    }

    /** Revokes one of the signed-in user's own tokens (another user's is "not found"). */
    @Transactional
    public Token revoke(long id) {
        SignedInUser me = me();
        Token t = jdbc.sql("""
                update api_token set revoked_at = coalesce(revoked_at, now()) where id = :id and user_id = :u returning *""")
                .param("id", id).param("u", me.id()).query(ApiTokens::map).optional()
                .orElseThrow(() -> new TokenNotFoundException(id));
        events.publishEvent(new UserEvent.Changed(me.username(), "token[" + t.name() + "]", "active", "revoked"));
        return t;
    }

    /** The account a presented token belongs to: active token, enabled account, not locked. */
    Optional<SignedIn> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
        return jdbc.sql("""
                select u.id, u.username, u.role, o.id as org_id, o.name as org_name, o.path as org_path
                from api_token t join app_user u on u.id = t.user_id join org o on o.id = u.org_id
                where t.token_hash = :h and t.revoked_at is null and u.enabled
                  and (u.locked_until is null or u.locked_until <= now())""")
                .param("h", hash(secret))
                .query((rs, n) -> new SignedIn(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getLong("org_id"), rs.getString("org_name"), rs.getString("org_path"))).optional();
    }

    private record SignedInUser(long id, String username) {}

    private SignedInUser me() {
        String name = Actor.current().name();
        return jdbc.sql("select id, username from app_user where username = :u").param("u", name)
                .query((rs, n) -> new SignedInUser(rs.getLong("id"), rs.getString("username"))).optional()
                .orElseThrow(() -> new AccountNotFoundException(name));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Token map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Token(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
