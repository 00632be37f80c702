package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Scorer;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@JixiaoTest
class ImportsTest {
    @Autowired Imports imports;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from scorecard").update();
        jdbc.sql("delete from import_batch").update();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void importingTheSeedsThenScoringByIdGivesTheSameEvaluationAsScoringTheJson() {
        for (String seed : new String[] {Seeds.SUINING, Seeds.DALIAN, Seeds.LINYI}) {
            var outcomes = imports.importText(seed + ".txt", Seeds.text(seed), false);
            assertThat(outcomes).hasSize(1);
            long id = outcomes.get(0).scorecardId();

            var stored = EvaluationView.of(null, Scorer.evaluate(scorecards.find(id).orElseThrow().scorecard()));
            var fromJson = EvaluationView.of(null, Scorer.evaluate(
                    ScorecardJson.readTables(Seeds.expectedJson(seed)).get(0).withRegion(
                            scorecards.find(id).orElseThrow().scorecard().region())));
            assertThat(stored).as(seed).isEqualTo(fromJson);
        }
        assertThat(count("scorecard")).isEqualTo(3);
    }

    @Test
    void importingTheSameDocumentAgainMatchesInsteadOfDuplicating() {
        long id = imports.importText("suining.txt", Seeds.text(Seeds.SUINING), false).get(0).scorecardId();
        var again = imports.importText("suining-copy.txt", Seeds.text(Seeds.SUINING), false);
        assertThat(again.get(0).action()).isEqualTo(Imports.Outcome.UNCHANGED);
        assertThat(again.get(0).scorecardId()).isEqualTo(id);
        assertThat(count("scorecard")).isEqualTo(1);

        var replaced = imports.importText("suining.txt", Seeds.text(Seeds.SUINING), true);
        assertThat(replaced.get(0).action()).isEqualTo(Imports.Outcome.REPLACED);
        assertThat(scorecards.find(id).orElseThrow().version()).isEqualTo(1);
        assertThat(count("scorecard")).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutATableStoresNothingAndSaysWhichLinesWereSkipped() {
        assertThatThrownBy(() -> imports.importText("garbage.txt", "第一行\n\u0000\u0001乱码 ¤¤¤\n", false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no performance table");
        assertThat(count("scorecard")).isZero();
        assertThat(count("indicator")).isZero();
    }

    @Test
    void aDocumentWithOneInvalidTableStoresNoneOfItsTables() {
        imports.importText("linyi.txt", Seeds.text(Seeds.LINYI), false);
        String before = jdbc.sql("select string_agg(id || ':' || version, ',' order by id) from scorecard").query(String.class).single();
        // digits pasted twice over in the budget of the second of two tables pasted together
        String twoTables = Seeds.text(Seeds.DALIAN) + "\n\n"
                + Seeds.text(Seeds.SUINING).replace("年度资金总额 320 ", "年度资金总额 3203203203203203203203 ");
        assertThatThrownBy(() -> imports.importText("two.txt", twoTables, false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("tables[1].budget.planned");
        assertThat(jdbc.sql("select string_agg(id || ':' || version, ',' order by id) from scorecard").query(String.class).single())
                .isEqualTo(before);
        assertThat(count("indicator")).isEqualTo(29);
        assertThat(count("import_batch")).isEqualTo(1);
    }

    @Test
    void aGbkEncodedUploadIsReadCorrectly() {
        byte[] gbk = Seeds.text(Seeds.SUINING).getBytes(Charset.forName("GB18030"));
        var preview = imports.preview("suining-gbk.txt", gbk);
        assertThat(preview.document().tables()).hasSize(1);
        assertThat(preview.document().tables().get(0).unit()).isEqualTo("遂宁市医疗保障局");
    }

    @Test
    void theApiPreviewsWithoutStoringAndConfirmStoresTheTable() {
        Http http = new Http(port);
        Http.Response preview = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/imports?fileName=linyi.txt"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Seeds.text(Seeds.LINYI))));
        assertThat(preview.status()).isEqualTo(201);
        JsonNode body = preview.json();
        assertThat(body.get("tables").get(0).get("form").asString()).isEqualTo("department-targets");
        assertThat(body.get("matches").get(0).isNull()).isTrue();
        assertThat(count("scorecard")).isZero();

        Http.Response confirm = http.post("/api/v1/imports/" + body.get("id").asLong() + "/confirm", "");
        assertThat(confirm.status()).isEqualTo(200);
        long id = confirm.json().get("outcomes").get(0).get("scorecardId").asLong();
        assertThat(http.get("/api/v1/scorecards/" + id).json().get("indicators")).hasSize(29);
        assertThat(http.post("/api/v1/imports/999999/confirm", "").status()).isEqualTo(404);
    }
}
