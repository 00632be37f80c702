package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ScorecardValidator;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, findings 7 and 8: one request cannot occupy the server (limits per field, in all, on the body),
 * and bad input is refused with 400 naming the field, in both languages, without Java types.
 */
@JixiaoTest
class BoundedInputTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Orgs orgs;
    @Autowired org.jixiao.demo.DemoAccounts demo;
    Http admin;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        admin = new Http(port);
    }

    @Test
    void aTwentyMegabyteScorecardIsRefusedAtSaveNamingTheLimit() {
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) rows.add(s.indicators().get(0).withTarget("≤" + "6".repeat(19_990)));
        Http.Response r = admin.post("/api/v1/scorecards", Fixtures.json(s.withIndicators(rows)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("zh").asString()).contains("请求体过大").contains("8192 KB");
        assertThat(r.json().get("en").asString()).contains("too large").contains("8192 KB");
        // within the body limit, the field limits hold: too many rows, a target too long
        List<Indicator> many = new ArrayList<>();
        for (int i = 0; i <= ScorecardValidator.MAX_INDICATORS; i++) many.add(s.indicators().get(0));
        assertThat(field(admin.post("/api/v1/scorecards", Fixtures.json(s.withIndicators(many))))).contains("indicators");
        List<Indicator> longTarget = new ArrayList<>(s.indicators());
        assertThat(field(admin.post("/api/v1/scorecards", Fixtures.json(s.withIndicators(List.of(s.indicators().get(0)
                .withReason("理".repeat(ScorecardValidator.MAX_NOTE)))).withIndicators(java.util.Collections.nCopies(150,
                s.indicators().get(0).withReason("理".repeat(ScorecardValidator.MAX_NOTE)))))))).isEqualTo("indicators");
        longTarget.set(0, longTarget.get(0).withTarget("≥" + "9".repeat(ScorecardValidator.MAX_VALUE)));
        assertThat(field(admin.post("/api/v1/scorecards", Fixtures.json(s.withIndicators(longTarget))))).contains("indicators[0].target");
        assertThat(count("scorecard")).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        String seed = Fixtures.json(Fixtures.seed(Seeds.SUINING));
        // an unpaired surrogate (as a JSON escape), a control character in a name
        assertThat(field(admin.post("/api/v1/scorecards", seed.replaceFirst("\"project\":\"", "\"project\":\"\\\\ud800"))))
                .isEqualTo("project");
        assertThat(field(admin.post("/api/v1/scorecards", seed.replaceFirst("\"unit\":\"", "\"unit\":\"\\\\u0007"))))
                .isEqualTo("unit");
        // the fields a scorecard needs
        Http.Response titleOnly = admin.post("/api/v1/scorecards", "{\"title\":\"x\"}");
        assertThat(titleOnly.status()).isEqualTo(400);
        assertThat(titleOnly.json().get("violations").findValuesAsString("field")).contains("year", "project");
        // invalid UTF-8 in the body
        byte[] bytes = seed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, 20);
        broken[20] = (byte) 0xC3;
        broken[21] = (byte) 0x28;
        System.arraycopy(bytes, 20, broken, 22, bytes.length - 20);
        Http.Response utf8 = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/scorecards"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(broken)));
        assertThat(utf8.status()).isEqualTo(400);
        assertThat(utf8.json().get("zh").asString()).contains("UTF-8").contains("21");
        // org names: NUL, too long
        assertThat(field(admin.post("/api/v1/orgs", "{\"parentId\":" + bureau + ",\"name\":\"\\u0000\",\"level\":\"单位\"}")))
                .isEqualTo("name");
        assertThat(field(admin.post("/api/v1/orgs", "{\"parentId\":" + bureau + ",\"name\":\"" + "局".repeat(10_000)
                + "\",\"level\":\"单位\"}"))).isEqualTo("name");
        assertThat(count("org where name = '' or length(name) > 100")).isZero();
        // a comment of a megabyte
        long id = admin.post("/api/v1/scorecards?orgId=" + bureau, seed).json().get("id").asLong();
        assertThat(field(admin.post("/api/v1/scorecards/" + id + "/comments", "{\"comment\":\"" + "意".repeat(1_000_000) + "\"}")))
                .isEqualTo("comment");
        // the view of a sheet is one of two
        Http.Response view = admin.get("/scorecards/" + id + "/sheet?view=../login");
        assertThat(view.status()).isEqualTo(400);
        // a page answers with the HTML error page of the layout (not JSON); it names the parameter
        assertThat(view.body()).contains("view");
        // a type error names the field, not a Java type
        Http.Response type = admin.post("/api/v1/scorecards", "{\"year\":2021,\"project\":\"p\",\"unit\":\"u\",\"indicators\":\"x\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body()).contains("indicators").doesNotContain("java.").doesNotContain("org.jixiao");
    }

    @Test
    void protocolErrorsAnswerInBothLanguages() {
        Http.Response method = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/me"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertThat(method.status()).isEqualTo(405);
        assertBilingual(method);
        Http.Response media = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/users"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a,b")));
        assertThat(media.status()).isEqualTo(415);
        assertBilingual(media);
        Http.Response accept = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/me")).header("Accept", "image/png"));
        assertThat(accept.status()).isEqualTo(406);
        assertBilingual(accept);
        Http.Response unauthorized = Http.anonymous(port).get("/api/v1/me");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertBilingual(unauthorized);
        Http.Response missing = admin.get("/api/v1/no-such-thing"); // no handler: not found (signed in), 401 otherwise
        assertThat(missing.status()).isEqualTo(404);
        assertBilingual(missing);
        assertThat(Http.anonymous(port).get("/api/v1/no-such-thing").status()).isEqualTo(401);
    }

    private static void assertBilingual(Http.Response r) {
        assertThat(r.body()).as(r.status() + " " + r.body()).contains("\"zh\"").contains("\"en\"");
        JsonNode j = r.json();
        assertThat(j.get("zh").asString()).as(r.body()).isNotBlank().matches("(?s).*\\p{IsHan}.*");
        assertThat(j.get("en").asString()).as(r.body()).isNotBlank();
        assertThat(r.body()).doesNotContain("java.").doesNotContain("org.springframework").doesNotContain("Exception");
    }

    /** The 400's first violation's field. */
    private static String field(Http.Response r) {
        assertThat(r.status()).as(r.body().length() > 300 ? r.body().substring(0, 300) : r.body()).isEqualTo(400);
        return r.json().get("violations").get(0).get("field").asString();
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
    }

    /** The raw bytes of a request and the whole answer, over a plain socket (HTTP clients encode what they send). */
    private String raw(byte[] request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aQueryTypedWithRawChineseCharactersGetsTheBilingualErrorNotTomcatsPage() throws java.io.IOException {
        String answer = raw(("GET /scorecards?q=参保率 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("未编码").contains("percent-encoded").doesNotContain("Tomcat").doesNotContain("HTTP Status 400");
        // the same query, encoded as a browser sends it, is an ordinary search (sign-in first)
        String encoded = raw(("GET /scorecards?q=" + java.net.URLEncoder.encode("参保率", java.nio.charset.StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(encoded).startsWith("HTTP/1.1 302");
    }
}
