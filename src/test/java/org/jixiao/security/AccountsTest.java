package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
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

/** Logging in: HTTP Basic for scripts, the form with CSRF for people, sessions in PostgreSQL, lockout, hashes. */
@JixiaoTest
class AccountsTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;

    @BeforeEach
    void setUp() {
        demo.load();
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null").update();
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndWithTheAdministratorsBasicCredentials200() {
        Http.Response anonymous = Http.anonymous(port).get("/api/v1/scorecards");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("zh").asString()).contains("请先登录");
        assertThat(Http.anonymous(port).post("/api/v1/scorecards", "{}").status()).isEqualTo(401);

        assertThat(new Http(port).get("/api/v1/scorecards").status()).isEqualTo(200);
        assertThat(Http.as(port, "admin", "wrong-password").get("/api/v1/scorecards").status()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Http.ADMIN_PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        Http wrong = Http.as(port, "dalian-filler", "not-the-password");
        for (int i = 0; i < 5; i++) assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Http.as(port, "dalian-filler", DemoAccounts.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(loginFormSays("dalian-filler", DemoAccounts.PASSWORD)).contains("用户名或密码错误"); // no hint that it is locked
        // another account is not affected
        assertThat(Http.as(port, "linyi-filler", DemoAccounts.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        // when the lock has run out, the right password works again and the count starts over
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = 'dalian-filler'").update();
        assertThat(Http.as(port, "dalian-filler", DemoAccounts.PASSWORD).get("/api/v1/me").json().get("orgName").asString())
                .isEqualTo("大连市医疗保障局");
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndTheSessionLivesInTheDatabase() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = FormSession.token(page.body());

        String credentials = "username=suining-filler&password=" + DemoAccounts.PASSWORD;
        HttpResponse<String> forged = browser.send(form(base + "/login", credentials), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> login = browser.send(form(base + "/login", credentials + "&_csrf=" + FormSession.enc(token)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'suining-filler'")
                .query(Long.class).single()).isPositive();

        // the session cookie alone signs the browser in ...
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("遂宁市医疗保障局").contains("FILLER");
        // ... but a change riding on it without the CSRF token is refused
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/scorecards"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void aPersonWithoutASessionIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/anything")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void administratorsCreateAccountsOnlyInsideTheirScopeAndNobodyElseCan() {
        long dalian = jdbc.sql("select id from org where name = '大连市医疗保障局'").query(Long.class).single();
        String body = "{\"username\":\"dl-new\",\"password\":\"a-long-password\",\"role\":\"FILLER\",\"orgId\":" + dalian + "}";
        assertThat(Http.as(port, "dalian-reviewer", DemoAccounts.PASSWORD).post("/api/v1/users", body).status()).isEqualTo(403);
        Http.Response created = new Http(port).post("/api/v1/users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("orgName").asString()).isEqualTo("大连市医疗保障局");
        assertThat(Http.as(port, "dl-new", "a-long-password").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(new Http(port).post("/api/v1/users", body).status()).isEqualTo(400); // taken
    }

    /** Signs in through the form and returns the page it lands on (the login page with its message on failure). */
    private String loginFormSays(String user, String password) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String base = "http://localhost:" + port;
            String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            return browser.send(form(base + "/login", "username=" + user + "&password=" + password + "&_csrf="
                    + FormSession.enc(FormSession.token(page))), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
