package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Scripts authenticate each request by its own header: {@code Authorization: Basic …} (username and password,
 * bcrypt each time) or {@code Authorization: Bearer jx_…} (an {@link ApiTokens API token}: one lookup). Runs before
 * the CSRF filter so that only a request that really authenticated this way skips CSRF ({@link #authenticatedByHeader});
 * anything else in the header (another scheme, {@code Bearer x}, nothing) is ignored, and a session cookie riding
 * along still needs its CSRF token. Wrong credentials answer 401 at once. Nothing is put in a session: the
 * authentication lives for this request only.
 */
final class HeaderAuthentication extends OncePerRequestFilter {
    private static final String ATTRIBUTE = HeaderAuthentication.class.getName();
    private final LockingAuthenticationProvider passwords;
    private final ApiTokens tokens;
    private final Unauthorized unauthorized;

    interface Unauthorized {
        void send(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    HeaderAuthentication(LockingAuthenticationProvider passwords, ApiTokens tokens, Unauthorized unauthorized) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    static boolean authenticatedByHeader(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Authentication result = null;
        boolean presented = false;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = basic(header.substring(6).trim());
            if (credentials != null) {
                presented = true;
                try {
                    result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(credentials[0], credentials[1]));
                } catch (AuthenticationException e) {
                    result = null;
                }
            }
        } else if (header != null && header.regionMatches(true, 0, "Bearer " + ApiTokens.PREFIX, 0, 7 + ApiTokens.PREFIX.length())) {
            presented = true;
            result = tokens.authenticate(header.substring(7).trim()).map(HeaderAuthentication::token).orElse(null);
        }
        if (presented && result == null) {
            unauthorized.send(request, response);
            return;
        }
        if (result != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(result);
            SecurityContextHolder.setContext(context);
            request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }

    private static Authentication token(SignedIn principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
    }

    /** "user:password" from a Basic header, or null when it is not one. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
