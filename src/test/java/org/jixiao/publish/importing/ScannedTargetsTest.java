package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jixiao.measure.Comparator;
import org.jixiao.measure.Value;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Scorer;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.targets.IndicatorLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11: the Dalian table as a scan gives it — cells apart by tabs, the printed ≧ of 「医保信息系统验收合格率 ≧90%」
 * read as the digit 2 and a no-break space (「2 90%」). Imported, the row keeps its text as written and reads ≥ 90 % because the indicator library (the national
 * set) shows ≧90% for that indicator; the template is stored with the row, so it reads and scores the same when loaded.
 */
@JixiaoTest
class ScannedTargetsTest {
    private static final String NAME = "医保信息系统验收合格率";
    @Autowired Imports imports;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from scorecard").update();
        jdbc.sql("delete from import_batch").update();
    }

    @Test
    void aScannedTwoBeforeTheTargetIsReadAsTheLibrarysSignAndStoredWithIt() {
        String typed = Seeds.text(Seeds.DALIAN);
        assertThat(typed).contains(NAME + "≧90%100%");
        String scanned = typed.replace(NAME + "≧90%100%", NAME + "\t2\u00a090%\t100%");
        long id = imports.importText("dalian-scan.txt", scanned, false).getFirst().scorecardId();

        Scorecard stored = scorecards.find(id).orElseThrow().scorecard();
        Indicator row = stored.indicators().stream().filter(i -> NAME.equals(i.name())).findFirst().orElseThrow();
        assertThat(row.target()).as("as written").isEqualTo("2\u00a090%");
        assertThat(row.targetTemplate()).isEqualTo("≧90%");
        assertThat(row.targetReading().value()).isInstanceOfSatisfying(Value.Bound.class,
                b -> assertThat(b.comparator()).isEqualTo(Comparator.GE));
        assertThat(jdbc.sql("select target_comparator from indicator where scorecard_id = :id and name = :n")
                .param("id", id).param("n", NAME).query(String.class).single()).isEqualTo("GE");
        // only the scanned row carries a template: the typed ones are stored as before
        assertThat(jdbc.sql("select count(*) from indicator where scorecard_id = :id and target_template is not null")
                .param("id", id).query(Long.class).single()).isEqualTo(1);

        jdbc.sql("delete from scorecard").update();
        jdbc.sql("delete from import_batch").update();
        long typedId = imports.importText("dalian.txt", typed, false).getFirst().scorecardId();
        assertThat(EvaluationView.of(null, Scorer.evaluate(stored)).total())
                .isEqualByComparingTo(EvaluationView.of(null, Scorer.evaluate(scorecards.find(typedId).orElseThrow().scorecard())).total());
    }

    /**
     * The preview reads the scanned row as the confirmation stores it (it read 「2 90%」 as the amount 290 % before): the
     * previewed table, the API's preview JSON and the preview page show ≥ 90 % after the library's 「≧90%」.
     */
    @Test
    void thePreviewShowsTheReadingTheConfirmationStores() {
        String scanned = Seeds.text(Seeds.DALIAN).replace(NAME + "≧90%100%", NAME + "\t2\u00a090%\t100%");
        Imports.Preview p = imports.preview("dalian-scan.txt", scanned);
        Indicator previewed = p.document().tables().getFirst().indicators().stream().filter(i -> NAME.equals(i.name()))
                .findFirst().orElseThrow();
        assertThat(previewed.targetTemplate()).isEqualTo("≧90%");
        assertThat(previewed.targetReading().value()).isInstanceOfSatisfying(Value.Bound.class,
                b -> assertThat(b.comparator()).isEqualTo(Comparator.GE));
        assertThat(imports.find(p.id()).orElseThrow().document()).as("the batch read again").isEqualTo(p.document());
        var json = ImportApi.view(p).get("tables").get(0).get("indicators");
        var row = java.util.stream.StreamSupport.stream(json.spliterator(), false)
                .filter(i -> NAME.equals(i.get("name").asString())).findFirst().orElseThrow();
        assertThat(row.get("target").asString()).isEqualTo("2\u00a090%");
        assertThat(row.get("targetTemplate").asString()).isEqualTo("≧90%");
        assertThat(json.toString().split("targetTemplate", -1)).as("only the scanned row").hasSize(2);

        // the page: the row's 解读 is the bound, read after the template
        Http http = new Http(port);
        Http.Response r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/imports/preview"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text="
                        + java.net.URLEncoder.encode(scanned, java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var cell = org.jsoup.Jsoup.parse(r.body()).select("#parsed-1 tbody tr").stream()
                .filter(tr -> NAME.equals(tr.select("td.c-name").text())).findFirst().orElseThrow().selectFirst("td.c-target");
        assertThat(cell.selectFirst(".cell-text").text().replace('\u00a0', ' ')).isEqualTo("2 90%");
        assertThat(cell.select(".reading").text()).startsWith("解读≥ 90 %").contains("按「≧90%」的写法读取")
                .doesNotContain("290");

        // confirmed: stored with the reading the preview showed
        long id = imports.confirm(p.id(), false).getFirst().scorecardId();
        Indicator stored = scorecards.find(id).orElseThrow().scorecard().indicators().stream()
                .filter(i -> NAME.equals(i.name())).findFirst().orElseThrow();
        assertThat(stored.targetReading().value()).isEqualTo(previewed.targetReading().value());
        assertThat(stored.targetTemplate()).isEqualTo(previewed.targetTemplate());
    }

    @Test
    void lastYearsTargetIsTheTemplateBeforeTheLibraryAndATypedNumberIsLeftAlone() {
        Scorecard last = table(2021, Indicator.of("效益指标", "社会效益指标", "异地就医备案线上办理率", "≥80%", "85%"));
        Scorecard scan = table(2022, Indicator.of("效益指标", "社会效益指标", "异地就医备案线上办理率", "2 85%", null),
                Indicator.of("产出指标", "数量指标", "开展基金监管专项检查", "25次", null));
        Scorecard read = TargetTemplates.apply(scan, Optional.of(last), IndicatorLibrary.standard());
        assertThat(read.indicators().get(0).targetTemplate()).isEqualTo("≥80%");
        assertThat(read.indicators().get(0).targetReading().value()).isInstanceOf(Value.Bound.class);
        assertThat(read.indicators().get(1)).isEqualTo(scan.indicators().get(1));
        // the API's JSON carries the template where a row has one, so a GET → PUT round trip keeps the reading
        String json = org.jixiao.scorecard.json.ScorecardJson.MAPPER.writeValueAsString(read);
        assertThat(json).contains("\"targetTemplate\":\"≥80%\"");
        assertThat(json.split("targetTemplate", -1)).hasSize(2);
        Scorecard back = org.jixiao.scorecard.json.ScorecardJson.readTables(json).getFirst();
        assertThat(back.indicators().get(0).targetReading()).isEqualTo(read.indicators().get(0).targetReading());
        assertThat(back.indicators().get(0).targetReading().value()).isEqualTo(read.indicators().get(0).targetReading().value());
        assertThat(TargetTemplates.apply(scan, Optional.empty(), IndicatorLibrary.standard()).indicators().get(0).targetReading()
                .value()).as("not in the library, no table of the year before: the 2 stays a digit").isInstanceOf(Value.Measured.class);
    }

    private static Scorecard table(int year, Indicator... rows) {
        return new Scorecard("transfer-self-evaluation", "自评表", year, "扫描测试", "扫描单位", null, null,
                org.jixiao.scorecard.Budget.empty(), null, List.of(rows));
    }
}
