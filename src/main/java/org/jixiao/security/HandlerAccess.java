package org.jixiao.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Decides a request by the {@link Allow} of the handler that will answer it (looked up the way the dispatcher
 * will). A handler without a permission: denied. No handler: signed-in callers get the 404, others the sign-in. A path that exists with another method or media type
 * (405/406/415) is left to the application for signed-in callers, so they get its bilingual answer.
 */
final class HandlerAccess implements AuthorizationManager<RequestAuthorizationContext> {
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    HandlerAccess(ObjectProvider<RequestMappingHandlerMapping> mappings) { this.mappings = mappings; }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Permission p;
        try {
            p = permissionOf(context.getRequest());
        } catch (Exception noMatchingCondition) {
            p = Permission.SIGNED_IN;
        }
        return new AuthorizationDecision(p != null && granted(p, authentication.get()));
    }

    private Permission permissionOf(HttpServletRequest request) throws Exception {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = mappings.getObject().getHandler(request);
            // no handler at all: a signed-in caller is told it does not exist (404), an anonymous one is asked to sign
            // in first (so nothing is learnt about paths); a handler without a permission stays denied to everyone
            if (chain == null) return Permission.SIGNED_IN;
            return chain.getHandler() instanceof HandlerMethod h ? AccessRules.of(h).orElse(null) : null;
        } finally {
            if (previous instanceof RequestPath) request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
            else request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        }
    }

    static boolean granted(Permission p, Authentication auth) {
        if (p == Permission.PUBLIC) return true;
        if (auth == null || !auth.isAuthenticated() || TRUST.isAnonymous(auth)) return false;
        if (p == Permission.SIGNED_IN) return true;
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    if (p.grantedTo(Role.valueOf(name.substring(5)))) return true;
                } catch (IllegalArgumentException notOurs) {
                    // another authority
                }
            }
        }
        return false;
    }
}
