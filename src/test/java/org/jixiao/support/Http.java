package org.jixiao.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jixiao.scorecard.json.ScorecardJson;
import tools.jackson.databind.JsonNode;

/**
 * A tiny HTTP client for tests that talk to the running application over a real socket. By default it calls as
 * the administrator with HTTP Basic (as a script would: {@code curl -u admin:…}); {@link #as} and
 * {@link #anonymous} call as someone else.
 */
public final class Http {
    /** The administrator's password in tests (application-test.properties: jixiao.admin-password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    public Http(int port) { this(port, "admin", ADMIN_PASSWORD); }

    private Http(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = user == null ? null : "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Http as(int port, String user, String password) { return new Http(port, user, password); }

    public static Http anonymous(int port) { return new Http(port, null, null); }

    /** The administrator's HTTP Basic header, for tests that build their own requests. */
    public static String adminAuthorization() { return new Http(0).authorization; }

    public String base() { return base; }

    public record Response(int status, String body) {
        public JsonNode json() { return ScorecardJson.MAPPER.readTree(body); }
    }

    public Response get(String path) { return send(HttpRequest.newBuilder(URI.create(base + path)).GET()); }

    public Response delete(String path) { return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE()); }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response send(HttpRequest.Builder request) {
        if (authorization != null) request.header("Authorization", authorization);
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
