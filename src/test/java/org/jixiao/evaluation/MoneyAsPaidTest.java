package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
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
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, money as paid, in the regular 绩效自评: Dalian reported 执行数 924 of 924 while its monitoring recorded
 * 267.35 paid; the stored evaluation, {@code POST …/evaluation} and the evaluation page show both figures and the
 * execution rate on each basis (reported 100.00 %, paid 28.93 %), without changing the score.
 */
@JixiaoTest
class MoneyAsPaidTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    @Autowired Evaluations evaluations;
    Http dalian;
    long id;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        dalian = Http.as(port, "dalian-filler", DemoAccounts.PASSWORD);
        long bureau = orgs.byName("大连市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        id = scorecards.create(Fixtures.submittable(Seeds.DALIAN), bureau, null, null).id();
        // monitoring watches approved tables
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update();
    }

    private static JsonNode paidFinding(JsonNode evaluation) {
        for (JsonNode f : evaluation.get("findings")) if (f.get("code").asString().equals("EXECUTION_ABOVE_PAID")) return f;
        return null;
    }

    @Test
    void aRoundOf26735PaidShowsReportedOneHundredAndPaid2893PercentInTheStoredEvaluation() {
        StoredEvaluation before = evaluations.current(id).orElseThrow();
        assertThat(paidFinding(dalian.post("/api/v1/scorecards/" + id + "/evaluation", "").json()))
                .as("no monitoring yet: no finding").isNull();

        Http.Response round = dalian.post("/api/v1/scorecards/" + id + "/monitoring",
                "{\"month\":7,\"paid\":267.35,\"committed\":656.65,\"note\":\"合同已签订，余款次年支付\"}");
        assertThat(round.status()).as(round.body()).isEqualTo(201);

        // the stored evaluation: the finding with both figures and both rates, the scores as they were
        StoredEvaluation now = evaluations.current(id).orElseThrow();
        assertThat(now.reason()).isEqualTo("MONITORING");
        assertThat(now.total()).isEqualByComparingTo(before.total());
        assertThat(now.rulesId()).isEqualTo(before.rulesId());
        assertThat(now.rulesVersion()).isEqualTo(before.rulesVersion());
        assertThat(now.view().indicators()).isEqualTo(before.view().indicators());
        assertThat(evaluations.history(id)).extracting(StoredEvaluation::reason).containsExactly("MONITORING", "CREATE");
        var stored = now.view().findings().stream().filter(f -> f.code().equals("EXECUTION_ABOVE_PAID")).toList();
        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.zh()).contains("924.00", "100.00%", "267.35", "28.93%");
            assertThat(f.en()).contains("924.00", "100.00%", "267.35", "28.93%");
        });

        // POST …/evaluation answers with it
        JsonNode api = paidFinding(dalian.post("/api/v1/scorecards/" + id + "/evaluation", "").json());
        assertThat(api).isNotNull();
        assertThat(api.get("zh").asString()).contains("924.00", "100.00%", "267.35", "28.93%");

        // the evaluation page, in Chinese and in English
        String zh = dalian.get("/scorecards/" + id + "/evaluation").body();
        assertThat(zh).contains("上报全年执行数 924.00 万元（执行率 100.00%）", "267.35", "28.93%");
        String en = dalian.get("/scorecards/" + id + "/evaluation?lang=en").body();
        assertThat(en).contains("reported execution 924.00 (rate 100.00%)", "28.93% as paid");

        // the year's last round, with everything paid, takes the finding away (again without re-scoring)
        long rows = evaluations.history(id).size();
        Http.Response last = dalian.post("/api/v1/scorecards/" + id + "/monitoring", "{\"month\":12,\"paid\":924,\"committed\":0}");
        assertThat(last.status()).as(last.body()).isEqualTo(201);
        assertThat(paidFinding(dalian.post("/api/v1/scorecards/" + id + "/evaluation", "").json())).isNull();
        assertThat(evaluations.history(id)).hasSize((int) rows + 1);
        assertThat(evaluations.current(id).orElseThrow().total()).isEqualByComparingTo(before.total());
    }

    @Test
    void aSaveAfterTheRoundKeepsTheFindingInTheNewEvaluation() {
        dalian.post("/api/v1/scorecards/" + id + "/monitoring", "{\"month\":7,\"paid\":267.35,\"committed\":656.65,"
                + "\"note\":\"合同已签订，余款次年支付\"}");
        // a new evaluation of the content (as on a save) finds it again from the monitoring rows
        StoredEvaluation saved = evaluations.record(id, "SAVE");
        assertThat(saved.view().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("EXECUTION_ABOVE_PAID");
            assertThat(f.zh()).contains("100.00%", "28.93%", "1–7月");
        });
    }
}
