package org.jixiao.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.review.store.Adjustments;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint of the application, with the permission its handler declares ({@link Allow}), over real HTTP as
 * an administrator, a 填报人, 审核人 and 财政 whose scope holds the target (遂宁) and ones whose scope does not
 * (大连, 临沂), and anonymously. A permitted caller in scope gets the endpoint's success answer; out of scope, the
 * answer for a missing record (404); a role without the permission 403; no credentials 401.
 * An endpoint without a walk here fails the test.
 */
@JixiaoTest
class EveryEndpointAsEveryRoleTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Scorecards scorecards;
    @Autowired Adjustments adjustments;
    @Autowired Orgs orgs;
    @Autowired org.jixiao.targets.store.TargetSetting targets;
    @Autowired org.jixiao.monitoring.store.Monitoring monitoring;
    @Autowired org.jixiao.evidence.store.EvidenceFiles evidence;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** Who calls; {@code inScope}: whether the scope holds the target, 遂宁市医疗保障局. */
    record Caller(String user, Role role, boolean inScope) {
        Http http(int port) {
            return user == null ? Http.anonymous(port)
                    : Http.as(port, user, user.equals("admin") ? Http.ADMIN_PASSWORD : DemoAccounts.PASSWORD);
        }
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("admin", Role.ADMIN, true),
            new Caller("suining-filler", Role.FILLER, true),
            new Caller("dalian-filler", Role.FILLER, false),
            new Caller("suining-reviewer", Role.REVIEWER, true),
            new Caller("linyi-reviewer", Role.REVIEWER, false),
            new Caller("suining-finance", Role.FINANCE, true),
            new Caller("linyi-finance", Role.FINANCE, false),
            new Caller(null, null, false));

    /** A fresh target for one call, so calls do not disturb each other. */
    record Target(long scorecardId, long orgId, long adjustmentId, long importId, long tokenId) {}

    /**
     * How to call one endpoint: the request, the success statuses, and whether the target is scoped
     * (a permitted caller out of scope must get 404).
     */
    record Walk(Function<Target, HttpRequest.Builder> request, List<Integer> success, Reach reach) {}

    /**
     * Whose the target is: nobody's (lists, own account), an org's (scope applies), or the administrator's own
     * (an import batch, an API token).
     */
    enum Reach { ANY, SCOPE, ADMINS_BATCH, REGION }

    /** Callers whose scope holds the region 遂宁市 itself (the 填报人's scope is only the bureau below it). */
    static final java.util.Set<String> CITY_SCOPE = java.util.Set.of("admin", "suining-reviewer", "suining-finance");

    private final AtomicInteger counter = new AtomicInteger();
    private long suiningBureau;
    private long suiningCity;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        suiningBureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        suiningCity = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow().id();
    }

    private Map<String, Walk> walks() {
        String sc = "/api/v1/scorecards/";
        Map<String, Walk> w = new LinkedHashMap<>();
        String suining = Fixtures.json(Fixtures.submittable(Seeds.SUINING));
        w.put("GET /api/v1/scorecards", new Walk(t -> get("/api/v1/scorecards"), List.of(200), Reach.ANY));
        w.put("GET /api/v1/scorecards/{id}", new Walk(t -> get(sc + t.scorecardId()), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards", new Walk(t -> json("POST", "/api/v1/scorecards?orgId=" + suiningBureau, suining), List.of(201), Reach.SCOPE));
        w.put("PUT /api/v1/scorecards/{id}", new Walk(t -> json("PUT", sc + t.scorecardId(), suining).header("If-Match", "0"), List.of(200), Reach.SCOPE));
        w.put("DELETE /api/v1/scorecards/{id}", new Walk(t -> req("DELETE", sc + t.scorecardId(), null), List.of(204), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/evaluation", new Walk(t -> json("POST", sc + t.scorecardId() + "/evaluation", ""), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/submit", new Walk(t -> json("POST", sc + t.scorecardId() + "/submit", ""), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/withdraw", new Walk(t -> json("POST", sc + state(t, Status.SUBMITTED) + "/withdraw", ""), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/approve", new Walk(t -> json("POST", sc + state(t, Status.SUBMITTED) + "/approve", ""), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/return", new Walk(t -> json("POST", sc + state(t, Status.SUBMITTED) + "/return",
                "{\"comment\":\"满意度指标请说明调查方式\"}"), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/publish", new Walk(t -> json("POST", sc + state(t, Status.APPROVED) + "/publish", ""), List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/history", new Walk(t -> get(sc + t.scorecardId() + "/history"), List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/comments", new Walk(t -> get(sc + t.scorecardId() + "/comments"), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/comments", new Walk(t -> json("POST", sc + t.scorecardId() + "/comments",
                "{\"comment\":\"执行率偏低，请说明原因\"}"), List.of(201), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/adjustments", new Walk(t -> get(sc + t.scorecardId() + "/adjustments"), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/adjustments", new Walk(t -> json("POST", sc + state(t, Status.APPROVED) + "/adjustments",
                "{\"indicator\":0,\"target\":\"≥5次\",\"reason\":\"上级新增宣传任务\"}"), List.of(201), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/adjustments/{adjustmentId}/approve", new Walk(t -> json("POST",
                sc + state(t, Status.APPROVED) + "/adjustments/" + t.adjustmentId() + "/approve", ""), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/adjustments/{adjustmentId}/reject", new Walk(t -> json("POST",
                sc + state(t, Status.APPROVED) + "/adjustments/" + t.adjustmentId() + "/reject", ""), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/corrections", new Walk(t -> json("POST", sc + state(t, Status.PUBLISHED) + "/corrections", ""),
                List.of(201), Reach.SCOPE));
        String fund = java.net.URLEncoder.encode(Fixtures.seed(Seeds.SUINING).project(), java.nio.charset.StandardCharsets.UTF_8);
        w.put("GET /api/v1/scorecards/{id}/export", new Walk(t -> get(sc + t.scorecardId() + "/export?format=html"), List.of(200), Reach.SCOPE));
        // the region 遂宁市 rolls up its bureau's tables
        w.put("GET /api/v1/rollups", new Walk(t -> get("/api/v1/rollups?region=" + suiningCity + "&year=2021&project=" + fund),
                List.of(200), Reach.REGION));
        w.put("GET /api/v1/rollups/indicators/{position}", new Walk(t -> get("/api/v1/rollups/indicators/0?region="
                + suiningCity + "&year=2021&project=" + fund), List.of(200), Reach.REGION));
        w.put("GET /rollups/indicators/{position}", new Walk(t -> get("/rollups/indicators/0?region="
                + suiningCity + "&year=2021&project=" + fund), List.of(200), Reach.REGION));
        w.put("POST /api/v1/rollups/save", new Walk(t -> json("POST", "/api/v1/rollups/save?region=" + suiningCity
                + "&year=2021&project=" + fund, ""), List.of(201), Reach.REGION));
        w.put("GET /api/v1/comparisons/indicator", new Walk(t -> get("/api/v1/comparisons/indicator?name="
                + java.net.URLEncoder.encode("跨省异地就医直接结算率", java.nio.charset.StandardCharsets.UTF_8)), List.of(200), Reach.ANY));
        w.put("GET /api/v1/comparisons/unit/{orgId}", new Walk(t -> get("/api/v1/comparisons/unit/" + t.orgId()), List.of(200), Reach.SCOPE));
        w.put("GET /rollups", new Walk(t -> get("/rollups?region=" + suiningCity + "&year=2021&project=" + fund), List.of(200), Reach.REGION));
        w.put("POST /rollups/save", new Walk(t -> req("POST", "/rollups/save", "region=" + suiningCity + "&year=2021&project=" + fund)
                .header("Content-Type", "application/x-www-form-urlencoded"), List.of(302), Reach.REGION));
        w.put("GET /comparisons", new Walk(t -> get("/comparisons?unit=" + t.orgId() + "&name="
                + java.net.URLEncoder.encode("跨省异地就医直接结算率", java.nio.charset.StandardCharsets.UTF_8)), List.of(200), Reach.SCOPE));
        // target setting, monitoring, evidence (issue 12)
        w.put("GET /api/v1/indicator-library", new Walk(t -> get("/api/v1/indicator-library?q=%E6%BB%A1%E6%84%8F%E5%BA%A6"), List.of(200), Reach.ANY));
        w.put("POST /api/v1/targets", new Walk(t -> json("POST", "/api/v1/targets", "{\"orgId\":" + suiningBureau
                + ",\"project\":\"医疗保障能力建设\",\"year\":2025,\"library\":[\"sichuan-1\",\"national-20\"]}"), List.of(201), Reach.SCOPE));
        w.put("POST /api/v1/targets/{id}/indicators", new Walk(t -> json("POST", "/api/v1/targets/" + t.scorecardId() + "/indicators",
                "{\"library\":[\"linyi-28\"]}"), List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/targets/{id}/checks", new Walk(t -> get("/api/v1/targets/" + t.scorecardId() + "/checks"), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/targets/{id}/self-evaluation", new Walk(t -> json("POST", "/api/v1/targets/" + state(t, Status.APPROVED)
                + "/self-evaluation", ""), List.of(201), Reach.SCOPE));
        w.put("GET /api/v1/targets/{id}/self-evaluation", new Walk(t -> get("/api/v1/targets/" + yearEnd(t) + "/self-evaluation"),
                List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/monitoring", new Walk(t -> get(sc + t.scorecardId() + "/monitoring"), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/scorecards/{id}/monitoring", new Walk(t -> json("POST", sc + state(t, Status.APPROVED) + "/monitoring",
                "{\"month\":7,\"paid\":200,\"committed\":50}"), List.of(201), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/monitoring/{roundId}/export", new Walk(t -> get(sc + t.scorecardId() + "/monitoring/"
                + round(t) + "/export?format=xlsx"), List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/monitoring/rollup", new Walk(t -> get("/api/v1/monitoring/rollup?region=" + suiningCity + "&year=2021"),
                List.of(200), Reach.REGION));
        w.put("GET /api/v1/monitoring/rollup/indicators", new Walk(t -> { round(t); return get("/api/v1/monitoring/rollup/indicators?region="
                + suiningCity + "&year=2021"); }, List.of(200), Reach.REGION));
        w.put("GET /api/v1/monitoring/rollup/export", new Walk(t -> { round(t); return get("/api/v1/monitoring/rollup/export?region="
                + suiningCity + "&year=2021&format=xlsx"); }, List.of(200), Reach.REGION));
        w.put("POST /api/v1/scorecards/{id}/evidence", new Walk(t -> org.jixiao.support.Multipart.post("http://localhost:" + port + sc
                + t.scorecardId() + "/evidence", "签到表.pdf", PDF, Map.of("indicator", "0")), List.of(201), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/evidence", new Walk(t -> get(sc + t.scorecardId() + "/evidence"), List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/scorecards/{id}/evidence/{evidenceId}", new Walk(t -> get(sc + t.scorecardId() + "/evidence/"
                + evidence.attach(t.scorecardId(), null, null, "签到表.pdf", PDF).id()), List.of(200), Reach.SCOPE));
        // their pages
        String enc6 = java.net.URLEncoder.encode("≥6次", java.nio.charset.StandardCharsets.UTF_8);
        w.put("GET /targets", new Walk(t -> get("/targets"), List.of(200), Reach.ANY));
        w.put("POST /targets", new Walk(t -> form("/targets", "orgId=" + suiningBureau + "&project=fund&year=2025&kind=TRANSFER"),
                List.of(302), Reach.SCOPE));
        w.put("GET /targets/{id}", new Walk(t -> get("/targets/" + t.scorecardId() + "?q=%E6%AC%A1%E6%95%B0"), List.of(200), Reach.SCOPE));
        w.put("POST /targets/{id}/indicators", new Walk(t -> form("/targets/" + t.scorecardId() + "/indicators",
                "version=0&library=linyi-28"), List.of(302), Reach.SCOPE));
        w.put("POST /targets/{id}/submit", new Walk(t -> form("/targets/" + t.scorecardId() + "/submit", ""), List.of(302), Reach.SCOPE));
        w.put("POST /targets/{id}/self-evaluation", new Walk(t -> form("/targets/" + state(t, Status.APPROVED) + "/self-evaluation", ""),
                List.of(302), Reach.SCOPE));
        w.put("GET /targets/{id}/self-evaluation", new Walk(t -> get("/targets/" + yearEnd(t) + "/self-evaluation"), List.of(200), Reach.SCOPE));
        w.put("GET /targets/{id}/adjustments", new Walk(t -> get("/targets/" + t.scorecardId() + "/adjustments"), List.of(200), Reach.SCOPE));
        w.put("POST /targets/{id}/adjustments", new Walk(t -> form("/targets/" + state(t, Status.APPROVED) + "/adjustments",
                "indicator=0&target=" + enc6 + "&reason=x"), List.of(302), Reach.SCOPE));
        w.put("POST /targets/{id}/adjustments/{adjustmentId}/approve", new Walk(t -> form("/targets/" + state(t, Status.APPROVED)
                + "/adjustments/" + t.adjustmentId() + "/approve", ""), List.of(302), Reach.SCOPE));
        w.put("POST /targets/{id}/adjustments/{adjustmentId}/reject", new Walk(t -> form("/targets/" + state(t, Status.APPROVED)
                + "/adjustments/" + t.adjustmentId() + "/reject", ""), List.of(302), Reach.SCOPE));
        w.put("GET /monitoring", new Walk(t -> get("/monitoring?region=" + suiningCity + "&year=2021"), List.of(200), Reach.REGION));
        w.put("GET /monitoring/{id}", new Walk(t -> get("/monitoring/" + t.scorecardId()), List.of(200), Reach.SCOPE));
        w.put("POST /monitoring/{id}", new Walk(t -> form("/monitoring/" + state(t, Status.APPROVED), "month=7&paid=200&committed=10"),
                List.of(302), Reach.SCOPE));
        w.put("POST /evidence/{id}", new Walk(t -> org.jixiao.support.Multipart.post("http://localhost:" + port + "/evidence/"
                + t.scorecardId(), "签到表.pdf", PDF, Map.of("attach", "indicator:0", "back", "/targets/" + t.scorecardId())),
                List.of(302), Reach.SCOPE));
        w.put("POST /api/v1/imports", new Walk(t -> req("POST", "/api/v1/imports", Seeds.text(Seeds.SUINING))
                .header("Content-Type", "text/plain;charset=UTF-8"), List.of(201), Reach.ANY));
        // an import batch belongs to whoever previewed it (here the administrator): others do not find it
        w.put("GET /api/v1/imports/{id}", new Walk(t -> get("/api/v1/imports/" + t.importId()), List.of(200), Reach.ADMINS_BATCH));
        w.put("POST /api/v1/imports/{id}/confirm", new Walk(t -> json("POST", "/api/v1/imports/" + t.importId() + "/confirm", ""),
                List.of(200), Reach.ADMINS_BATCH));
        w.put("GET /api/v1/orgs", new Walk(t -> get("/api/v1/orgs"), List.of(200), Reach.ANY));
        w.put("GET /api/v1/orgs/export", new Walk(t -> get("/api/v1/orgs/export"), List.of(200), Reach.ANY));
        w.put("POST /api/v1/orgs", new Walk(t -> json("POST", "/api/v1/orgs", "{\"parentId\":" + suiningCity
                + ",\"name\":\"遂宁市测试局" + counter.incrementAndGet() + "\",\"level\":\"单位\"}"), List.of(201), Reach.SCOPE));
        w.put("PUT /api/v1/orgs/{id}", new Walk(t -> json("PUT", "/api/v1/orgs/" + suiningBureau,
                "{\"name\":\"遂宁市医疗保障局\"}"), List.of(200), Reach.SCOPE));
        w.put("POST /api/v1/orgs/import", new Walk(t -> req("POST", "/api/v1/orgs/import",
                "level,code,name,parent\n单位,,遂宁市档案馆,中华人民共和国/四川省/遂宁市\n").header("Content-Type", "text/csv"),
                List.of(200), Reach.SCOPE));
        w.put("GET /api/v1/me", new Walk(t -> get("/api/v1/me"), List.of(200), Reach.ANY));
        w.put("GET /api/v1/users", new Walk(t -> get("/api/v1/users"), List.of(200), Reach.ANY));
        w.put("POST /api/v1/users", new Walk(t -> json("POST", "/api/v1/users", "{\"username\":\"walker" + counter.incrementAndGet()
                + "\",\"password\":\"long-enough-1\",\"role\":\"FILLER\",\"orgId\":" + suiningBureau + "}"), List.of(201), Reach.SCOPE));
        // an account of 遂宁市医疗保障局 (in the scope of whoever may administer users: the administrator)
        w.put("POST /api/v1/users/{username}/unlock", new Walk(t -> json("POST", "/api/v1/users/suining-filler/unlock", ""),
                List.of(200), Reach.SCOPE));
        // API tokens are each caller's own; the target's token is the administrator's (others do not find it)
        w.put("GET /api/v1/tokens", new Walk(t -> get("/api/v1/tokens"), List.of(200), Reach.ANY));
        w.put("POST /api/v1/tokens", new Walk(t -> json("POST", "/api/v1/tokens", "{\"name\":\"walk\"}"), List.of(201), Reach.ANY));
        w.put("DELETE /api/v1/tokens/{id}", new Walk(t -> req("DELETE", "/api/v1/tokens/" + t.tokenId(), null), List.of(200),
                Reach.ADMINS_BATCH));
        w.put("GET /users", new Walk(t -> get("/users"), List.of(200), Reach.ANY));
        w.put("POST /users/{username}/unlock", new Walk(t -> form("/users/suining-filler/unlock", ""), List.of(302), Reach.SCOPE));
        w.put("GET /tokens", new Walk(t -> get("/tokens"), List.of(200), Reach.ANY));
        w.put("POST /tokens", new Walk(t -> form("/tokens", "name=walk"), List.of(200), Reach.ANY));
        w.put("POST /tokens/{id}/revoke", new Walk(t -> form("/tokens/" + t.tokenId() + "/revoke", ""), List.of(302), Reach.ADMINS_BATCH));
        w.put("GET /api/v1/public/scorecards", new Walk(t -> get("/api/v1/public/scorecards"), List.of(200), Reach.ANY));
        w.put("GET /api/v1/public/scorecards/{id}", new Walk(t -> get("/api/v1/public/scorecards/" + state(t, Status.PUBLISHED)),
                List.of(200), Reach.ANY));
        // pages (forms post with the caller's Basic credentials, so no CSRF token is needed here; AccountsTest covers CSRF)
        String page = "/scorecards/";
        w.put("GET /", new Walk(t -> get("/"), List.of(200), Reach.ANY));
        w.put("GET /scorecards", new Walk(t -> get("/scorecards"), List.of(200), Reach.ANY));
        w.put("GET /scorecards/export.xlsx", new Walk(t -> get("/scorecards/export.xlsx"), List.of(200), Reach.ANY));
        w.put("GET /scorecards/export.zip", new Walk(t -> get("/scorecards/export.zip?format=html&year=1999"), List.of(200), Reach.ANY));
        w.put("GET /scorecards/{id}", new Walk(t -> get(page + t.scorecardId()), List.of(200), Reach.SCOPE));
        w.put("GET /scorecards/{id}/evaluation", new Walk(t -> get(page + t.scorecardId() + "/evaluation"), List.of(200), Reach.SCOPE));
        w.put("GET /scorecards/{id}/sheet", new Walk(t -> get(page + t.scorecardId() + "/sheet"), List.of(200), Reach.SCOPE));
        w.put("GET /scorecards/{id}/cell", new Walk(t -> get(page + t.scorecardId() + "/cell?field=project&version=0"), List.of(200), Reach.SCOPE));
        w.put("GET /scorecards/{id}/history", new Walk(t -> get(page + t.scorecardId() + "/history"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/validate", new Walk(t -> form(page + t.scorecardId() + "/validate", "field=project&value=x"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/cell", new Walk(t -> form(page + t.scorecardId() + "/cell",
                "field=project&value=%E9%A1%B9%E7%9B%AE&version=0"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/rows", new Walk(t -> form(page + t.scorecardId() + "/rows", "after=0&version=0"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/rows/{index}/delete", new Walk(t -> form(page + t.scorecardId() + "/rows/1/delete", "version=0"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/rows/{index}/move", new Walk(t -> form(page + t.scorecardId() + "/rows/1/move", "delta=1&version=0"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/submit", new Walk(t -> form(page + t.scorecardId() + "/submit", ""), List.of(302), Reach.SCOPE));
        w.put("POST /scorecards/{id}/withdraw", new Walk(t -> form(page + state(t, Status.SUBMITTED) + "/withdraw", ""), List.of(302), Reach.SCOPE));
        w.put("GET /scorecards/{id}/report", new Walk(t -> get(page + t.scorecardId() + "/report"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/report", new Walk(t -> form(page + t.scorecardId() + "/report", "part=USE&position=0&text=ok"), List.of(302), Reach.SCOPE));
        w.put("GET /scorecards/{id}/report.docx", new Walk(t -> get(page + t.scorecardId() + "/report.docx"), List.of(200), Reach.SCOPE));
        w.put("GET /scorecards/{id}/report.pdf", new Walk(t -> get(page + t.scorecardId() + "/report.pdf"), List.of(200), Reach.SCOPE));
        w.put("POST /scorecards/{id}/approve", new Walk(t -> form(page + state(t, Status.SUBMITTED) + "/approve", ""), List.of(302), Reach.SCOPE));
        w.put("POST /scorecards/{id}/return", new Walk(t -> form(page + state(t, Status.SUBMITTED) + "/return", "comment=x"), List.of(302), Reach.SCOPE));
        w.put("POST /scorecards/{id}/publish", new Walk(t -> form(page + state(t, Status.APPROVED) + "/publish", ""), List.of(302), Reach.SCOPE));
        w.put("POST /scorecards/{id}/correct", new Walk(t -> form(page + state(t, Status.PUBLISHED) + "/correct", ""), List.of(302), Reach.SCOPE));
        w.put("POST /scorecards/{id}/comments", new Walk(t -> form(page + t.scorecardId() + "/comments", "comment=ok"), List.of(302), Reach.SCOPE));
        w.put("GET /imports", new Walk(t -> get("/imports"), List.of(200), Reach.ANY));
        w.put("POST /imports/preview", new Walk(t -> form("/imports/preview", "text=" + java.net.URLEncoder.encode(
                Seeds.text(Seeds.LINYI), java.nio.charset.StandardCharsets.UTF_8)), List.of(200), Reach.ANY));
        w.put("GET /imports/{id}", new Walk(t -> get("/imports/" + t.importId()), List.of(200), Reach.ADMINS_BATCH));
        w.put("POST /imports/{id}/confirm", new Walk(t -> form("/imports/" + t.importId() + "/confirm", ""), List.of(302, 303, 200), Reach.ADMINS_BATCH));
        w.put("GET /orgs", new Walk(t -> get("/orgs"), List.of(200), Reach.ANY));
        w.put("POST /orgs", new Walk(t -> form("/orgs", "parentId=" + suiningCity + "&level=UNIT&name=page" + counter.incrementAndGet()), List.of(302), Reach.ANY));
        w.put("POST /orgs/import", new Walk(t -> form("/orgs/import", "csv=level%2Ccode%2Cname%2Cparent"), List.of(302), Reach.ANY));
        w.put("GET /login", new Walk(t -> get("/login"), List.of(200), Reach.ANY));
        w.put("GET /public", new Walk(t -> get("/public"), List.of(200), Reach.ANY));
        w.put("GET /api/v1/public/scorecards/{id}/versions", new Walk(t -> get("/api/v1/public/scorecards/" + state(t, Status.PUBLISHED) + "/versions"),
                List.of(200), Reach.ANY));
        w.put("GET /public/{id}", new Walk(t -> get("/public/" + state(t, Status.PUBLISHED)), List.of(200), Reach.ANY));
        w.put("GET /public/{id}/export", new Walk(t -> get("/public/" + state(t, Status.PUBLISHED) + "/export?format=html"), List.of(200), Reach.ANY));
        w.put("GET /public/{id}/report.docx", new Walk(t -> get("/public/" + state(t, Status.PUBLISHED) + "/report.docx"), List.of(200), Reach.ANY));
        w.put("GET /public/{id}/report.pdf", new Walk(t -> get("/public/" + state(t, Status.PUBLISHED) + "/report.pdf"), List.of(200), Reach.ANY));
        w.put("GET /v3/api-docs", new Walk(t -> get("/v3/api-docs"), List.of(200), Reach.ANY));
        w.put("GET /v3/api-docs.yaml", new Walk(t -> get("/v3/api-docs.yaml"), List.of(200), Reach.ANY));
        w.put("* /error", new Walk(t -> get("/error"), List.of(500), Reach.ANY));
        return w;
    }

    @Test
    void everyEndpointAnswersEachRoleInAndOutOfScopeAsItsRuleSays() {
        Map<String, Walk> walks = walks();
        // every endpoint the application serves, with the permission its handler declares (@Allow)
        List<AccessRules.Rule> rules = AccessRules.of(mappings);
        List<String> missing = rules.stream().map(AccessRulesTest::key).filter(k -> !walks.containsKey(k)).toList();
        assertThat(missing).as("endpoints without a walk in this test").isEmpty();
        assertThat(rules).as("endpoints without @Allow").allMatch(r -> r.permission() != null);

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (AccessRules.Rule rule : rules) {
            Walk walk = walks.get(AccessRulesTest.key(rule));
            for (Caller c : CALLERS) {
                Target target = target();
                HttpRequest.Builder request = walk.request().apply(target);
                boolean api = rule.pattern().startsWith("/api/") || rule.pattern().startsWith("/v3/");
                int status = c.http(port).send(request).status();
                calls++;
                int expected = expected(rule.permission(), c, walk.reach(), walk.success(), status, api);
                if (status != expected) wrong.add(AccessRulesTest.key(rule) + " as " + c.user() + ": " + status + ", expected " + expected);
            }
        }
        assertThat(wrong).as("answers that differ from the rules (" + calls + " calls)").isEmpty();
    }

    /** What the rule and the scope require; the walk's success status when the call is allowed. */
    private static int expected(Permission p, Caller c, Reach reach, List<Integer> success, int actual, boolean api) {
        if (c.role() == null) return p == Permission.PUBLIC ? success.get(0) : api ? 401 : 302; // people go to the login page
        if (!p.grantedTo(c.role())) return 403;
        if (reach == Reach.SCOPE && !c.inScope()) return 404;
        if (reach == Reach.ADMINS_BATCH && c.role() != Role.ADMIN) return 404;
        if (reach == Reach.REGION && !CITY_SCOPE.contains(c.user())) return 404;
        return success.contains(actual) ? actual : success.get(0);
    }

    /** A DRAFT scorecard of 遂宁市医疗保障局 ready to submit, a pending adjustment on it, and an admin's import batch. */
    private Target target() {
        long id = scorecards.create(Fixtures.submittable(Seeds.SUINING), suiningBureau, null, null).id();
        long adjustment = adjustments.request(id, 0, "开展全域医保政策宣传活动次数", "≥4次", "≥6次", "新增宣传任务").id();
        long importId = jdbc.sql("insert into import_batch (file_name, digest, text, table_count, created_by) values "
                + "('walk.txt', :d, :t, 1, 'admin') returning id").param("d", "walk" + counter.incrementAndGet())
                .param("t", Seeds.text(Seeds.DALIAN)).query(Long.class).single();
        long token = jdbc.sql("insert into api_token (user_id, name, token_hash) select id, 'walk', :h from app_user "
                + "where username = 'admin' returning id").param("h", "walk" + counter.incrementAndGet()).query(Long.class).single();
        return new Target(id, suiningBureau, adjustment, importId, token);
    }

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The target approved, with a year-end self-evaluation made from it. */
    private long yearEnd(Target t) {
        state(t, Status.APPROVED);
        targets.startSelfEvaluation(t.scorecardId());
        return t.scorecardId();
    }

    /** The target approved, with a 1–7月 monitoring round; the round's id. */
    private long round(Target t) {
        state(t, Status.APPROVED);
        return monitoring.record(t.scorecardId(), new org.jixiao.monitoring.RoundInput(7, new java.math.BigDecimal("200"),
                null, null, List.of())).id();
    }

    /** Puts the target's scorecard in a status directly (the walk tests access, not the workflow). */
    private long state(Target t, Status s) {
        jdbc.sql("update scorecard set status = :s where id = :id").param("s", s.name()).param("id", t.scorecardId()).update();
        return t.scorecardId();
    }

    private HttpRequest.Builder get(String path) { return req("GET", path, null); }

    private HttpRequest.Builder form(String path, String body) {
        return req("POST", path, body).header("Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return req(method, path, body).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder req(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }
}
