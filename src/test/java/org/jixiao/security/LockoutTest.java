package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.support.FormSession;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, finding 3: the lockout holds. Each wrong password counts once; thirty guesses at once stop at the limit;
 * a locked account answers exactly like a wrong password; an administrator lifts the lock (API and page).
 */
@JixiaoTest
class LockoutTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;

    @BeforeEach
    void setUp() {
        demo.load();
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null").update();
    }

    @Test
    void eachWrongPasswordCountsOnce() {
        Http wrong = Http.as(port, "dalian-filler", "not-the-password");
        for (int i = 0; i < 4; i++) assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(attempts("dalian-filler")).isEqualTo(4);
        // four of five allowed: the right password still signs in, and the count starts over
        assertThat(Http.as(port, "dalian-filler", DemoAccounts.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(attempts("dalian-filler")).isZero();
    }

    @Test
    void thirtyParallelWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused() throws Exception {
        Http wrong = Http.as(port, "dalian-reviewer", "not-the-password");
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
            for (int i = 0; i < 30; i++) answers.add(pool.submit(() -> wrong.get("/api/v1/me").status()));
            for (Future<Integer> a : answers) assertThat(a.get()).isEqualTo(401);
        }
        assertThat(Http.as(port, "dalian-reviewer", DemoAccounts.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("select locked_until > now() from app_user where username = 'dalian-reviewer'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aLockedAccountAnswersByteForByteLikeAWrongPasswordAndAnUnknownName() throws Exception {
        for (int i = 0; i < 5; i++) Http.as(port, "linyi-filler", "not-the-password").get("/api/v1/me");
        HttpResponse<String> locked = basic("linyi-filler", DemoAccounts.PASSWORD);
        HttpResponse<String> wrongPassword = basic("linyi-reviewer", "not-the-password");
        HttpResponse<String> unknown = basic("nobody-at-all", "not-the-password");
        for (HttpResponse<String> other : List.of(wrongPassword, unknown)) {
            assertThat(locked.statusCode()).isEqualTo(other.statusCode()).isEqualTo(401);
            assertThat(locked.body()).isEqualTo(other.body());
            assertThat(locked.headers().firstValue("WWW-Authenticate")).isEqualTo(other.headers().firstValue("WWW-Authenticate"));
            assertThat(locked.headers().firstValue("Content-Type")).isEqualTo(other.headers().firstValue("Content-Type"));
        }
        // the login form: the same redirect, and the same page after it
        HttpResponse<String> lockedForm = loginForm("linyi-filler", DemoAccounts.PASSWORD);
        HttpResponse<String> wrongForm = loginForm("linyi-finance", "not-the-password");
        assertThat(lockedForm.statusCode()).isEqualTo(wrongForm.statusCode()).isEqualTo(302);
        assertThat(lockedForm.headers().firstValue("Location")).isEqualTo(wrongForm.headers().firstValue("Location"));
        String page = Http.anonymous(port).get("/login?error").body();
        assertThat(page).contains("用户名或密码错误").doesNotContain("锁定");
    }

    @Test
    void anAdministratorUnlocksByApiAndByPage() {
        for (int i = 0; i < 5; i++) Http.as(port, "suining-finance", "not-the-password").get("/api/v1/me");
        Http right = Http.as(port, "suining-finance", DemoAccounts.PASSWORD);
        assertThat(right.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new Http(port).get("/users").body()).contains("account-suining-finance", "已锁定", "解锁");
        // nobody but an administrator may lift it
        assertThat(Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD).post("/api/v1/users/suining-finance/unlock", "")
                .status()).isEqualTo(403);
        Http.Response unlocked = new Http(port).post("/api/v1/users/suining-finance/unlock", "");
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where field = 'user[suining-finance].lock'").query(Long.class).single())
                .isEqualTo(1);

        // the page: the locked account has an unlock button, which works
        for (int i = 0; i < 5; i++) Http.as(port, "suining-finance", "not-the-password").get("/api/v1/me");
        assertThat(right.get("/api/v1/me").status()).isEqualTo(401);
        Http.Response form = new Http(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/users/suining-finance/unlock")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(form.status()).isEqualTo(302);
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anUnknownAccountCannotBeUnlocked() {
        assertThat(new Http(port).post("/api/v1/users/nobody-at-all/unlock", "").status()).isEqualTo(404);
    }

    @Test
    void passwordsLongerThan72BytesAreRefusedWithAMessageNotA500() {
        long org = jdbc.sql("select id from org where name = '大连市医疗保障局'").query(Long.class).single();
        String tooLong = "密".repeat(25); // 75 bytes in UTF-8
        Http.Response r = new Http(port).post("/api/v1/users", "{\"username\":\"long-pw\",\"password\":\"" + tooLong
                + "\",\"role\":\"FILLER\",\"orgId\":" + org + "}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("password");
        assertThat(r.json().get("violations").get(0).get("zh").asString()).contains("72");
        assertThat(Http.as(port, "admin", "x".repeat(100)).get("/api/v1/me").status()).isEqualTo(401);
    }

    private int attempts(String user) {
        return jdbc.sql("select failed_attempts from app_user where username = :u").param("u", user).query(Integer.class).single();
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> loginForm(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                        + FormSession.enc(FormSession.token(page)))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
