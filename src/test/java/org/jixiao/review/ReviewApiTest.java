package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** The workflow over HTTP, as the people who do it: 遂宁's 填报人 fills and submits, its 审核人 reviews. */
@JixiaoTest
class ReviewApiTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    Http filler, reviewer, finance, anonymous;
    long bureau, city;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
        finance = Http.as(port, "suining-finance", DemoAccounts.PASSWORD);
        anonymous = Http.anonymous(port);
        bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        city = orgs.byName("遂宁市", Scope.EVERYTHING).orElseThrow().id();
    }

    private long created(Http as, String json) {
        Http.Response r = as.post("/api/v1/scorecards", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private String status(long id) { return filler.get("/api/v1/scorecards/" + id).json().get("status").asString(); }

    @Test
    void aFillersScorecardGoesThroughReturnResubmissionApprovalAndPublication() {
        long id = created(filler, Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        assertThat(filler.get("/api/v1/scorecards/" + id).json().get("orgId").asLong()).isEqualTo(bureau);

        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(409); // still a draft
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(409); // twice

        Http.Response noComment = reviewer.post("/api/v1/scorecards/" + id + "/return", "{}");
        assertThat(noComment.status()).isEqualTo(409);
        assertThat(noComment.json().get("violations").get(0).get("field").asString()).isEqualTo("comment");
        Http.Response returned = reviewer.post("/api/v1/scorecards/" + id + "/return", "{\"comment\":\"请补充满意度调查方式\"}");
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("reviewComment").asString()).isEqualTo("请补充满意度调查方式");

        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(filler.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(403); // not a reviewer
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(anonymous.get("/api/v1/public/scorecards/" + id).status()).isEqualTo(404); // approved is not public
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/publish", "").json().get("status").asString()).isEqualTo("PUBLISHED");

        assertThat(anonymous.get("/api/v1/public/scorecards/" + id).json().get("unit").asString()).isEqualTo("遂宁市医疗保障局");
        List<String> steps = filler.get("/api/v1/scorecards/" + id + "/history").json().findValues("newValue").stream()
                .map(JsonNode::asString).toList();
        assertThat(steps).containsSubsequence("SUBMITTED", "RETURNED", "请补充满意度调查方式", "SUBMITTED", "APPROVED", "PUBLISHED");
        List<String> actors = filler.get("/api/v1/scorecards/" + id + "/history").json().findValues("actor").stream()
                .map(JsonNode::asString).distinct().toList();
        assertThat(actors).containsExactly("suining-filler", "suining-reviewer");
    }

    @Test
    void theTableAsPublishedCannotBeSubmittedUntilItsQualitativeRowsAreGraded() {
        long id = created(filler, Seeds.expectedJson(Seeds.SUINING));
        Http.Response refused = filler.post("/api/v1/scorecards/" + id + "/submit", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("violations").findValuesAsString("field")).allMatch(f -> f.startsWith("indicators["));
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void onlyPublishedScorecardsAppearOnThePublicList() {
        long draft = created(filler, Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        long published = scorecards.create(Fixtures.submittable(Seeds.DALIAN), null, null, null).id();
        jdbc.sql("update scorecard set status = 'PUBLISHED' where id = :id").param("id", published).update();
        JsonNode list = anonymous.get("/api/v1/public/scorecards").json();
        assertThat(list.get("items").findValues("id").stream().map(JsonNode::asLong).toList()).containsExactly(published);
        assertThat(anonymous.get("/api/v1/public/scorecards/" + draft).status()).isEqualTo(404);
    }

    @Test
    void anApprovedScorecardIsLockedAndItsTargetChangesOnlyThroughAnApprovedAdjustmentKeepingBothTargets() {
        long id = created(filler, Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        filler.post("/api/v1/scorecards/" + id + "/submit", "");
        reviewer.post("/api/v1/scorecards/" + id + "/approve", "");
        JsonNode approved = filler.get("/api/v1/scorecards/" + id).json();
        String initial = approved.get("indicators").get(0).get("target").asString();
        assertThat(initial).isEqualTo("≥4次");

        Http.Response edit = filler.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(filler.base()
                + "/api/v1/scorecards/" + id)).header("Content-Type", "application/json")
                .header("If-Match", approved.get("version").asString())
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Fixtures.json(Fixtures.submittable(Seeds.SUINING)))));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("zh").asString()).contains("调整申请");
        assertThat(filler.delete("/api/v1/scorecards/" + id).status()).isEqualTo(409);

        Http.Response noReason = filler.post("/api/v1/scorecards/" + id + "/adjustments", "{\"indicator\":0,\"target\":\"≥6次\"}");
        assertThat(noReason.status()).isEqualTo(400);
        Http.Response requested = filler.post("/api/v1/scorecards/" + id + "/adjustments",
                "{\"indicator\":0,\"target\":\"≥6次\",\"reason\":\"省医保局下达新增宣传任务\"}");
        assertThat(requested.status()).isEqualTo(201);
        long adjustment = requested.json().get("id").asLong();
        assertThat(filler.get("/api/v1/scorecards/" + id).json().get("indicators").get(0).get("target").asString())
                .as("a request alone changes nothing").isEqualTo("≥4次");
        assertThat(filler.post("/api/v1/scorecards/" + id + "/adjustments/" + adjustment + "/approve", "").status()).isEqualTo(403);

        JsonNode decided = reviewer.post("/api/v1/scorecards/" + id + "/adjustments/" + adjustment + "/approve", "").json();
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.get("decidedBy").asString()).isEqualTo("suining-reviewer");
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/adjustments/" + adjustment + "/approve", "").status()).isEqualTo(409);

        assertThat(filler.get("/api/v1/scorecards/" + id).json().get("indicators").get(0).get("target").asString()).isEqualTo("≥6次");
        // a second adjustment still remembers the target as first approved
        long second = filler.post("/api/v1/scorecards/" + id + "/adjustments",
                "{\"indicator\":0,\"target\":\"≥8次\",\"reason\":\"再次新增\"}").json().get("id").asLong();
        reviewer.post("/api/v1/scorecards/" + id + "/adjustments/" + second + "/approve", "");
        JsonNode all = filler.get("/api/v1/scorecards/" + id + "/adjustments").json();
        assertThat(all.findValuesAsString("initialTarget")).containsExactly("≥4次", "≥4次");
        assertThat(all.findValuesAsString("newTarget")).containsExactly("≥6次", "≥8次");
        assertThat(scorecards.find(id).orElseThrow().status().name()).isEqualTo("APPROVED");
    }

    @Test
    void aRegionalScorecardIsApprovedOnlyAfterItsUnitsScorecards() {
        long unit = created(filler, Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        long region = scorecards.create(Fixtures.submittable(Seeds.SUINING), city, null, null).id();
        filler.post("/api/v1/scorecards/" + unit + "/submit", "");
        jdbc.sql("update scorecard set status = 'SUBMITTED' where id = :id").param("id", region).update();

        Http.Response early = reviewer.post("/api/v1/scorecards/" + region + "/approve", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("zh").asString()).contains("所属单位");

        assertThat(reviewer.post("/api/v1/scorecards/" + unit + "/approve", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + region + "/approve", "").json().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void financeCommentsButCannotChangeAnythingAndTheCommentIsInTheHistory() {
        long id = created(filler, Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        assertThat(finance.post("/api/v1/scorecards/" + id + "/comments", "{\"comment\":\"预算执行率81.8%，低于90%，请说明\"}").status())
                .isEqualTo(201);
        assertThat(finance.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(403);
        assertThat(finance.delete("/api/v1/scorecards/" + id).status()).isEqualTo(403);
        assertThat(filler.post("/api/v1/scorecards/" + id + "/comments", "{\"comment\":\"x\"}").status()).isEqualTo(403);
        JsonNode comments = filler.get("/api/v1/scorecards/" + id + "/comments").json();
        assertThat(comments.get(0).get("actor").asString()).isEqualTo("suining-finance");
        assertThat(comments.get(0).get("newValue").asString()).contains("81.8%");
    }

    @Test
    void outOfScopeScorecardsLookExactlyLikeMissingOnes() {
        long suining = created(filler, Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        Http dalian = Http.as(port, "dalian-filler", DemoAccounts.PASSWORD);
        Http.Response outOfScope = dalian.get("/api/v1/scorecards/" + suining);
        Http.Response missing = dalian.get("/api/v1/scorecards/999999");
        assertThat(outOfScope.status()).isEqualTo(404);
        assertThat(outOfScope.body()).isEqualTo(missing.body().replace("999999", String.valueOf(suining)));
        assertThat(dalian.get("/api/v1/scorecards").json().get("total").asLong()).isZero();
        assertThat(reviewer.get("/api/v1/scorecards").json().get("total").asLong()).isEqualTo(1); // city sees its bureau
        // the row's org decides, not who created it: the administrator's table in 遂宁's bureau is the filler's to see
        long byAdmin = scorecards.create(Fixtures.submittable(Seeds.DALIAN), bureau, null, null).id();
        assertThat(filler.get("/api/v1/scorecards/" + byAdmin).status()).isEqualTo(200);
        assertThat(dalian.get("/api/v1/scorecards/" + byAdmin).status()).isEqualTo(404);
    }
}
