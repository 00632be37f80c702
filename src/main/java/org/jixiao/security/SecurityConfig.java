package org.jixiao.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Form login for people, HTTP Basic or API tokens for scripts ({@link HeaderAuthentication}); sessions live in PostgreSQL (Spring Session JDBC). Access is
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, LockingAuthenticationProvider provider, ApiTokens tokens,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) throws Exception {
        // scripts (the API and its OpenAPI description) get JSON 401/403; people are sent to the login page
        RequestMatcher apiOnly = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher docs = PathPatternRequestMatcher.withDefaults().matcher("/v3/**");
        RequestMatcher api = r -> apiOnly.matches(r) || docs.matches(r);
        // The login form's token lives in a cookie, not a session: an anonymous page (GET /login included) writes no
        // session row. Sessions begin at sign-in.
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
        CookieRequestCache requestCache = new CookieRequestCache();
        // The provider is registered here only (not as the global manager's too): each attempt is counted once.
        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a
                        // the second half of an asynchronous request (exports): its first half was decided already
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(STATIC).permitAll()
                        .requestMatchers("/logout").permitAll()
                        .anyRequest().access(new HandlerAccess(handlers)))
                .addFilterBefore(new HeaderAuthentication(provider, tokens, SecurityConfig::unauthorized), CsrfFilter.class)
                .formLogin(f -> f.loginPage("/login").permitAll()
                        // the same answer for a wrong password, an unknown name and a locked account, and no session
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error")))
                .requestCache(c -> c.requestCache(requestCache))
                .logout(l -> l.permitAll())
                // CSRF guards what a browser's cookie could be made to do: the login form always, and any unsafe
                // request riding on a session. Only a request that really authenticated by its own Authorization
                // header (Basic or an API token, see HeaderAuthentication) carries no ambient credential; one
                // without a session has nothing to ride on (it gets a plain 401).
                .csrf(c -> c.csrfTokenRepository(csrfTokens).requireCsrfProtectionMatcher(r -> !SAFE_METHODS.contains(r.getMethod())
                        && ("/login".equals(r.getServletPath()) || (!HeaderAuthentication.authenticatedByHeader(r)
                        && r.getRequestedSessionId() != null))))
                .exceptionHandling(e -> e
                        // a browser that opens an API address (a link to an export) gets the 401 page in the layout
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> res.sendError(401), r -> api.matches(r) && browser(r))
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> unauthorized(req, res), api)
                        // a page's own request (htmx: an in-place save after the session ended) cannot follow a
                        // redirect to the login form: it gets a 401, which the page says in its language (app.js)
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> res.sendError(401), r -> r.getHeader("HX-Request") != null)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true)
                        .accessDeniedHandler((req, res, ex) -> {
                            boolean csrf = ex instanceof CsrfException;
                            if (api.matches(req)) {
                                json(res, 403, csrf ? "csrf" : "forbidden",
                                        csrf ? "缺少或无效的 CSRF 令牌：请刷新页面后重试（脚本请使用 HTTP Basic 或 API 令牌）" : "您的角色无权进行此操作",
                                        csrf ? "missing or invalid CSRF token: reload the page and try again (scripts: use HTTP Basic or an API token)"
                                                : "your role may not do this", false);
                            } else {
                                // people get the error page in the layout (web.BilingualErrors reads the message)
                                if (csrf) {
                                    req.setAttribute(org.jixiao.kernel.HtmlPages.ERROR_ZH, "页面已过期（缺少或无效的 CSRF 令牌），请刷新页面后重试");
                                    req.setAttribute(org.jixiao.kernel.HtmlPages.ERROR_EN, "the page has expired (missing or invalid CSRF token); reload it and try again");
                                }
                                res.sendError(403);
                            }
                        }));
        return http.build();
    }

    /** A person's browser navigating (it asks for HTML first), not a script or a page's own request. */
    private static boolean browser(HttpServletRequest r) {
        String accept = r.getHeader("Accept");
        return accept != null && accept.startsWith("text/html") && r.getHeader("Authorization") == null && r.getHeader("HX-Request") == null;
    }

    /** The one answer to missing or wrong credentials (a locked account gets exactly this too). */
    static void unauthorized(HttpServletRequest req, HttpServletResponse res) throws IOException {
        json(res, 401, "unauthorized", "请先登录（表单登录、HTTP Basic 或 API 令牌）",
                "authentication required (form login, HTTP Basic or an API token)", true);
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
