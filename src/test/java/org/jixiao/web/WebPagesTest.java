package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The server-rendered pages over a real socket, on the seed tables (the browser tests drive the same pages). */
@JixiaoTest
class WebPagesTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Scorecards scorecards;
    Http http;
    StoredScorecard suining;
    StoredScorecard dalian;
    StoredScorecard linyi;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc.sql("delete from scorecard").update();
        suining = scorecards.create(seed(Seeds.SUINING));
        dalian = scorecards.create(seed(Seeds.DALIAN));
        linyi = scorecards.create(seed(Seeds.LINYI));
    }

    static Scorecard seed(String name) {
        return ScorecardJson.readTables(Seeds.expectedJson(name)).get(0);
    }

    Http.Response post(String path, Map<String, String> form, boolean htmx) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (htmx) b.header("HX-Request", "true");
        return http.send(b);
    }

    @Test
    void theHomePageShowsTheYearsScorecardsWithTotalAndGradeInChinese() {
        Http.Response page = http.get("/?year=2021");
        assertThat(page.status()).isEqualTo(200);
        String year = page.body().substring(page.body().indexOf("class=\"two-col\"")); // below the 待办 of every year
        assertThat(page.body()).contains("lang=\"zh-CN\"").contains("工作台").contains("id=\"todo\"");
        assertThat(year).contains("遂宁市医疗保障局").contains("大连市医疗保障局").doesNotContain("临沂市医疗保障局");
        String total = org.jixiao.scoring.Scorer.evaluate(suining.scorecard()).total().toPlainString();
        assertThat(page.body()).contains(total).contains("data-labels=\"");
    }

    @Test
    void theScorecardPageLaysOutTheOfficialFormWithMergedLevelCellsAndTextsAsWritten() {
        String body = http.get("/scorecards/" + suining.id()).body();
        assertThat(body).contains("医疗服务与保障能力提升补助(医疗保障能力建设部分)").contains("中央补助").contains("261.75")
                .contains("≤60分钟").contains("本市未发生医保信息系统重大安全事件").contains("目标1:提升医保信息化水平");
        // 产出指标 covers every output row as one merged cell
        long outputs = suining.scorecard().indicators().stream().filter(i -> "产出指标".equals(i.level1())).count();
        assertThat(body).contains("rowspan=\"" + outputs + "\"");
        assertThat(body).contains("解读");
    }

    @Test
    void editingAnActualSavesItAndTheScoreIsRecomputed() {
        int row = 0;
        String before = http.get("/scorecards/" + suining.id()).body();
        Http.Response r = post("/scorecards/" + suining.id() + "/cell", Map.of("field", "indicators[" + row + "].actual",
                "value", "0次", "version", String.valueOf(suining.version())), true);
        assertThat(r.status()).isEqualTo(200);
        StoredScorecard saved = scorecards.find(suining.id()).orElseThrow();
        assertThat(saved.version()).isEqualTo(suining.version() + 1);
        assertThat(saved.scorecard().indicators().get(row).actual()).isEqualTo("0次");
        assertThat(r.body()).startsWith("<div id=\"sheet\"").contains("0次");
        var newTotal = org.jixiao.scoring.Scorer.evaluate(saved.scorecard()).total();
        assertThat(r.body()).contains("id=\"total\">" + newTotal.toPlainString() + "<");
        assertThat(before).doesNotContain("0次");
    }

    @Test
    void anInvalidValueIsRefusedWithAMessageNamingTheIndicatorAndTheUsersInputKept() {
        Http.Response r = post("/scorecards/" + suining.id() + "/cell", Map.of("field", "indicators[1].weight",
                "value", "十分", "version", String.valueOf(suining.version())), true);
        String name = suining.scorecard().indicators().get(1).name();
        assertThat(r.body()).contains("第2项「" + name + "」的分值：").contains("请输入数字").contains("value=\"十分\"")
                .doesNotContain("enter a number");
        assertThat(scorecards.find(suining.id()).orElseThrow().version()).isEqualTo(suining.version());
        assertThat(post("/scorecards/" + suining.id() + "/validate", Map.of("field", "indicators[1].weight", "value", "120"), true)
                .body()).contains("分值应在0至100之间");
        assertThat(post("/scorecards/" + suining.id() + "/validate", Map.of("field", "indicators[1].weight", "value", "5"), true)
                .body()).doesNotContain("应在");
    }

    /**
     * Issue 11: the editor checks targets and actuals as they are typed, naming the indicator by 序号 and name, with the
     * reading shown — a vague target and a negative count are refused, an actual that cannot be compared with a
     * quantitative target is said to block submission (saving stays allowed: it may be graded by hand), a good value shows
     * how it is read. In the page's language only.
     */
    @Test
    void targetsAndActualsAreCheckedAsTypedWithTheReadingShown() {
        String name = suining.scorecard().indicators().get(0).name();
        String target = suining.scorecard().indicators().get(0).target();
        java.util.function.BiFunction<String, String, org.jsoup.nodes.Document> typed = (field, value) -> org.jsoup.Jsoup.parseBodyFragment(
                post("/scorecards/" + suining.id() + "/validate", Map.of("field", field, "value", value), true).body());

        assertThat(typed.apply("indicators[0].target", "大约四次吧").text())
                .startsWith("第1项「" + name + "」的年度指标值：").contains("大约四次吧").contains("不明确").contains("读作：文字说明")
                .doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(typed.apply("indicators[0].actual", "-5次").text())
                .startsWith("第1项「" + name + "」的全年实际完成值：").contains("-5次").contains("负数").contains("读作：-5 次");
        var abc = typed.apply("indicators[0].actual", "abc");
        assertThat(abc.select(".value-check").text()).contains("第1行「" + name + "」").contains("abc").contains(target)
                .contains("须更正完成值或人工评定等级后才能提交");
        assertThat(abc.select(".read-as").text()).isEqualTo("读作：文字说明（需人工判断）");
        var good = typed.apply("indicators[0].actual", "12次");
        assertThat(good.select(".value-check")).isEmpty();
        assertThat(good.text()).isEqualTo("读作：12 次（数值）");

        var english = org.jsoup.Jsoup.parseBodyFragment(post("/scorecards/" + suining.id() + "/validate?lang=en",
                Map.of("field", "indicators[0].actual", "value", "abc"), true).body());
        assertThat(english.select(".value-check").text()).contains("cannot be compared with the target")
                .doesNotContain("须更正");
        assertThat(english.select(".read-as").text()).isEqualTo("Read as: free text (free text for the reviewer)");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(post("/scorecards/" + suining.id() + "/validate?lang=en",
                Map.of("field", "indicators[0].target", "value", "大约四次吧"), true).body()).text())
                .contains("is vague").contains("read as: free text (free text for the reviewer)").doesNotContain("文字说明");

        // saving it is allowed; the stored evaluation scores it 0 and submission is refused naming the row
        assertThat(post("/scorecards/" + suining.id() + "/cell", Map.of("field", "indicators[0].actual", "value", "abc",
                "version", String.valueOf(suining.version())), true).status()).isEqualTo(200);
        assertThat(scorecards.find(suining.id()).orElseThrow().scorecard().indicators().get(0).actual()).isEqualTo("abc");
        // and the page keeps saying it beside the cell until it is corrected or graded by hand
        var page = org.jsoup.Jsoup.parse(http.get("/scorecards/" + suining.id()).body());
        assertThat(page.select("#row-0 .value-check").text()).contains("「" + name + "」").contains("abc")
                .contains("须更正完成值或人工评定等级后才能提交");
        assertThat(page.select(".value-check")).hasSize(1);
    }

    /**
     * Issue 11: a published table that carries its own 得分 column is compared with the computed score row by row on the
     * evaluation page, each difference with its reason, in the page's language.
     */
    @Test
    void theEvaluationPageComparesTheTablesOwnScoresWithTheComputedOnesSayingWhy() throws Exception {
        String json;
        try (var in = WebPagesTest.class.getResourceAsStream("/corpus/expected/014_longyang_huafei_2022_project_selfeval.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StoredScorecard longyang = scorecards.create(ScorecardJson.readTables(json).getFirst());
        var s = longyang.scorecard();
        var comparison = org.jixiao.scoring.PublishedScores.compare(s, org.jixiao.scoring.Scorer.evaluate(s));
        assertThat(comparison.rows()).as("the Longyang table has its own 得分 column").isNotEmpty();
        assertThat(comparison.rows()).anyMatch(r -> !r.agrees());
        for (String lang : new String[] {"zh_CN", "en"}) {
            var html = org.jsoup.Jsoup.parse(http.get("/scorecards/" + longyang.id() + "/evaluation?lang=" + lang).body());
            var section = html.select("section.block").stream()
                    .filter(b -> b.select("h2").text().equals(lang.equals("en") ? "The table's own scores and the computed ones" : "表中得分与计算得分"))
                    .findFirst().orElseThrow(() -> new AssertionError(html.select("section.block h2").eachText().toString()));
            var rows = section.select("tbody tr");
            assertThat(rows).hasSize(comparison.rows().size());
            for (int k = 0; k < rows.size(); k++) {
                var r = comparison.rows().get(k);
                assertThat(rows.get(k).select("td").eachText()).containsExactly(r.name(), r.published().toPlainString(),
                        r.computed().toPlainString(), lang.equals("en") ? r.whyEn() : r.why());
            }
        }
    }

    @Test
    void whenSomeoneElseSavedFirstThePageShowsBothValuesAndKeepsTheUsersInput() {
        String stale = String.valueOf(suining.version());
        post("/scorecards/" + suining.id() + "/cell", Map.of("field", "indicators[0].actual", "value", "9次", "version", stale), true);
        Http.Response r = post("/scorecards/" + suining.id() + "/cell",
                Map.of("field", "indicators[0].actual", "value", "7次", "version", stale), true);
        assertThat(r.body()).contains("他人已先保存").contains("9次").contains("value=\"7次\"")
                .contains("name=\"version\" value=\"" + (suining.version() + 1) + "\"");
        assertThat(scorecards.find(suining.id()).orElseThrow().scorecard().indicators().get(0).actual()).isEqualTo("9次");
    }

    @Test
    void rowsCanBeAddedMovedAndRemoved() {
        var names = suining.scorecard().indicators().stream().map(i -> i.name()).toList();
        long v = suining.version();
        post("/scorecards/" + suining.id() + "/rows/0/move", Map.of("delta", "1", "version", String.valueOf(v)), true);
        var moved = scorecards.find(suining.id()).orElseThrow().scorecard().indicators();
        assertThat(moved.get(0).name()).isEqualTo(names.get(1));
        assertThat(moved.get(1).name()).isEqualTo(names.get(0));
        post("/scorecards/" + suining.id() + "/rows", Map.of("after", "1", "version", String.valueOf(v + 1)), true);
        var added = scorecards.find(suining.id()).orElseThrow().scorecard().indicators();
        assertThat(added).hasSize(names.size() + 1);
        assertThat(added.get(2).name()).isEqualTo("新指标");
        assertThat(added.get(2).level1()).isEqualTo(added.get(1).level1());
        post("/scorecards/" + suining.id() + "/rows/2/delete", Map.of("version", String.valueOf(v + 2)), true);
        assertThat(scorecards.find(suining.id()).orElseThrow().scorecard().indicators()).hasSize(names.size());
        Http.Response stale = post("/scorecards/" + suining.id() + "/rows/0/delete", Map.of("version", String.valueOf(v)), true);
        assertThat(stale.body()).contains("您的行操作未执行");
        assertThat(scorecards.find(suining.id()).orElseThrow().scorecard().indicators()).hasSize(names.size());
    }

    @Test
    void theSelfEvaluationShowsEachScoreWithItsExplanationAndTheCategoryChart() {
        var e = org.jixiao.scoring.Scorer.evaluate(suining.scorecard());
        String body = http.get("/scorecards/" + suining.id() + "/evaluation").body();
        assertThat(body).contains(e.total().toPlainString()).contains(e.executionScore().toPlainString())
                .contains(e.indicators().get(0).explanation().zh()).contains("data-weights=\"");
    }

    @Test
    void aDepartmentScorecardShowsDutiesGoalsIndicatorsActivitiesAndReferenceValues() {
        var first = linyi.scorecard().indicators().get(0);
        String body = http.get("/scorecards/" + linyi.id()).body();
        assertThat(body).contains("部门职责").contains("工作活动").contains("指标参考值")
                .contains(first.duty()).contains(first.name());
        if (first.activity() != null) assertThat(body).contains(first.activity());
    }

    @Test
    void theListFiltersSearchesAndExportsToExcel() throws Exception {
        assertThat(http.get("/scorecards").body()).contains("共 3 张");
        assertThat(http.get("/scorecards?year=2022").body()).contains("共 1 张").contains("临沂");
        assertThat(http.get("/scorecards?q=" + URLEncoder.encode("大连", StandardCharsets.UTF_8)).body()).contains("共 1 张");
        assertThat(http.get("/scorecards?kind=DEPARTMENT").body()).contains("共 1 张");
        var grade = org.jixiao.scoring.Scorer.evaluate(suining.scorecard()).grade();
        assertThat(http.get("/scorecards?grade=" + grade.name()).body()).contains("遂宁市医疗保障局");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/scorecards/export.xlsx?year=2021"))
                .header("Authorization", Http.adminAuthorization()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Length")).isPresent();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("实施单位");
        }
    }

    @Test
    void englishIsOneClickAwayAndStaysChosen() {
        HttpResponse<String> en = send("/?lang=en", null);
        assertThat(en.body()).contains("lang=\"en\"").contains("Dashboard");
        String cookie = en.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String page = send("/scorecards/" + suining.id(), cookie).body();
        assertThat(page).contains("Level 1").contains("Target");
        // the budget's unit in the page's language (the table states 万元; an English page says it in English)
        assertThat(page).contains("Full-year budget (A) (10k yuan)").doesNotContain("(万元)");
        assertThat(http.get("/scorecards/" + suining.id()).body()).contains("全年预算数(A) (万元)");
        assertThat(send("/?lang=zh_CN", cookie).body()).contains("工作台");
    }

    @Test
    void everyAssetIsServedByTheApplicationItself() {
        String page = http.get("/").body();
        assertThat(page).doesNotContain("https://").doesNotContain("http://");
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/echarts/echarts.common.min.js").status()).isEqualTo(200);
        assertThat(http.get("/assets/css/app.css").status()).isEqualTo(200);
        assertThat(http.get("/assets/js/app.js").status()).isEqualTo(200);
    }

    @Test
    void anUnknownScorecardIsAPageNotJson() {
        Http.Response r = http.get("/scorecards/999999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<html").contains("999999");
    }

    private HttpResponse<String> send(String path, String cookie) {
        try {
            var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", Http.adminAuthorization());
            if (cookie != null) b.header("Cookie", cookie);
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
