package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.FormSession;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: a person never gets JSON or a bare page for an error. 400, 401, 403, 404, 409 and 500 are pages in the
 * layout (navigation, the signed-in account), headed and explained in the page's language, whichever part of the
 * application raised them: a page controller of any feature, the security filter (a role without the right, a missing
 * CSRF token), a path nobody answers, the database refusing a statement.
 */
@JixiaoTest
class ErrorPagesTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    @Autowired ApplicationContext ctx;
    long id;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null").update();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        id = scorecards.create(Fixtures.submittable(Seeds.SUINING), bureau, null, null).id();
    }

    /** What a browser asks for when a person opens a page or sends a form. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static HttpResponse<String> open(FormSession who, String path) {
        return who.send(HttpRequest.newBuilder(URI.create(who.base() + path)).header("Accept", BROWSER_ACCEPT).build());
    }

    static HttpResponse<String> submit(FormSession who, String path, String form) {
        return who.send(HttpRequest.newBuilder(URI.create(who.base() + path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void everyErrorIsAPageInTheLayoutInThePagesLanguage(String lang) {
        boolean zh = lang.equals("zh");
        FormSession filler = new FormSession(port, "suining-filler");
        if (!zh) filler.get("/?lang=en"); // the choice is kept in a cookie, as a browser keeps it

        // 404: a path nobody answers, an unknown scorecard, target table, monitoring page — never JSON, no 登录 offered
        for (String path : new String[] {"/no-such-page", "/scorecards/999999", "/targets/999999", "/monitoring/999999"}) {
            Document page = errorPage(open(filler, path), 404, zh ? "未找到" : "Not found", zh);
            assertThat(page.select("#signed-in").text()).as(path).contains("suining-filler");
            assertThat(page.select("main a[href=/login]")).as(path + ": a signed-in user is not offered the login").isEmpty();
        }
        // 400: a value of the wrong type names its parameter
        assertThat(errorPage(open(filler, "/scorecards/abc"), 400, zh ? "提交的数据有误" : "Invalid input", zh)
                .select("#error-message").text()).contains("id");
        assertThat(errorPage(open(filler, "/scorecards/" + id + "/sheet?view=../login"), 400, zh ? "提交的数据有误" : "Invalid input", zh)
                .select(".findings").text()).contains("view");

        // 403 from the security filter: a page the role may not open, and a form posted without its CSRF token
        errorPage(open(filler, "/orgs"), 403, zh ? "无权访问" : "Not allowed", zh);
        Document csrf = errorPage(submit(filler, "/scorecards/" + id + "/comments", "comment=x"), 403, zh ? "无权访问" : "Not allowed", zh);
        assertThat(csrf.select("#error-message").text()).contains(zh ? "CSRF 令牌" : "CSRF token").contains(zh ? "刷新页面" : "reload");

        // 409: the import of a table that exists, with "replace" ticked, when that table is no longer the filler's
        importOnce(filler, false);
        jdbc.sql("update scorecard set status = 'APPROVED'").update();
        Document refused = errorPage(importOnce(filler, true), 409, zh ? "操作未完成" : "Not done", zh);
        assertThat(refused.select("#error-message").text()).contains(zh ? "已审核" : "pproved");

        // 500: the database refuses a statement the page needs (the history's read of the audit trail)
        try (TestDatabase.Superuser su = TestDatabase.superuser(ctx)) {
            su.jdbc().sql("revoke select on audit_event from jixiao_app").update();
            try {
                Document failed = errorPage(open(filler, "/scorecards/" + id + "/history"), 500, zh ? "系统出错" : "Something went wrong", zh);
                assertThat(failed.text()).doesNotContain("audit_event").doesNotContain("permission denied").doesNotContain("Exception");
            } finally {
                su.jdbc().sql("grant select on audit_event to jixiao_app").update();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(filler.get("/scorecards/" + id + "/history").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void withoutASignInABrowserGetsThe401PageAndAPagesOwnRequestA401ItCanSay(String lang) throws Exception {
        boolean zh = lang.equals("zh");
        HttpClient client = HttpClient.newHttpClient();
        String cookie = "jixiao-lang=" + (zh ? "zh_CN" : "en");
        // a browser opening an API address (a link to an export): the 401 page, offering the login
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scorecards/"
                + id + "/export?format=xlsx")).header("Accept", BROWSER_ACCEPT).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        Document page = errorPage(api, 401, zh ? "请先登录" : "Please sign in", zh);
        assertThat(page.select("#error-message").text()).contains(zh ? "登录已过期" : "session has ended").doesNotContain("HTTP Basic");
        assertThat(page.select("main a[href=/login]")).isNotEmpty();
        // a script still gets the JSON 401
        HttpResponse<String> script = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/scorecards/"
                + id)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        // htmx (an in-place save after the session ended) cannot follow a redirect to the login form: a 401, which the
        // page puts in words from the layout's data-http-401 (app.js)
        HttpResponse<String> htmx = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/scorecards/" + id + "/cell?field=title&version=0&view=scorecard")).header("HX-Request", "true")
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(401);
        Document login = Jsoup.parse(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(login.select("#notices").attr("data-http-401")).contains(zh ? "登录已过期" : "session has ended");
        // a person's own navigation is still sent to the login form
        HttpResponse<String> navigation = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/scorecards/" + id)).header("Accept", BROWSER_ACCEPT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(navigation.statusCode()).isEqualTo(302);
        assertThat(navigation.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** The import page: the Suining text pasted, previewed and confirmed (replacing a table that exists, or not). */
    private static HttpResponse<String> importOnce(FormSession who, boolean replace) {
        String form = who.get("/imports").body();
        HttpResponse<String> previewed = submit(who, "/imports/preview", "text=" + FormSession.enc(Seeds.text(Seeds.SUINING))
                + "&_csrf=" + FormSession.enc(FormSession.token(form)));
        assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
        org.jsoup.nodes.Element confirm = Jsoup.parse(previewed.body()).selectFirst("form.confirm");
        assertThat(confirm).isNotNull();
        return submit(who, confirm.attr("action"), (replace ? "replace=true&" : "") + "_csrf="
                + FormSession.enc(confirm.selectFirst("input[name=_csrf]").val()));
    }

    /** The answer is an HTML page in the layout: the status, its heading and message in the page's language. */
    private static Document errorPage(HttpResponse<String> r, int status, String heading, boolean zh) {
        String where = r.request().method() + " " + r.request().uri().getPath();
        assertThat(r.statusCode()).as(where + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(where).startsWith("text/html");
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("html").attr("lang")).as(where).isEqualTo(zh ? "zh-CN" : "en");
        assertThat(page.select("#topbar #topnav a")).as(where + ": the layout's navigation").isNotEmpty();
        assertThat(page.select(".error-page .error-code").text()).as(where).isEqualTo(String.valueOf(status));
        assertThat(page.select(".error-page h1").text()).as(where).isEqualTo(heading);
        String message = page.select("#error-message").text();
        assertThat(message).as(where).isNotBlank();
        if (zh) {
            assertThat(message).as(where).matches("(?s).*\\p{IsHan}.*");
            assertThat(WorkflowBrowserTest.ENGLISH_SENTENCE.matcher(page.select("main").text()).find()).as(where + ": " + message).isFalse();
        } else {
            assertThat(page.select("main").text()).as(where).doesNotContainPattern("\\p{IsHan}");
        }
        return page;
    }
}
