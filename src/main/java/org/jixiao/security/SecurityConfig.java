package org.jixiao.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Form login for people, HTTP Basic for scripts; sessions live in PostgreSQL (Spring Session JDBC). Access is
 * decided by the {@link Allow} on the handler that answers ({@link HandlerAccess}): what has none is denied. API callers get JSON 401/403
 * with a Chinese and an English message; browsers are sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the CLI's application has no web server and no filter chain
class SecurityConfig {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Static files of the pages (served by resource handlers, not controllers). */
    static final String[] STATIC = {"/assets/**", "/webjars/**", "/favicon.ico"};

    /**
     * Session attributes are written with PostgreSQL upserts: several requests of one browser at once (htmx, a
     * load test) otherwise race to insert the same attribute (the CSRF token) and one of them fails with a 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Sessions that write their last access at most once a minute, not on every request ({@link QuietSessions}). */
    @Bean
    static BeanPostProcessor quietSessions() { return QuietSessions.installer(); }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LockingAuthenticationProvider provider,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) throws Exception {
        // scripts (the API and its OpenAPI description) get JSON 401/403; people are sent to the login page
        RequestMatcher apiOnly = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher docs = PathPatternRequestMatcher.withDefaults().matcher("/v3/**");
        RequestMatcher api = r -> apiOnly.matches(r) || docs.matches(r);
        http.authenticationProvider(provider)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(STATIC).permitAll()
                        .requestMatchers("/logout").permitAll()
                        .anyRequest().access(new HandlerAccess(handlers)))
                .formLogin(f -> f.loginPage("/login").permitAll())
                .httpBasic(b -> b.realmName("jixiao"))
                .logout(l -> l.permitAll())
                // CSRF guards what a browser's cookie could be made to do: the login form always, and any unsafe
                // request riding on a session. Scripts sending their own Authorization header carry no ambient
                // credential, and a request without a session has nothing to ride on (it gets a plain 401).
                .csrf(c -> c.requireCsrfProtectionMatcher(r -> !SAFE_METHODS.contains(r.getMethod())
                        && ("/login".equals(r.getServletPath()) || (r.getHeader("Authorization") == null
                        && r.getRequestedSessionId() != null))))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> json(res, 401, "unauthorized",
                                "请先登录（表单登录或 HTTP Basic）", "authentication required (form login or HTTP Basic)",
                                true), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true)
                        .defaultAccessDeniedHandlerFor((req, res, ex) -> json(res, 403, "forbidden",
                                "您的角色无权进行此操作", "your role may not do this", false), api));
        return http.build();
    }

    private static void json(HttpServletResponse res, int status, String error, String zh, String en, boolean basic)
            throws IOException {
        res.setStatus(status);
        if (basic) res.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\"");
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"error\":\"" + error + "\",\"zh\":\"" + zh + "\",\"en\":\"" + en
                + "\",\"violations\":[],\"current\":null}");
    }

}
