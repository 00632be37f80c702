package org.jixiao.security;

import java.time.Instant;
import java.util.List;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password against the app_user table, for both the login form and HTTP Basic. After
 * {@code jixiao.security.max-failures} wrong passwords in a row the account is locked for
 * {@code jixiao.security.lock-minutes}; a locked account is refused even with the right password.
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
        Users.Account a = users.byUsername(username).orElse(null);
        if (a == null) {
            encoder.matches(password, dummyHash); // same time as a real check: does not reveal which names exist
            throw new BadCredentialsException("用户名或密码错误 / bad username or password");
        }
        if (!a.enabled()) throw new DisabledException("账户已停用 / account disabled");
        if (a.lockedAt(Instant.now())) {
            throw new LockedException("密码错误次数过多，账户已锁定 " + lockMinutes + " 分钟 / too many failed logins, account locked");
        }
        if (!encoder.matches(password, a.passwordHash())) {
            users.recordFailure(a, maxFailures, lockMinutes);
            throw new BadCredentialsException("用户名或密码错误 / bad username or password");
        }
        users.recordSuccess(a);
        Org org = orgs.byIdUnscoped(a.orgId()).orElseThrow();
        SignedIn principal = new SignedIn(a.id(), a.username(), a.role(), org.id(), org.name(), org.path());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + a.role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
