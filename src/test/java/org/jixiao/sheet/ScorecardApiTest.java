package org.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@JixiaoTest
class ScorecardApiTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc.sql("delete from scorecard").update();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aPublishedTableCanBePostedAsItIsAndReadBackUnchanged() {
        Http.Response created = http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.SUINING));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode got = http.get("/api/v1/scorecards/" + id).json();
        assertThat(got.get("kind").asString()).isEqualTo("TRANSFER");
        assertThat(got.get("unit").asString()).isEqualTo("遂宁市医疗保障局");
        assertThat(got.get("budget").get("executed").decimalValue()).isEqualByComparingTo("261.75");
        assertThat(got.get("budget").get("sources").get(0).get("name").asString()).isEqualTo("中央补助");
        assertThat(got.get("indicators")).hasSize(12);
        JsonNode third = got.get("indicators").get(2);
        assertThat(third.get("name").asString()).isEqualTo("医保信息系统重大安全事件响应时间");
        assertThat(third.get("target").asString()).isEqualTo("≤60分钟");
        assertThat(third.get("actual").asString()).isEqualTo("本市未发生医保信息系统重大安全事件");
        assertThat(got.get("overallGoal").get("target").asString()).startsWith("目标1:提升医保信息化水平");
    }

    @Test
    void departmentTablesKeepDutiesAndReferenceValues() {
        long id = http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.LINYI)).json().get("id").asLong();
        JsonNode got = http.get("/api/v1/scorecards/" + id).json();
        assertThat(got.get("kind").asString()).isEqualTo("DEPARTMENT");
        JsonNode expected = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Seeds.expectedJson(Seeds.LINYI)).get("tables").get(0).get("indicators");
        assertThat(got.get("indicators")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            for (String field : new String[] {"name", "target", "duty", "dutyGoal", "goalContent", "definition", "activity"}) {
                assertThat(got.get("indicators").get(i).get(field)).as("row %d %s", i, field).isEqualTo(expected.get(i).get(field));
            }
            assertThat(got.get("indicators").get(i).get("references")).as("row %d references", i)
                    .isEqualTo(expected.get(i).get("references"));
        }
    }

    @Test
    void theListFiltersByYearAndKindAndSearchesByName() {
        http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.SUINING));
        http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.DALIAN));
        http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.LINYI));

        assertThat(http.get("/api/v1/scorecards").json().get("total").asLong()).isEqualTo(3);
        assertThat(http.get("/api/v1/scorecards?year=2022").json().get("items").get(0).get("unit").asString())
                .isEqualTo("临沂市医疗保障局");
        assertThat(http.get("/api/v1/scorecards?kind=transfer").json().get("total").asLong()).isEqualTo(2);
        assertThat(http.get("/api/v1/scorecards?q=大连").json().get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/scorecards?size=1&page=1").json().get("items")).hasSize(1);
        assertThat(http.get("/api/v1/scorecards?size=0").status()).isEqualTo(400);
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingIsSaved() {
        ObjectNode table = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Seeds.expectedJson(Seeds.SUINING)).get("tables").get(0);
        table.put("year", 3000);
        ((ObjectNode) table.get("indicators").get(1)).put("weight", 150);
        ((ObjectNode) table.get("indicators").get(2)).put("name", " ");
        Http.Response r = http.post("/api/v1/scorecards", table.toString());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().findValuesAsString("field"))
                .containsExactlyInAnyOrder("year", "indicators[1].weight", "indicators[2].name");
        assertThat(r.json().get("violations").get(0).get("zh").asString()).isNotBlank();
        assertThat(r.json().get("violations").get(0).get("en").asString()).isNotBlank();
        assertThat(rows("scorecard")).isZero();
        assertThat(rows("indicator")).isZero();
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsPath() {
        ObjectNode table = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Seeds.expectedJson(Seeds.SUINING)).get("tables").get(0);
        ((ObjectNode) table.get("budget")).put("planned", "三百二十");
        Http.Response r = http.post("/api/v1/scorecards", table.toString());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("budget.planned");
        assertThat(http.post("/api/v1/scorecards", "{not json").status()).isEqualTo(400);
        assertThat(rows("scorecard")).isZero();
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictShowingTheCurrentVersion() {
        JsonNode created = http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.SUINING)).json();
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();

        ObjectNode mine = (ObjectNode) created.deepCopy();
        ((ObjectNode) mine.get("indicators").get(0)).put("actual", "9");
        ObjectNode theirs = (ObjectNode) created.deepCopy();
        ((ObjectNode) theirs.get("indicators").get(0)).put("actual", "7");

        Http.Response first = http.put("/api/v1/scorecards/" + id, theirs.toString());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(version + 1);

        Http.Response second = http.put("/api/v1/scorecards/" + id, mine.toString());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("current").get("indicators").get(0).get("actual").asString()).isEqualTo("7");
        assertThat(http.get("/api/v1/scorecards/" + id).json().get("indicators").get(0).get("actual").asString())
                .isEqualTo("7");
    }

    @Test
    void aPutTakesTheDocumentJixiaoParsePrintsAsAPostDoes() {
        JsonNode created = http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.SUINING)).json();
        long id = created.get("id").asLong();
        ObjectNode table = (ObjectNode) created.deepCopy();
        ((ObjectNode) table.get("indicators").get(0)).put("actual", "7次");
        ObjectNode document = ScorecardJson.MAPPER.createObjectNode();
        document.put("file", "page.txt").putArray("tables").add(table);
        document.put("version", created.get("version").asLong());

        Http.Response put = http.put("/api/v1/scorecards/" + id, document.toString());

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/scorecards/" + id).json().get("indicators").get(0).get("actual").asString())
                .isEqualTo("7次");
        document.withArray("tables").add(table);
        document.put("version", put.json().get("version").asLong());
        assertThat(http.put("/api/v1/scorecards/" + id, document.toString()).status()).isEqualTo(400); // two tables
    }

    @Test
    void deletingRemovesTheScorecardAndItsRows() {
        long id = http.post("/api/v1/scorecards", Seeds.expectedJson(Seeds.DALIAN)).json().get("id").asLong();
        assertThat(rows("indicator")).isEqualTo(20);
        assertThat(http.delete("/api/v1/scorecards/" + id).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/scorecards/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/scorecards/" + id).status()).isEqualTo(404);
        assertThat(rows("indicator")).isZero();
    }

    @Test
    void theOpenApiDescriptionIsServedToSignedInCallersOnly() {
        Http.Response r = http.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/api/v1/scorecards/{id}")).isTrue();
        // issue 15 finding 11: an anonymous caller learns nothing about the endpoints
        for (String docs : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            Http.Response anonymous = Http.anonymous(port).get(docs);
            assertThat(anonymous.status()).as(docs).isEqualTo(401);
            assertThat(anonymous.body()).as(docs).doesNotContain("/api/v1/scorecards").contains("请先登录");
        }
    }
}
