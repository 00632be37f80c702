package org.jixiao.kernel;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, from where, and within which scope: the signed-in user of the current request; an anonymous
 * web caller (sees no org-owned row); or, outside any request (CLI, start-up), the operator of the installation
 * with the whole tree — they hold the database itself.
 * <p>
 * It lives in the kernel because every feature that owns org-scoped rows (orgs, scorecards, the audit trail) asks
 * it, while the feature that signs people in ({@code security}) depends on the org tree.
 */
public record Actor(String name, String address, Scope scope, Long orgId, Role role) {

    /** What a signed-in principal tells about itself; the session's principal implements it. */
    public interface Identity {
        String username();

        Role role();

        long orgId();

        String orgPath();
    }

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String address = remoteAddress();
        if (auth != null && auth.getPrincipal() instanceof Identity s) {
            return new Actor(s.username(), address, new Scope(s.orgId(), s.orgPath()), s.orgId(), s.role());
        }
        if (auth == null && address == null) {
            return new Actor("system:" + System.getProperty("user.name", "operator"), "local", Scope.EVERYTHING, null, Role.ADMIN);
        }
        return new Actor(auth instanceof AnonymousAuthenticationToken || auth == null ? "anonymous" : auth.getName(),
                address, Scope.NOTHING, null, null);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest().getRemoteAddr();
        }
        return null;
    }
}
