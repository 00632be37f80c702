package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 运行监控待填报: which round is due when (the region's cut-off months of monitoring/rules.properties), and the home
 * page's 待办 of a 填报人 listing an approved table whose due round is missing — until it is recorded.
 */
@JixiaoTest
class MonitoringDueTest {
    private static final MonitoringRules RULES = MonitoringRules.standard();
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;

    @Test
    void theDueRoundIsTheLatestCutOffThatHasEndedOrLastYearsWholeYear() {
        // 四川 (3,6,7,9,12): on 5 August 2025 the 1–7月 round is due, on 15 July the 1–6月 one, in February nothing yet
        assertThat(RULES.due("四川省", 2025, LocalDate.of(2025, 8, 5))).contains(7);
        assertThat(RULES.due("四川省", 2025, LocalDate.of(2025, 7, 15))).contains(6);
        assertThat(RULES.due("四川省", 2025, LocalDate.of(2025, 2, 10))).isEmpty();
        // nationally (7,12): the central 1–7月 round from August on
        assertThat(RULES.due(null, 2025, LocalDate.of(2025, 7, 31))).isEmpty();
        assertThat(RULES.due(null, 2025, LocalDate.of(2025, 12, 31))).contains(7);
        // last year's table: the whole year (the cash paid, against which the year-end 执行数 is checked)
        assertThat(RULES.due("湖北省", 2024, LocalDate.of(2025, 3, 1))).contains(12);
        // next year's targets and old tables: nothing
        assertThat(RULES.due("四川省", 2026, LocalDate.of(2025, 12, 1))).isEmpty();
        assertThat(RULES.due("四川省", 2022, LocalDate.of(2025, 12, 1))).isEmpty();
    }

    @Test
    void aFillersHomePageListsTheApprovedTableWhoseDueRoundIsMissingUntilItIsRecorded() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        // last year's Suining table, approved: its 1–12月 round is due whatever today's date
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        Scorecard s = Fixtures.submittable(Seeds.SUINING);
        long id = scorecards.create(new Scorecard(s.form(), s.title(), year, s.project(), s.unit(), s.competentDepartment(), "四川省",
                s.budget(), s.overallGoal(), s.indicators()), bureau, null, null).id();
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        assertThat(filler.get("/").body()).doesNotContain("运行监控待填报"); // a draft is not monitored
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();

        String home = filler.get("/").body();
        assertThat(home).contains("运行监控待填报", "href=\"/monitoring/" + id + "\"", "1–12月的监控尚未填报", "遂宁市医疗保障局");
        assertThat(Http.as(port, "suining-filler", DemoAccounts.PASSWORD).get("/?lang=en").body()).contains("Monitoring due");
        // the reviewer records no rounds; another city's filler does not see Suining's table
        assertThat(Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD).get("/").body()).doesNotContain("运行监控待填报");
        assertThat(Http.as(port, "dalian-filler", DemoAccounts.PASSWORD).get("/").body()).doesNotContain("/monitoring/" + id);

        var recorded = filler.post("/api/v1/scorecards/" + id + "/monitoring",
                "{\"month\":12,\"paid\":" + new BigDecimal("261.75") + ",\"committed\":0}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(filler.get("/").body()).doesNotContain("运行监控待填报");
    }

    @Test
    void aTableWithoutItsOwnRegionFollowsTheRulesOfTheProvinceItsOrgLiesIn() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        // the seeds name no 地区: Dalian's table follows 辽宁 (monthly), Suining's 四川 (quarterly and 1–7月)
        long dalian = approved(Seeds.DALIAN, "大连市医疗保障局", year);
        long suining = approved(Seeds.SUINING, "遂宁市医疗保障局", year);
        Http dalianFiller = Http.as(port, "dalian-filler", DemoAccounts.PASSWORD);
        Http suiningFiller = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        assertThat(dalianFiller.get("/api/v1/scorecards/" + dalian + "/monitoring").json().get("months").toString())
                .isEqualTo("[1,2,3,4,5,6,7,8,9,10,11,12]");
        assertThat(suiningFiller.get("/api/v1/scorecards/" + suining + "/monitoring").json().get("months").toString())
                .isEqualTo("[3,6,7,9,12]");
        String may = "{\"month\":5,\"paid\":400,\"committed\":0,\"note\":\"按合同进度支付\"}";
        var monthly = dalianFiller.post("/api/v1/scorecards/" + dalian + "/monitoring", may);
        assertThat(monthly.status()).as(monthly.body()).isEqualTo(201);
        var quarterly = suiningFiller.post("/api/v1/scorecards/" + suining + "/monitoring", may);
        assertThat(quarterly.status()).as(quarterly.body()).isEqualTo(400);
        assertThat(quarterly.body()).contains("1–3月、1–6月、1–7月、1–9月、1–12月", "四川省");
        // the page offers the region's months; the 待办 asks for the round the region's cadence makes due
        assertThat(dalianFiller.get("/monitoring/" + dalian).body()).contains("<option value=\"5\"");
        assertThat(suiningFiller.get("/monitoring/" + suining).body()).doesNotContain("<option value=\"5\"");
        RULES.due("辽宁省", year, LocalDate.now(ZoneId.of("Asia/Shanghai"))).filter(m -> m != 5).ifPresent(m ->
                assertThat(dalianFiller.get("/").body()).contains("1–" + m + "月的监控尚未填报"));
    }

    private long approved(String seed, String bureau, int year) {
        long org = orgs.byName(bureau, Scope.EVERYTHING).orElseThrow().id();
        Scorecard s = Fixtures.submittable(seed);
        long id = scorecards.create(new Scorecard(s.form(), s.title(), year, s.project(), s.unit(), s.competentDepartment(), null,
                s.budget(), s.overallGoal(), s.indicators()), org, null, null).id();
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();
        return id;
    }
}
