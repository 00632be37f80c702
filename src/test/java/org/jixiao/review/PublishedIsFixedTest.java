package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, finding 5: a published scorecard does not change afterwards. An adjustment requested or approved on it,
 * an edit, a re-score are refused with 409, and the public page keeps the target it showed. A correction is a new
 * version that goes through review and is published again; both are kept, the public list shows the latest and each
 * public page the versions.
 */
@JixiaoTest
class PublishedIsFixedTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    Http filler, reviewer;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
    }

    @Test
    void anAdjustmentApprovedAfterPublicationIsRefusedAndThePublicTargetStays() {
        String json = Fixtures.json(Fixtures.submittable(Seeds.SUINING));
        long id = filler.post("/api/v1/scorecards", json).json().get("id").asLong();
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(200);
        // requested while approved ...
        Http.Response requested = filler.post("/api/v1/scorecards/" + id + "/adjustments",
                "{\"indicator\":0,\"target\":\"≥99次\",\"reason\":\"上级新增宣传任务\"}");
        assertThat(requested.status()).isEqualTo(201);
        long adjustment = requested.json().get("id").asLong();
        // ... then the table is published
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/publish", "").status()).isEqualTo(200);
        String before = Http.anonymous(port).get("/api/v1/public/scorecards/" + id).body();

        Http.Response approved = reviewer.post("/api/v1/scorecards/" + id + "/adjustments/" + adjustment + "/approve", "");
        assertThat(approved.status()).isEqualTo(409);
        assertThat(approved.json().get("zh").asString()).contains("已公开");
        assertThat(approved.json().get("en").asString()).contains("published");
        assertThat(filler.post("/api/v1/scorecards/" + id + "/adjustments",
                "{\"indicator\":0,\"target\":\"≥98次\",\"reason\":\"再改\"}").status()).isEqualTo(409);
        long version = filler.get("/api/v1/scorecards/" + id).json().get("version").asLong();
        assertThat(filler.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(filler.base() + "/api/v1/scorecards/" + id))
                .header("Content-Type", "application/json").header("If-Match", String.valueOf(version))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json))).status()).isEqualTo(409);

        assertThat(Http.anonymous(port).get("/api/v1/public/scorecards/" + id).body()).isEqualTo(before).doesNotContain("≥99次");
        assertThat(jdbc.sql("select status from target_adjustment where id = :a").param("a", adjustment).query(String.class).single())
                .isEqualTo("PENDING");
    }

    /** Filled, submitted, approved and published through the API, as the bureau does it. */
    private long published(String json) {
        long id = filler.post("/api/v1/scorecards", json).json().get("id").asLong();
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private Http.Response putWithVersion(Http who, long id, String json, long version) {
        return who.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(who.base() + "/api/v1/scorecards/" + id))
                .header("Content-Type", "application/json").header("If-Match", String.valueOf(version))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static java.util.List<Long> ids(tools.jackson.databind.JsonNode list) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void aCorrectionIsANewVersionReviewedAndPublishedAgainAndBothStayReadable() {
        long first = published(Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        Http anonymous = Http.anonymous(port);
        String firstAsPublished = anonymous.get("/api/v1/public/scorecards/" + first).body();
        String target = anonymous.get("/api/v1/public/scorecards/" + first).json().get("indicators").get(0).get("target").asString();
        assertThat(target).isNotEqualTo("≥1次");

        Http.Response started = filler.post("/api/v1/scorecards/" + first + "/corrections", "");
        assertThat(started.status()).isEqualTo(201);
        long second = started.json().get("id").asLong();
        assertThat(second).isNotEqualTo(first);
        assertThat(started.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(started.json().get("indicators")).isEqualTo(anonymous.get("/api/v1/public/scorecards/" + first).json().get("indicators"));
        // one correction per version: a second one is refused and names the open one
        Http.Response again = filler.post("/api/v1/scorecards/" + first + "/corrections", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("zh").asString()).contains(String.valueOf(second));

        // the correction is edited like any draft
        tools.jackson.databind.node.ObjectNode edited = (tools.jackson.databind.node.ObjectNode) started.json().deepCopy();
        ((tools.jackson.databind.node.ObjectNode) edited.get("indicators").get(0)).put("target", "≥1次");
        assertThat(putWithVersion(filler, second, edited.toString(), started.json().get("version").asLong()).status()).isEqualTo(200);
        // until it is published the public sees the first version only
        assertThat(ids(anonymous.get("/api/v1/public/scorecards").json().get("items"))).contains(first).doesNotContain(second);
        assertThat(anonymous.get("/api/v1/public/scorecards/" + second).status()).isEqualTo(404);

        // reviewed and published again
        assertThat(filler.post("/api/v1/scorecards/" + second + "/submit", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + second + "/approve", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + second + "/publish", "").status()).isEqualTo(200);

        // both kept: the first exactly as it was published, the second with the correction
        assertThat(anonymous.get("/api/v1/public/scorecards/" + first).body()).isEqualTo(firstAsPublished);
        assertThat(anonymous.get("/api/v1/public/scorecards/" + second).json().get("indicators").get(0).get("target").asString())
                .isEqualTo("≥1次");
        assertThat(jdbc.sql("select status from scorecard where id in (:a, :b) order by id").param("a", first).param("b", second)
                .query(String.class).list()).containsExactly("PUBLISHED", "PUBLISHED");
        // the public list shows the latest version; each version lists the line, first to latest
        assertThat(ids(anonymous.get("/api/v1/public/scorecards").json().get("items"))).contains(second).doesNotContain(first);
        for (long id : new long[] {first, second}) {
            tools.jackson.databind.JsonNode versions = anonymous.get("/api/v1/public/scorecards/" + id + "/versions").json();
            assertThat(ids(versions)).containsExactly(first, second);
            assertThat(versions.get(0).get("number").asInt()).isEqualTo(1);
            assertThat(versions.get(1).get("number").asInt()).isEqualTo(2);
        }
        // the earlier version's page says it was corrected and links the latest; the latest links its history
        String earlier = anonymous.get("/public/" + first).body();
        assertThat(earlier).contains("此表已更正，这是第 1 版").contains("href=\"/public/" + second + "\"").doesNotContain("≥1次");
        String latest = anonymous.get("/public/" + second).body();
        assertThat(latest).doesNotContain("此表已更正").contains("≥1次").contains("href=\"/public/" + first + "\"")
                .contains("第 1 版").contains("第 2 版");

        // the published versions stay fixed: the first has its correction, the second is not edited
        assertThat(filler.post("/api/v1/scorecards/" + first + "/corrections", "").status()).isEqualTo(409);
        long version = filler.get("/api/v1/scorecards/" + second).json().get("version").asLong();
        assertThat(putWithVersion(filler, second, edited.toString(), version).status()).isEqualTo(409);
        // the trail says where the correction came from
        assertThat(jdbc.sql("select count(*) from audit_event where scorecard_id = :id and action = 'CORRECTION' and old_value = :from")
                .param("id", second).param("from", String.valueOf(first)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAPublishedScorecardIsCorrectedAndAPublishedOneIsNotRescored() {
        long draft = filler.post("/api/v1/scorecards", Fixtures.json(Fixtures.submittable(Seeds.SUINING))).json().get("id").asLong();
        Http.Response refused = filler.post("/api/v1/scorecards/" + draft + "/corrections", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("en").asString()).contains("only a published scorecard");

        long id = published(Fixtures.json(Fixtures.submittable(Seeds.SUINING)));
        java.util.List<Long> before = jdbc.sql("select id from evaluation where scorecard_id = :id order by id").param("id", id).query(Long.class).list();
        Http.Response rescore = reviewer.post("/api/v1/scorecards/" + id + "/evaluation?rescore=true", "");
        assertThat(rescore.status()).isEqualTo(409);
        assertThat(rescore.json().get("zh").asString()).contains("已公开的表不能重新评分");
        assertThat(jdbc.sql("select id from evaluation where scorecard_id = :id order by id").param("id", id).query(Long.class).list())
                .isEqualTo(before);
        // reading the stored evaluation is still allowed
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/evaluation", "").status()).isEqualTo(200);
    }
}
