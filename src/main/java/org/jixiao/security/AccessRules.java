package org.jixiao.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, read from the handlers themselves: each controller method carries {@link Allow}. Handlers
 * that are not ours have their permission here, by class: Boot's error page (public) and the OpenAPI description
 * (signed in: it lists every endpoint). Org scope is not decided here but in the repositories (by the row's org).
 */
public final class AccessRules {
    /** @param method null when the handler answers every method */
    public record Rule(HttpMethod method, String pattern, Permission permission) {}

    private AccessRules() {}

    /** The permission of a handler method; empty when it declares none (then it is denied to everyone). */
    public static Optional<Permission> of(HandlerMethod handler) {
        Allow allow = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Allow.class);
        if (allow == null) allow = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Allow.class);
        if (allow != null) return Optional.of(allow.value());
        String type = handler.getBeanType().getName();
        if (type.equals("org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController")) return Optional.of(Permission.PUBLIC);
        if (type.startsWith("org.springdoc.")) return Optional.of(Permission.SIGNED_IN);
        return Optional.empty();
    }

    /** Every method and pattern the controllers declare, with its permission (null: none declared). */
    public static List<Rule> of(RequestMappingHandlerMapping mappings) {
        List<Rule> out = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Permission p = of(handler).orElse(null);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) out.add(new Rule(null, pattern, p));
                methods.forEach(m -> out.add(new Rule(HttpMethod.valueOf(m.name()), pattern, p)));
            }
        });
        return out.stream().distinct().sorted(java.util.Comparator.comparing(Rule::pattern)
                .thenComparing(r -> r.method() == null ? "*" : r.method().name())).toList();
    }
}
