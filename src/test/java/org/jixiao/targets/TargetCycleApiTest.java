package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.orgs.Orgs;
import org.jixiao.kernel.Scope;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Multipart;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The year of a 医保局 over HTTP, as the people who do it: 遂宁's 填报人 sets the 2025 targets from last year's table and
 * the library, its 审核人 returns and approves them, the 填报人 records the 1–7月 monitoring round, attaches evidence and
 * at year end the self-evaluation is scored against the approved targets; Dalian's reported execution is checked
 * against what monitoring recorded as paid.
 */
@JixiaoTest
class TargetCycleApiTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    Http filler, reviewer, finance, outsider;
    long bureau, city;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
        finance = Http.as(port, "suining-finance", DemoAccounts.PASSWORD);
        outsider = Http.as(port, "linyi-finance", DemoAccounts.PASSWORD);
        bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        city = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow().id();
    }

    /** Last year's (2024) Suining table: the seed's rows and results, held by the bureau. */
    private long lastYear() {
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        Scorecard y = new Scorecard(s.form(), s.title(), 2024, s.project(), s.unit(), s.competentDepartment(), "四川省",
                s.budget(), s.overallGoal(), s.indicators());
        return scorecards.create(y, bureau, null, null).id();
    }

    private String project() { return Fixtures.seed(Seeds.SUINING).project(); }

    private JsonNode ok(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r.json();
    }

    private long newTable() {
        lastYear();
        String body = "{\"orgId\":" + bureau + ",\"project\":\"" + project() + "\",\"year\":2025,\"copyLastYear\":true,"
                + "\"library\":[\"national-20\"],\"indicators\":[{\"level1\":\"产出指标\",\"level2\":\"数量指标\","
                + "\"name\":\"医保基金飞行检查次数\",\"target\":\"≥2次\"}]}";
        return ok(filler.post("/api/v1/targets", body), 201).get("id").asLong();
    }

    @Test
    void theLibraryIsSearchableAcrossItsThreeSetsWithUnitDirectionDefinitionAndSource() {
        JsonNode items = ok(filler.get("/api/v1/indicator-library?q=" + enc("满意度")), 200).get("items");
        List<String> sets = new ArrayList<>();
        items.forEach(i -> sets.add(i.get("set").asString()));
        assertThat(sets).contains("national", "sichuan");
        JsonNode first = items.get(0);
        assertThat(first.get("level1").asString()).isEqualTo("满意度指标");
        assertThat(first.get("unit").asString()).isEqualTo("%");
        assertThat(first.get("direction").asString()).isEqualTo("GE");
        assertThat(first.get("definition").asString()).isNotBlank();
        assertThat(first.get("source").asString()).contains("大连市医疗保障局");
        JsonNode linyi = ok(filler.get("/api/v1/indicator-library?set=linyi&q=" + enc("培训")), 200).get("items");
        assertThat(linyi.size()).isEqualTo(1);
        assertThat(linyi.get(0).get("name").asString()).isEqualTo("年度培训人次");
        assertThat(linyi.get(0).get("unit").asString()).isEqualTo("人次");
        assertThat(ok(filler.get("/api/v1/indicator-library"), 200).get("items").size()).isEqualTo(61);
    }

    @Test
    void aNewTableComesFromLastYearsCopyTheLibraryAndAFreeHandRowAndRefusesBadInputWhole() {
        long before = jdbc.sql("select count(*) from scorecard").query(Long.class).single();
        JsonNode bad = ok(filler.post("/api/v1/targets", "{\"orgId\":" + bureau + ",\"year\":2025,\"library\":[\"nope-1\"],"
                + "\"indicators\":[{\"target\":\"≥1次\"}]}"), 400);
        assertThat(bad.toString()).contains("project", "library[0]", "indicators[0].name", "三级指标名称不能为空");
        assertThat(ok(filler.post("/api/v1/targets", "{\"orgId\":" + bureau + ",\"project\":\"x\",\"year\":2025,\"copyLastYear\":true}"), 400)
                .toString()).contains("copyLastYear", "2024");
        assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(before);

        long id = newTable();
        JsonNode t = ok(filler.get("/api/v1/scorecards/" + id), 200);
        assertThat(t.get("status").asString()).isEqualTo("DRAFT");
        assertThat(t.get("orgId").asLong()).isEqualTo(bureau);
        JsonNode rows = t.get("indicators");
        assertThat(rows.size()).isEqualTo(14); // 12 copied + 1 from the library + 1 free-hand
        assertThat(rows.get(0).get("target").asString()).isEqualTo("≥4次");
        assertThat(rows.get(0).get("actual").isNull()).isTrue(); // last year's results are not copied
        // each added row joins its category (issue 11: categories stay contiguous): the free-hand 产出 row after the
        // copied 产出 rows, the library's 满意度 row after the copied 满意度 row
        assertThat(rows.get(8).get("name").asString()).isEqualTo("医保基金飞行检查次数");
        assertThat(rows.get(13).get("name").asString()).isEqualTo("参保人员对医保服务的满意度");
        assertThat(rows.get(13).get("definition").asString()).isNotBlank();
        assertThat(t.get("region").asString()).isEqualTo("四川省");
        // another unit's org is not the filler's to fill
        long dalian = orgs.byName("大连市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        assertThat(filler.post("/api/v1/targets", "{\"orgId\":" + dalian + ",\"project\":\"p\",\"year\":2025}").status()).isEqualTo(404);
    }

    @Test
    void theChecksNameTheIndicatorsAndADuplicateBlocksSubmission() {
        long id = newTable();
        JsonNode checks = ok(filler.get("/api/v1/targets/" + id + "/checks"), 200);
        assertThat(checks.get("blocking").asBoolean()).isFalse();
        String all = checks.get("findings").toString();
        // last year's actual was 8 events against a target of ≥4: copying ≥4 sets the bar below what was done
        assertThat(all).contains("BELOW_LAST_YEAR", "开展全域医保政策宣传活动次数", "上年实际8");
        assertThat(all).contains("VAGUE_TARGET", "跨省异地就医直接结算率", "有所提高");

        long version = ok(filler.get("/api/v1/scorecards/" + id), 200).get("version").asLong();
        ok(filler.post("/api/v1/targets/" + id + "/indicators", "{\"version\":" + version + ",\"library\":[\"sichuan-1\"]}"), 200);
        JsonNode dup = ok(filler.get("/api/v1/targets/" + id + "/checks"), 200);
        assertThat(dup.get("blocking").asBoolean()).isTrue();
        JsonNode refused = ok(filler.post("/api/v1/scorecards/" + id + "/submit", ""), 409);
        assertThat(refused.toString()).contains("indicators[9]", "开展全域医保政策宣传活动次数", "重复");
        assertThat(ok(filler.get("/api/v1/scorecards/" + id), 200).get("status").asString()).isEqualTo("DRAFT");
    }

    /** Submit, return with a comment, resubmit, approve: the same workflow as every scorecard. */
    private long approvedTable() {
        long id = newTable();
        ok(filler.post("/api/v1/scorecards/" + id + "/submit", ""), 200);
        ok(reviewer.post("/api/v1/scorecards/" + id + "/return", "{\"comment\":\"请补充满意度调查方式\"}"), 200);
        assertThat(ok(filler.get("/api/v1/scorecards/" + id), 200).get("reviewComment").asString()).isEqualTo("请补充满意度调查方式");
        ok(filler.post("/api/v1/scorecards/" + id + "/submit", ""), 200);
        ok(reviewer.post("/api/v1/scorecards/" + id + "/approve", ""), 200);
        return id;
    }

    private String round(int month, String paid, String note, String entries) {
        return "{\"month\":" + month + ",\"paid\":" + paid + ",\"committed\":40" + (note == null ? "" : ",\"note\":\"" + note + "\"")
                + ",\"entries\":[" + entries + "]}";
    }

    @Test
    void aMonitoringRoundNeedsReasonsForItsRedLightsAndExportsAndRollsUp() {
        long id = approvedTable();
        String row0 = "{\"indicator\":0,\"progress\":\"1次\",\"expected\":\"4次\",\"possibility\":\"有可能\"}";
        String rest = ",{\"indicator\":1,\"progress\":\"3次\",\"expected\":\"5次\",\"possibility\":\"确定能\"}"
                + ",{\"indicator\":3,\"progress\":\"95%\",\"expected\":\"100%\",\"possibility\":\"确定能\"}";
        // month 5 is no round of 四川; the red budget needs a note and the red indicator a reason and a measure
        JsonNode bad = ok(filler.post("/api/v1/scorecards/" + id + "/monitoring", round(5, "100", null, row0 + rest)), 400);
        assertThat(bad.toString()).contains("month");
        bad = ok(filler.post("/api/v1/scorecards/" + id + "/monitoring", round(7, "100", null, row0 + rest)), 400);
        assertThat(bad.toString()).contains("\"note\"", "entries[0].reason", "entries[0].measure", "开展全域医保政策宣传活动次数");
        assertThat(jdbc.sql("select count(*) from monitoring_round").query(Long.class).single()).isZero();

        String fixed = "{\"indicator\":0,\"progress\":\"1次\",\"expected\":\"4次\",\"possibility\":\"有可能\","
                + "\"reason\":\"上半年疫情防控，集中宣传活动暂停\",\"measure\":\"8月起每月一次进社区宣传\"}";
        JsonNode r = ok(filler.post("/api/v1/scorecards/" + id + "/monitoring",
                round(7, "100", "资金于6月下达，合同已签订待支付", fixed + rest)), 201);
        // 100 of 320 paid by July: 31.25 % against a time schedule of 58.33 % → 53.57 → red
        assertThat(r.get("ratePercent").decimalValue()).isEqualByComparingTo("31.25");
        assertThat(r.get("budgetRatio").decimalValue()).isEqualByComparingTo("53.57");
        assertThat(r.get("budgetLight").asString()).isEqualTo("RED");
        JsonNode e = r.get("entries");
        assertThat(e.get(0).get("light").asString()).isEqualTo("RED");     // 1 of a pro-rata 2.33
        assertThat(e.get(0).get("ratio").decimalValue()).isEqualByComparingTo("42.86");
        assertThat(e.get(1).get("light").asString()).isEqualTo("BLUE");    // 3 of 2.33 → 128.57 %
        assertThat(e.get(2).get("light").asString()).isEqualTo("GREEN");   // a rate is compared directly: 95 of 100
        // each light explains itself in Chinese and English, the data (progress, target) as written in both
        assertThat(e.get(0).get("explanation").get("zh").asString()).isEqualTo("进度 1次 ÷ 序时目标 2.33 = 42.86%");
        assertThat(e.get(0).get("explanation").get("en").asString()).isEqualTo("progress “1次” / pro-rata target 2.33 = 42.86%");
        assertThat(e.get(2).get("explanation").get("en").asString()).isEqualTo("progress “95%” / target “100%” = 95.00%");
        // the monitoring page in English shows the English reason, no Chinese sentence of ours (data stays as written)
        var enPage = org.jsoup.Jsoup.parse(filler.get("/monitoring/" + id + "?lang=en").body());
        assertThat(enPage.select("td .explanation").eachText()).contains("progress “1次” / pro-rata target 2.33 = 42.86%")
                .allSatisfy(t -> assertThat(t.replaceAll("\\d+(\\.\\d+)?[次%]|≥\\d+(\\.\\d+)?%|≥\\d+次", "")).doesNotContainPattern("\\p{IsHan}"));
        assertThat(org.jsoup.Jsoup.parse(filler.get("/monitoring/" + id).body()).select("td .explanation").eachText())
                .contains("进度 1次 ÷ 序时目标 2.33 = 42.86%");
        // a round recorded before the English was kept: the Chinese as stored, an English said from the light and ratio
        jdbc.sql("update monitoring_entry set explanation_en = null").update();
        JsonNode old = ok(filler.get("/api/v1/scorecards/" + id + "/monitoring"), 200);
        assertThat(old.toString()).contains("进度 1次 ÷ 序时目标 2.33 = 42.86%", "red, progress 42.86 % of what is due by now");
        assertThat(ok(filler.post("/api/v1/scorecards/" + id + "/monitoring", round(7, "100", "x", fixed)), 409).toString())
                .contains("1–7月");
        // the 操作日志 words the round in the page's language only (it is kept in none)
        var log = org.jsoup.Jsoup.parse(filler.get("/scorecards/" + id + "/history").body()).select("#history").text();
        assertThat(log).contains("运行监控 1–7月", "实际支付 100 万元，预算执行红灯，红灯指标 1 项").doesNotContain("paid", "monitoring[");
        var logEn = org.jsoup.Jsoup.parse(filler.get("/scorecards/" + id + "/history?lang=en").body()).select("#history").text();
        assertThat(logEn).contains("Monitoring, months 1–7", "paid 100 (10k yuan), budget light red, red indicators: 1")
                .doesNotContain("红灯", "实际支付", "monitoring[");

        long roundId = r.get("id").asLong();
        Http.Response xlsx = finance.get("/api/v1/scorecards/" + id + "/monitoring/" + roundId + "/export?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        byte[] pdf = finance.get("/api/v1/scorecards/" + id + "/monitoring/" + roundId + "/export?format=pdf").body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(outsider.get("/api/v1/scorecards/" + id + "/monitoring").status()).isEqualTo(404);

        JsonNode up = ok(reviewer.get("/api/v1/monitoring/rollup?region=" + city + "&year=2025"), 200);
        assertThat(up.get("total").get("units").asLong()).isEqualTo(1);
        assertThat(up.get("total").get("paid").decimalValue()).isEqualByComparingTo("100");
        assertThat(up.get("total").get("red").asLong()).isEqualTo(1);
        assertThat(up.get("total").get("budgetRed").asLong()).isEqualTo(1);
        assertThat(up.get("children").get(0).get("name").asString()).isEqualTo("遂宁市医疗保障局");
        assertThat(ok(outsider.get("/api/v1/monitoring/rollup?region=" + city + "&year=2025"), 404)).isNotNull();
    }

    /** The xlsx body of a GET as the given user, as text cell by cell ("|" between cells). */
    private String xlsxText(String user, String path) throws Exception {
        java.net.http.HttpResponse<byte[]> x = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(filler.base() + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":jixiao-demo").getBytes())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(x.statusCode()).as(new String(x.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            StringBuilder text = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> text.append(c.toString()).append('|')));
            return text.toString();
        }
    }

    @Test
    void theCitysRoundsRollUpIndicatorByIndicatorLikeTheSelfEvaluationOnTheApiThePageAndTheOfficialForm() throws Exception {
        long id = approvedTable(); // 遂宁市医疗保障局, 全年预算 320
        String fixed = "{\"indicator\":0,\"progress\":\"1次\",\"expected\":\"4次\",\"possibility\":\"有可能\","
                + "\"reason\":\"上半年疫情防控，集中宣传活动暂停\",\"measure\":\"8月起每月一次进社区宣传\"}";
        String rest = ",{\"indicator\":1,\"progress\":\"3次\",\"expected\":\"5次\",\"possibility\":\"确定能\"}"
                + ",{\"indicator\":3,\"progress\":\"95%\",\"expected\":\"100%\",\"possibility\":\"确定能\"}";
        ok(filler.post("/api/v1/scorecards/" + id + "/monitoring", round(7, "100", "资金于6月下达", fixed + rest)), 201);
        // 船山区医疗保障局, a unit of the city's 船山区: the same fund, 全年预算 80, its own 1–7月 round
        long chuanshan = orgs.byName("船山区医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        Scorecard cs = new Scorecard(s.form(), s.title(), 2025, project(), "船山区医疗保障局", s.competentDepartment(), "四川省",
                new org.jixiao.scorecard.Budget("万元", null, new java.math.BigDecimal("80"), null, null, List.of()), s.overallGoal(),
                s.indicators().stream().map(Rows::copied).toList());
        long csId = scorecards.create(cs, chuanshan, null, null).id();
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", csId).update();
        Http csFiller = Http.as(port, "chuanshan-filler", DemoAccounts.PASSWORD);
        ok(csFiller.post("/api/v1/scorecards/" + csId + "/monitoring", round(7, "60", null,
                "{\"indicator\":0,\"progress\":\"2次\",\"expected\":\"4次\",\"possibility\":\"确定能\"}"
                        + ",{\"indicator\":3,\"progress\":\"85%\",\"expected\":\"100%\",\"possibility\":\"确定能\"}")), 201);

        JsonNode up = ok(reviewer.get("/api/v1/monitoring/rollup/indicators?region=" + city + "&year=2025&month=7"), 200);
        JsonNode fund = up.get("funds").get(0);
        assertThat(up.get("funds").size()).isEqualTo(1);
        assertThat(fund.get("project").asString()).isEqualTo(project());
        assertThat(fund.get("units").asInt()).isEqualTo(2);
        // money: 160 of 400 paid = 40 % at 58.33 % of the year → 68.57 → yellow
        assertThat(fund.get("planned").decimalValue()).isEqualByComparingTo("400");
        assertThat(fund.get("paid").decimalValue()).isEqualByComparingTo("160");
        assertThat(fund.get("ratePercent").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(fund.get("budgetLight").asString()).isEqualTo("YELLOW");
        JsonNode lines = fund.get("lines");
        assertThat(lines.size()).isEqualTo(14); // the region's rows: the first unit's table (the city holds none)
        // a count is summed: 1次 + 2次 = 3次 against a pro-rata 2.33 → blue; one unit red, one green
        JsonNode campaigns = lines.get(0);
        assertThat(campaigns.get("name").asString()).isEqualTo("开展全域医保政策宣传活动次数");
        assertThat(campaigns.get("kind").asString()).isEqualTo("ABSOLUTE");
        assertThat(campaigns.get("progress").asString()).isEqualTo("3次");
        assertThat(campaigns.get("expected").asString()).isEqualTo("8次");
        assertThat(campaigns.get("light").asString()).isEqualTo("BLUE");
        assertThat(campaigns.get("explanation").get("zh").asString()).startsWith("进度 3次 ÷ 序时目标");
        assertThat(campaigns.get("explanation").get("en").asString()).startsWith("progress “3次” / pro-rata target");
        assertThat(fund.get("budgetExplanation").get("en").asString()).startsWith("execution 40.00%, time progress 58.33%");
        assertThat(campaigns.get("red").asLong()).isEqualTo(1);   // 遂宁: 1 of 2.33
        assertThat(campaigns.get("green").asLong()).isEqualTo(1); // 船山区: 2 of 2.33 = 85.71 %
        assertThat(campaigns.get("yellow").asLong()).isZero();
        // a rate is fund-weighted: (320 × 95 + 80 × 85) ÷ 400 = 93 %
        JsonNode coverage = lines.get(3);
        assertThat(coverage.get("kind").asString()).isEqualTo("RELATIVE");
        assertThat(coverage.get("progress").asString()).startsWith("93");
        assertThat(coverage.get("contributions").size()).isEqualTo(2);
        // a row only Suining reported: 船山区 is missing, not counted as 0
        JsonNode meetings = lines.get(1);
        assertThat(meetings.get("progress").asString()).isEqualTo("3次");
        assertThat(meetings.get("missing").toString()).contains("船山区医疗保障局");

        // the page shows it; the official form exports it
        String page = reviewer.get("/monitoring?region=" + city + "&year=2025&month=7").body();
        assertThat(page).contains("id=\"mon-indicators\"", "开展全域医保政策宣传活动次数", "3次", "按资金加权平均");
        // each line's reason and the money's in the page's language
        var zhLines = org.jsoup.Jsoup.parse(page).select("#mon-indicators .explanation").eachText();
        assertThat(zhLines).contains("执行率 40.00%，序时进度 58.33%，比值 68.57").anyMatch(t -> t.startsWith("进度 3次 ÷ 序时目标"));
        var enLines = org.jsoup.Jsoup.parse(reviewer.get("/monitoring?region=" + city + "&year=2025&month=7&lang=en").body())
                .select("#mon-indicators .explanation").eachText();
        assertThat(enLines).contains("execution 40.00%, time progress 58.33%, ratio 68.57")
                .anyMatch(t -> t.startsWith("progress “3次” / pro-rata target"));
        String xlsx = xlsxText("suining-reviewer", "/api/v1/monitoring/rollup/export?region=" + city + "&year=2025&month=7&format=xlsx");
        assertThat(xlsx).contains("2025年度项目支出绩效运行监控表（1–7月，遂宁市汇总）", "遂宁市（2个单位汇总）", "400.00", "160.00", "40.00%",
                "开展全域医保政策宣传活动次数", "3次", "8次", "蓝灯", "黄灯", "各单位预警：红灯1、黄灯0、绿灯1");
        Http.Response pdf = reviewer.get("/api/v1/monitoring/rollup/export?region=" + city + "&year=2025&month=7&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        // outside the caller's scope the region does not exist; a region without rounds has nothing to export
        assertThat(outsider.get("/api/v1/monitoring/rollup/indicators?region=" + city + "&year=2025").status()).isEqualTo(404);
        assertThat(reviewer.get("/api/v1/monitoring/rollup/export?region=" + city + "&year=2024&format=xlsx").status()).isEqualTo(404);
    }

    @Test
    void theXlsxExportIsTheOfficialMonitoringForm() throws Exception {
        long id = approvedTable();
        String entry = "{\"indicator\":12,\"progress\":\"92%\",\"expected\":\"≥90%\",\"possibility\":\"确定能\"}";
        long roundId = ok(filler.post("/api/v1/scorecards/" + id + "/monitoring", round(7, "200", null, entry)), 201).get("id").asLong();
        java.net.http.HttpResponse<byte[]> x = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(filler.base() + "/api/v1/scorecards/" + id + "/monitoring/" + roundId + "/export?format=xlsx"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("suining-filler:jixiao-demo".getBytes())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年度项目支出绩效运行监控表（1–7月）");
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(c -> text.append(c.toString()).append('|')));
            assertThat(text).contains("全年预算数(A)", "1–7月执行数(B)", "320.00", "200.00", "62.50%", "完成目标可能性",
                    "参保人员对医保服务满意度", "92%", "确定能", "绿灯");
        }
    }

    @Test
    void aDepartmentsApprovedTargetsStartADepartmentSelfEvaluation() {
        String body = "{\"orgId\":" + bureau + ",\"project\":\"部门整体支出\",\"year\":2025,\"kind\":\"DEPARTMENT\","
                + "\"indicators\":[{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"医保基金飞行检查次数\",\"target\":\"≥2次\"}]}";
        long id = ok(filler.post("/api/v1/targets", body), 201).get("id").asLong();
        assertThat(scorecards.require(id).scorecard().form()).isEqualTo("department-targets");
        ok(filler.post("/api/v1/scorecards/" + id + "/submit", ""), 200);
        ok(reviewer.post("/api/v1/scorecards/" + id + "/approve", ""), 200);
        assertThat(filler.post("/api/v1/targets/" + id + "/self-evaluation", "").status()).isEqualTo(201);
        long se = jdbc.sql("select scorecard_id from self_evaluation_of where target_id = :t").param("t", id).query(Long.class).single();
        JsonNode st = ok(filler.get("/api/v1/scorecards/" + se), 200);
        // a department's year end is its 部门整体绩效自评表, still of the department's kind (not a project's)
        assertThat(st.get("form").asString()).isEqualTo("department-self-evaluation");
        assertThat(st.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(st.get("title").asString()).isEqualTo("2025年度部门整体绩效自评表");
    }

    @Test
    void atYearEndTheSelfEvaluationIsScoredAgainstTheApprovedTargetsAndExecutionAgainstCashPaid() {
        long id = approvedTable();
        ok(filler.post("/api/v1/scorecards/" + id + "/monitoring", round(12, "100", "年底集中支付未完成", "")), 201);
        assertThat(filler.post("/api/v1/targets/" + id + "/self-evaluation", "").status()).isEqualTo(201);
        assertThat(filler.post("/api/v1/targets/" + id + "/self-evaluation", "").status()).isEqualTo(409); // one per table
        long se = jdbc.sql("select scorecard_id from self_evaluation_of where target_id = :t").param("t", id).query(Long.class).single();
        JsonNode st = ok(filler.get("/api/v1/scorecards/" + se), 200);
        // the unit writes its results — and, trying its luck, a lower target for the first row
        Scorecard s = scorecards.require(se).scorecard();
        List<org.jixiao.scorecard.Indicator> rows = new ArrayList<>();
        for (int i = 0; i < s.indicators().size(); i++) {
            var r = s.indicators().get(i).withActual(i == 0 ? "2次" : Fixtures.seed(Seeds.SUINING).indicators().size() > i
                    ? Fixtures.seed(Seeds.SUINING).indicators().get(i).actual() : "3次");
            rows.add(i == 0 ? Rows.withTarget(r, "≥1次") : r);
        }
        Scorecard filled = new Scorecard(s.form(), s.title(), s.year(), s.project(), s.unit(), s.competentDepartment(), s.region(),
                new org.jixiao.scorecard.Budget("万元", null, new java.math.BigDecimal("320"), new java.math.BigDecimal("300"), null, List.of()),
                s.overallGoal(), rows);
        Http.Response put = filler.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(filler.base() + "/api/v1/scorecards/" + se))
                .header("Content-Type", "application/json").header("If-Match", String.valueOf(st.get("version").asLong()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Fixtures.json(filled))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        JsonNode y = ok(finance.get("/api/v1/targets/" + id + "/self-evaluation"), 200);
        JsonNode changed = y.get("changedTargets");
        assertThat(changed.size()).isEqualTo(1);
        assertThat(changed.get(0).get("approved").asString()).isEqualTo("≥4次");
        assertThat(changed.get(0).get("written").asString()).isEqualTo("≥1次");
        JsonNode first = y.get("evaluation").get("indicators").get(0);
        // 2 events against the approved ≥4: half the weight, not the full marks ≥1 would give
        assertThat(first.get("score").decimalValue()).isLessThan(first.get("weight").decimalValue());
        assertThat(first.get("explanation").get("zh").asString()).contains("4");
        assertThat(y.get("notes").toString()).contains("EXECUTION_ABOVE_PAID", "300.00", "93.75%", "100.00", "31.25%");
    }

    @Test
    void dalianReportedAllOf924AsExecutedWhileMonitoringRecordedOnly26735Paid() {
        long dalianBureau = orgs.byName("大连市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        long id = scorecards.create(Fixtures.submittable(Seeds.DALIAN), dalianBureau, null, null).id();
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();
        Http dalian = Http.as(port, "dalian-filler", DemoAccounts.PASSWORD);
        JsonNode r = ok(dalian.post("/api/v1/scorecards/" + id + "/monitoring",
                "{\"month\":12,\"paid\":267.35,\"committed\":656.65,\"note\":\"合同已签订，余款次年支付\"}"), 201);
        assertThat(r.get("budgetLight").asString()).isEqualTo("RED");
        JsonNode check = ok(dalian.get("/api/v1/scorecards/" + id + "/monitoring"), 200).get("paidCheck");
        assertThat(check.get("reported").decimalValue()).isEqualByComparingTo("924");
        assertThat(check.get("reportedRatePercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(check.get("paid").decimalValue()).isEqualByComparingTo("267.35");
        assertThat(check.get("paidRatePercent").decimalValue()).isEqualByComparingTo("28.93");
        assertThat(check.get("zh").asString()).contains("924.00", "100.00%", "267.35", "28.93%");
        // the monitoring page shows it too, in the page's language
        assertThat(org.jsoup.Jsoup.parse(dalian.get("/monitoring/" + id).body()).select("#paid-check").text())
                .contains("上报全年执行数 924.00 万元（执行率 100.00%）", "267.35", "28.93%");
        assertThat(org.jsoup.Jsoup.parse(dalian.get("/monitoring/" + id + "?lang=en").body()).select("#paid-check").text())
                .contains("reported execution 924.00 (rate 100.00%)", "267.35", "28.93%").doesNotContain("上报", "万元");
    }

    @Test
    void evidenceIsCheckedKeptWithItsHashDownloadableInScopeAndAudited() throws Exception {
        long id = approvedTable();
        byte[] pdf = ("%PDF-1.4\n% 遂宁市医保宣传活动签到表\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var up = filler.send(Multipart.post(filler.base() + "/api/v1/scorecards/" + id + "/evidence", "宣传活动签到表.pdf", pdf,
                Map.of("indicator", "0")));
        JsonNode e = ok(up, 201);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(e.get("sha256").asString()).isEqualTo(sha);
        assertThat(e.get("indicator").asInt()).isZero();
        assertThat(e.get("contentType").asString()).isEqualTo("application/pdf");

        byte[] exe = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};
        JsonNode bad = ok(filler.send(Multipart.post(filler.base() + "/api/v1/scorecards/" + id + "/evidence", "report.pdf", exe, Map.of())), 400);
        assertThat(bad.toString()).contains("report.pdf", "PDF");
        assertThat(ok(finance.get("/api/v1/scorecards/" + id + "/evidence"), 200).size()).isEqualTo(1);

        long eid = e.get("id").asLong();
        java.net.http.HttpResponse<byte[]> d = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(finance.base() + "/api/v1/scorecards/" + id + "/evidence/" + eid))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("suining-finance:jixiao-demo".getBytes())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(d.statusCode()).isEqualTo(200);
        assertThat(d.body()).isEqualTo(pdf);
        assertThat(outsider.get("/api/v1/scorecards/" + id + "/evidence/" + eid).status()).isEqualTo(404);
        String history = ok(finance.get("/api/v1/scorecards/" + id + "/history"), 200).toString();
        assertThat(history).contains("EVIDENCE_UPLOAD", "EVIDENCE_DOWNLOAD", sha);
        // … and on the 操作日志 page: which indicator the file is evidence for, by 序号 and name, never a field path
        var log = org.jsoup.Jsoup.parse(finance.get("/scorecards/" + id + "/history").body()).select("#history").text();
        assertThat(log).contains("上传佐证材料", "下载佐证材料", "第1项「开展全域医保政策宣传活动次数」的佐证材料", "宣传活动签到表.pdf")
                .doesNotContain("evidence:", "indicators[");
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8); }
}
