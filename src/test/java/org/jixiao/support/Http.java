package org.jixiao.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jixiao.scorecard.json.ScorecardJson;
import tools.jackson.databind.JsonNode;

/** A tiny HTTP client for tests that talk to the running application over a real socket. */
public final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) { this.base = "http://localhost:" + port; }

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
