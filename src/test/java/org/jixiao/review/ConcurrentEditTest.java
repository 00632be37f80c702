package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Two people save the same version at the same moment: one wins, the other is told and loses nothing. */
@JixiaoTest
class ConcurrentEditTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;

    @BeforeEach
    void setUp() { demo.load(); }

    @RepeatedTest(3)
    void theSecondOfTwoConcurrentSavesIsRefusedWithBothVersionsAndCanBeReappliedWithoutLoss() throws Exception {
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        Http admin = new Http(port);
        long id = filler.post("/api/v1/scorecards", Fixtures.json(Fixtures.submittable(Seeds.SUINING))).json().get("id").asLong();
        JsonNode read = filler.get("/api/v1/scorecards/" + id).json();

        ObjectNode fillers = (ObjectNode) read.deepCopy();  // the filler corrects an actual
        ((ObjectNode) fillers.get("indicators").get(0)).put("actual", "9次");
        ObjectNode admins = (ObjectNode) read.deepCopy();   // the administrator corrects the executed budget
        ((ObjectNode) admins.get("budget")).put("executed", 262.10);

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Http.Response> a = CompletableFuture.supplyAsync(() -> { await(start); return filler.put("/api/v1/scorecards/" + id, fillers.toString()); });
        CompletableFuture<Http.Response> b = CompletableFuture.supplyAsync(() -> { await(start); return admin.put("/api/v1/scorecards/" + id, admins.toString()); });
        start.countDown();
        List<Http.Response> answers = List.of(a.get(), b.get());

        assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 409);
        boolean fillerWon = a.get().status() == 200;
        Http.Response conflict = fillerWon ? b.get() : a.get();
        JsonNode body = conflict.json();
        assertThat(body.get("error").asString()).isEqualTo("conflict");
        assertThat(body.get("zh").asString()).contains("已被他人修改").contains("版本 0").contains("版本 1");
        // both versions: the saved one, and what the loser typed
        assertThat(body.get("current").get("version").asLong()).isEqualTo(1);
        if (fillerWon) {
            assertThat(body.get("current").get("indicators").get(0).get("actual").asString()).isEqualTo("9次");
            assertThat(body.get("yours").get("budget").get("executed").decimalValue()).isEqualByComparingTo("262.10");
        } else {
            assertThat(body.get("current").get("budget").get("executed").decimalValue()).isEqualByComparingTo("262.10");
            assertThat(body.get("yours").get("indicators").get(0).get("actual").asString()).isEqualTo("9次");
        }

        // the loser applies their change to the current version and saves again
        ObjectNode merged = (ObjectNode) body.get("current").deepCopy();
        if (fillerWon) ((ObjectNode) merged.get("budget")).put("executed", 262.10);
        else ((ObjectNode) merged.get("indicators").get(0)).put("actual", "9次");
        assertThat((fillerWon ? admin : filler).put("/api/v1/scorecards/" + id, merged.toString()).status()).isEqualTo(200);

        JsonNode now = filler.get("/api/v1/scorecards/" + id).json();
        assertThat(now.get("version").asLong()).isEqualTo(2);
        assertThat(now.get("indicators").get(0).get("actual").asString()).isEqualTo("9次");
        assertThat(now.get("budget").get("executed").decimalValue()).isEqualByComparingTo("262.10");
        JsonNode history = filler.get("/api/v1/scorecards/" + id + "/history").json();
        assertThat(history.findValuesAsString("field")).contains("indicators[0].actual", "budget.executed");
        assertThat(history.findValuesAsString("actor")).contains("suining-filler", "admin");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
