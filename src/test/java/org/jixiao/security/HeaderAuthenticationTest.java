package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.support.FormSession;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, findings 4 and 9: CSRF is skipped only for a request that really authenticated by its Authorization
 * header; header-authenticated and anonymous requests leave no session behind; API tokens are created, shown once,
 * stored hashed and revoked by their owner.
 */
@JixiaoTest
class HeaderAuthenticationTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;

    @BeforeEach
    void setUp() {
        demo.load();
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null").update();
    }

    @Test
    void aSessionRequestWithAnAuthorizationHeaderThatDoesNotAuthenticateStillNeedsItsCsrfToken() {
        FormSession browser = new FormSession(port, "suining-filler");
        for (String header : new String[] {"Bearer x", "Bearer", "Negotiate abc"}) {
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orgs"))
                    .header("Authorization", header).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"伪造机构\",\"level\":\"单位\"}")).build());
            assertThat(r.statusCode()).as(header).isEqualTo(403);
            // the answer says what is missing, in both languages
            assertThat(r.body()).as(header).contains("CSRF 令牌").contains("CSRF token").doesNotContain("your role may not");
        }
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scorecards/1/comments"))
                .header("Authorization", "Bearer x").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("comment=x")).build());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("CSRF 令牌");
        assertThat(jdbc.sql("select count(*) from org where name = '伪造机构'").query(Long.class).single()).isZero();
    }

    @Test
    void headerAuthenticatedAndAnonymousRequestsWriteNoSessionRow() {
        jdbc.sql("delete from spring_session").update();
        String token = new Http(port).post("/api/v1/tokens", "{\"name\":\"script\"}").json().get("token").asString();
        Http basic = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
        for (int i = 0; i < 100; i++) {
            assertThat(basic.get("/api/v1/me").status()).isEqualTo(200);
            assertThat(bearer(token, "/api/v1/scorecards").statusCode()).isEqualTo(200);
        }
        Http anonymous = Http.anonymous(port);
        for (String page : new String[] {"/login", "/public", "/api/v1/public/scorecards", "/scorecards", "/api/v1/me"}) {
            anonymous.get(page);
        }
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
        // a person signing in through the form does get a session
        new FormSession(port, "suining-filler");
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anApiTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() throws Exception {
        Http filler = Http.as(port, "dalian-filler", DemoAccounts.PASSWORD);
        Http.Response created = filler.post("/api/v1/tokens", "{\"name\":\"nightly export\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        assertThat(token).startsWith("jx_").hasSizeGreaterThan(40);
        // stored as its SHA-256 only
        assertThat(jdbc.sql("select token_hash from api_token where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(ApiTokens.hash(token)).doesNotContain(token);
        assertThat(filler.get("/api/v1/tokens").body()).contains("nightly export").doesNotContain(token);

        HttpResponse<String> me = bearer(token, "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("dalian-filler");
        // it acts as its owner: an unsafe request works without CSRF (it is not a cookie), within the owner's role
        HttpResponse<String> forbidden = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(forbidden.statusCode()).isEqualTo(403);

        // another user cannot revoke it; its owner can, and then it is refused like any wrong credential
        assertThat(Http.as(port, "linyi-filler", DemoAccounts.PASSWORD).delete("/api/v1/tokens/" + id).status()).isEqualTo(404);
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(200);
        Http.Response revoked = filler.delete("/api/v1/tokens/" + id);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("active").asBoolean()).isFalse();
        HttpResponse<String> refused = bearer(token, "/api/v1/me");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo(bearer("jx_" + "A".repeat(43), "/api/v1/me").body());
        assertThat(jdbc.sql("select count(*) from audit_event where field like 'user[dalian-filler].token[%'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theTokenPageShowsANewTokenOnceAndRevokesIt() {
        Http admin = new Http(port);
        String page = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=page-token"))).body();
        String token = page.replaceAll("(?s).*id=\"token-secret\">(jx_[^<]+)<.*", "$1");
        assertThat(token).startsWith("jx_");
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(200);
        String again = admin.get("/tokens").body();
        assertThat(again).contains("page-token").doesNotContain(token);
        JsonNode listed = admin.get("/api/v1/tokens").json();
        long id = listed.get(0).get("id").asLong();
        assertThat(admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tokens/" + id + "/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody())).status())
                .isEqualTo(302);
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> bearer(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token));
    }

    private static HttpResponse<String> send(HttpRequest.Builder r) {
        try {
            return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
