package org.jixiao.kernel;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, from where, and within which scope: the signed-in user of the current request; an anonymous
 * web caller (sees no org-owned row); the operator of the installation with the whole tree, but only inside
 * {@link #asOperator} (CLI commands, start-up jobs, scheduled tasks say so explicitly); or, anywhere else — a thread
 * nobody set up — {@link #NOBODY}, who sees nothing. Scope fails closed: forgetting to say who acts reads no row.
 * <p>
 * It lives in the kernel because every feature that owns org-scoped rows (orgs, scorecards, the audit trail) asks
 * it, while the feature that signs people in ({@code security}) depends on the org tree.
 */
public record Actor(String name, String address, Scope scope, Long orgId, Role role) {
    /** No request, no signed-in user, no explicit operator: no org-owned row is visible and nothing may be created. */
    public static final Actor NOBODY = new Actor("nobody", "local", Scope.NOTHING, null, null);

    /** The actor set explicitly for this thread ({@link #asOperator}, {@link #as}); it wins over the request's. */
    private static final ThreadLocal<Actor> EXPLICIT = new ThreadLocal<>();

    /** What a signed-in principal tells about itself; the session's principal implements it. */
    public interface Identity {
        String username();

        Role role();

        long orgId();

        String orgPath();
    }

    public static Actor current() {
        Actor explicit = EXPLICIT.get();
        if (explicit != null) return explicit;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String address = remoteAddress();
        if (auth != null && auth.getPrincipal() instanceof Identity s) {
            return new Actor(s.username(), address, new Scope(s.orgId(), s.orgPath()), s.orgId(), s.role());
        }
        if (auth == null && address == null) return NOBODY;
        return new Actor(auth instanceof AnonymousAuthenticationToken || auth == null ? "anonymous" : auth.getName(),
                address, Scope.NOTHING, null, null);
    }

    /** The installation's operator (the OS user running the tool): the whole tree, as administrator. */
    public static Actor operator() {
        return new Actor("system:" + System.getProperty("user.name", "operator"), "local", Scope.EVERYTHING, null, Role.ADMIN);
    }

    /** Whether this actor is the operator (whole tree), as in CLI commands and start-up jobs. */
    public boolean isOperator() { return scope == Scope.EVERYTHING; }

    /** Runs work as the operator: for the CLI, start-up jobs, back-fills and scheduled tasks, which must say so. */
    public static <T> T asOperator(Supplier<T> work) { return as(operator(), work); }

    public static void asOperator(Runnable work) { as(operator(), () -> { work.run(); return null; }); }

    /**
     * Runs work as the given actor in this thread, then restores whoever acted before: how a request hands its
     * actor to a worker thread (exports), since threads do not inherit it.
     */
    public static <T> T as(Actor actor, Supplier<T> work) {
        Actor before = EXPLICIT.get();
        EXPLICIT.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) EXPLICIT.remove();
            else EXPLICIT.set(before);
        }
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest().getRemoteAddr();
        }
        return null;
    }
}
