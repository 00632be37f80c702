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
 * an edit, are refused with 409, and the public page keeps the target it showed.
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
}
