package org.jixiao.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password against the app_user table, for both the login form and HTTP Basic. After
 * {@code jixiao.security.max-failures} wrong passwords in a row the account is locked for
 * {@code jixiao.security.lock-minutes}; a locked account is refused even with the right password, with the same
 * answer as a wrong one. Each wrong password is counted once, checked and raised in one statement ({@link Users#recordFailure}).
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {
    private final Users users;
    private final Orgs orgs;
    private final PasswordEncoder encoder;
    private final int maxFailures;
    private final long lockMinutes;
    private final String dummyHash;

    LockingAuthenticationProvider(Users users, Orgs orgs, PasswordEncoder encoder,
                                  @Value("${jixiao.security.max-failures:5}") int maxFailures,
                                  @Value("${jixiao.security.lock-minutes:15}") long lockMinutes) {
        this.users = users;
        this.orgs = orgs;
        this.encoder = encoder;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
        this.dummyHash = encoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        // One answer for an unknown name, a disabled or locked account and a wrong password: the same exception
        // after the same work (one SELECT, one bcrypt check, one UPDATE), so the answer does not tell which names
        // exist or which are locked.
        Instant now = Instant.now();
        Users.Account a = users.byUsername(username).filter(x -> x.enabled() && !x.lockedAt(now)).orElse(null);
        boolean fits = password.getBytes(StandardCharsets.UTF_8).length <= Passwords.MAX_BYTES; // bcrypt refuses longer ones
        boolean matches = encoder.matches(fits ? password : "", a == null ? dummyHash : a.passwordHash()) && fits;
        if (a == null || !matches) {
            users.recordFailure(a == null ? null : a.id(), maxFailures, lockMinutes);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!users.recordSuccess(a)) throw new BadCredentialsException(BAD_CREDENTIALS);
        Org org = orgs.byIdUnscoped(a.orgId()).orElseThrow();
        SignedIn principal = new SignedIn(a.id(), a.username(), a.role(), org.id(), org.name(), org.path());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + a.role().name())));
    }

    static final String BAD_CREDENTIALS = "用户名或密码错误 / bad username or password";

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
