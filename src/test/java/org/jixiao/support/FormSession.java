package org.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.demo.DemoAccounts;

/**
 * A browser as far as the server can tell: signed in through the login form (with its CSRF token), a cookie jar
 * holding the session, no redirects followed. Unlike {@link Http} it sends no Authorization header, so unsafe
 * requests need the page's CSRF token, as a person's do.
 */
public final class FormSession {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    /** Signs in as a demo user (password {@link DemoAccounts#PASSWORD}). */
    public FormSession(int port, String user) {
        this.port = port;
        String token = token(get("/login").body());
        assertThat(post("/login", "username=" + user + "&password=" + DemoAccounts.PASSWORD + "&_csrf=" + enc(token))
                .statusCode()).as("sign-in of " + user).isEqualTo(302);
    }

    public String base() { return "http://localhost:" + port; }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build());
    }

    /** Posts a form body (already encoded) as a plain form submit. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> send(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the first form on a page. */
    public static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /** The CSRF token of every form on a page, in order. */
    public static List<String> tokens(String html) {
        return TOKEN.matcher(html).results().map(r -> r.group(1)).toList();
    }

    public static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
