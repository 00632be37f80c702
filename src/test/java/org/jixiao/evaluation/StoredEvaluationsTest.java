package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.RuleBook;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringRules;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: evaluations are stored on save and submission with the rules' id and version; lists, the grade filter
 * and exports read them; a rules file added for a later year leaves every earlier result and export byte-for-byte
 * the same until someone re-scores explicitly, and the old result stays in the history.
 */
@JixiaoTest
class StoredEvaluationsTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Evaluations evaluations;
    @Autowired Scorecards scorecards;
    @Autowired EvaluationTranslation translation;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc.sql("delete from scorecard").update();
        evaluations.useRules(RuleBook.standard());
    }

    @AfterEach
    void restoreRules() { evaluations.useRules(RuleBook.standard()); }

    private long post(String json) {
        Http.Response r = http.post("/api/v1/scorecards", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The Suining table as a scorecard of another year, every qualitative row graded and every shortfall explained. */
    private static String suiningOf(int year, String executed) {
        Scorecard s = ScorecardJson.readTables(Seeds.expectedJson(Seeds.SUINING)).getFirst();
        List<Indicator> rows = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            rows.add(i.actualReading().isQuantitative() || i.targetReading().isQuantitative() ? i
                    : i.toBuilder().grade(org.jixiao.measure.QualitativeGrade.MET).build());
        }
        var b = s.budget();
        Scorecard changed = new Scorecard(s.form(), s.title(), year, s.project(), s.unit(), s.competentDepartment(),
                s.region(), new org.jixiao.scorecard.Budget(b.currency(), b.initial(), b.planned(),
                new BigDecimal(executed), null, b.sources()), s.overallGoal(), rows);
        return ScorecardJson.MAPPER.writeValueAsString(changed);
    }

    private byte[] export(long id, Format format) {
        Scorecard s = Evaluations.scored(scorecards.require(id).scorecard(), evaluations.current(id).orElseThrow());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(s, format, out);
        return out.toByteArray();
    }

    /** The download a user gets: {@code GET /api/v1/scorecards/{id}/export?format=…} (stored evaluation, audit stamp). */
    private byte[] download(long id, String format) {
        try {
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/v1/scorecards/" + id
                            + "/export?format=" + format)).header("Authorization", Http.adminAuthorization()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 得分 column of the official form in an xlsx export, row by row (the cells under the header 得分). */
    private static List<BigDecimal> scoreColumn(byte[] xlsx) throws java.io.IOException {
        List<BigDecimal> out = new ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            int col = -1;
            for (var row : sheet) {
                if (col >= 0) {
                    var c = row.getCell(col);
                    if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        out.add(BigDecimal.valueOf(c.getNumericCellValue()));
                    }
                    continue;
                }
                for (var c : row) if ("得分".equals(fmt.formatCellValue(c).strip())) col = c.getColumnIndex();
            }
        }
        return out;
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private List<Long> listed(String grade) {
        JsonNode page = http.get("/api/v1/scorecards?size=200&grade=" + grade).json();
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void savesAndSubmissionsStoreTheEvaluationWithTheRulesIdAndVersion() {
        long id = post(suiningOf(2021, "261.75"));
        StoredEvaluation created = evaluations.current(id).orElseThrow();
        assertThat(created.reason()).isEqualTo("CREATE");
        assertThat(created.rulesId()).isEqualTo("national-2020");
        assertThat(created.rulesVersion()).hasSize(16).isEqualTo(RuleBook.standard().versionOf(
                RuleBook.standard().byId("national-2020").orElseThrow()));
        assertThat(created.total()).isEqualByComparingTo(Scorer.evaluate(scorecards.require(id).scorecard()).total());
        assertThat(created.view().indicators()).hasSize(12);

        JsonNode current = http.get("/api/v1/scorecards/" + id).json();
        ((tools.jackson.databind.node.ObjectNode) current.get("budget")).put("executed", 200);
        assertThat(http.put("/api/v1/scorecards/" + id, current.toString()).status()).isEqualTo(200);
        StoredEvaluation saved = evaluations.current(id).orElseThrow();
        assertThat(saved.reason()).isEqualTo("SAVE");
        assertThat(saved.scorecardVersion()).isEqualTo(1);
        assertThat(saved.total()).isLessThan(created.total());

        Http.Response submitted = http.post("/api/v1/scorecards/" + id + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(evaluations.history(id)).extracting(StoredEvaluation::reason).containsExactly("SUBMIT", "SAVE", "CREATE");
        assertThat(evaluations.history(id)).filteredOn(StoredEvaluation::current).hasSize(1);
    }

    @Test
    void theGradeFilterAndTheEvaluationReadTheStoredRows() {
        long excellent = post(suiningOf(2021, "261.75"));
        long poor = post(suiningOf(2021, "0"));
        assertThat(evaluations.current(excellent).orElseThrow().grade().label()).isEqualTo("优");
        // a row written behind the application's back: the filter answers from the stored grade, not by scoring
        jdbc.sql("update evaluation set grade = 'GOOD' where scorecard_id = :id and current").param("id", poor).update();
        assertThat(listed("优")).containsExactly(excellent);
        assertThat(listed("GOOD")).containsExactly(poor);
        assertThat(http.get("/api/v1/scorecards?grade=甲").status()).isEqualTo(400);
        JsonNode e = http.post("/api/v1/scorecards/" + poor + "/evaluation", "").json();
        assertThat(e.get("grade").asString()).isEqualTo(evaluations.current(poor).orElseThrow().view().grade());
    }

    @Test
    void aRulesFileForALaterYearLeavesEveryEarlierStoredEvaluationAndExportTheSame() throws Exception {
        long y2021 = post(suiningOf(2021, "261.75"));
        long dalian = post(Seeds.expectedJson(Seeds.DALIAN));
        long y2023 = post(suiningOf(2023, "200"));
        List<Long> ids = List.of(y2021, dalian, y2023);
        List<StoredEvaluation> before = ids.stream().map(id -> evaluations.current(id).orElseThrow()).toList();
        List<byte[]> html = ids.stream().map(id -> export(id, Format.HTML)).toList();
        List<byte[]> xlsx = ids.stream().map(id -> export(id, Format.XLSX)).toList();
        // what users download (with the audit trail's stamp): each format compared byte for byte; the xlsx carries
        // fixed zip and document times and the PDF an /ID from its content, so equal bytes mean an equal document
        List<List<byte[]>> downloads = ids.stream().map(id -> List.of(download(id, "html"), download(id, "xlsx"),
                download(id, "pdf"))).toList();
        assertThat(download(ids.get(0), "pdf")).as("the same PDF twice").isEqualTo(downloads.get(0).get(2));
        List<List<Long>> lists = List.of(listed("优"), listed("良"), listed("中"), listed("差"));
        String apiBefore = http.post("/api/v1/scorecards/" + y2023 + "/evaluation", "").body();

        // a release adds national rules valid from 2023: execution weighs 20 and 优 starts at 95
        String file = """
                id=national-2023
                validFrom=2023
                source=test: a later year's rules
                weight.OUTPUT=45
                weight.BENEFIT=25
                weight.SATISFACTION=10
                executionWeight=20
                grade.EXCELLENT=95
                grade.GOOD=85
                grade.FAIR=60
                """;
        Properties p = new Properties();
        p.load(new StringReader(file));
        RuleBook newer = RuleBook.standard().with(ScoringRules.fromProperties(p, "national-2023.properties"),
                RuleBook.digest(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        evaluations.useRules(newer);
        // the live result of the 2023 table would change: the stored one must not
        Scorecard s2023 = scorecards.require(y2023).scorecard();
        assertThat(Scorer.evaluate(s2023, newer.forRegionAndYear(null, 2023)).total()).isNotEqualByComparingTo(before.get(2).total());

        for (int k = 0; k < ids.size(); k++) {
            StoredEvaluation now = evaluations.current(ids.get(k)).orElseThrow();
            assertThat(now).as("stored evaluation of " + ids.get(k)).isEqualTo(before.get(k));
            assertThat(export(ids.get(k), Format.HTML)).as("html export").isEqualTo(html.get(k));
            assertThat(export(ids.get(k), Format.XLSX)).as("xlsx export").isEqualTo(xlsx.get(k));
            List<byte[]> now2 = List.of(download(ids.get(k), "html"), download(ids.get(k), "xlsx"), download(ids.get(k), "pdf"));
            for (int f = 0; f < 3; f++) {
                assertThat(now2.get(f)).as("download " + List.of("html", "xlsx", "pdf").get(f) + " of " + ids.get(k))
                        .isEqualTo(downloads.get(k).get(f));
            }
        }
        assertThat(List.of(listed("优"), listed("良"), listed("中"), listed("差"))).isEqualTo(lists);
        assertThat(http.post("/api/v1/scorecards/" + y2023 + "/evaluation", "").body()).isEqualTo(apiBefore);

        // re-scoring is explicit, and the old result stays in the history
        JsonNode rescored = http.post("/api/v1/scorecards/" + y2023 + "/evaluation?rescore=true", "").json();
        assertThat(rescored.get("rulesId").asString()).isEqualTo("national-2023");
        List<StoredEvaluation> history = evaluations.history(y2023);
        assertThat(history).extracting(StoredEvaluation::reason).containsExactly("RESCORE", "CREATE");
        assertThat(history.get(1)).isEqualTo(before.get(2).withCurrent(false));
        assertThat(evaluations.current(y2021).orElseThrow()).isEqualTo(before.get(0));
    }

    @Test
    void theExportPrintsTheComputedScoreNotTheOneTyped() throws Exception {
        long id = post(suiningOf(2021, "200"));
        JsonNode card = http.get("/api/v1/scorecards/" + id).json();
        // the filler typed 5.55 as the score of the first row; the computed one is 6.25
        ((tools.jackson.databind.node.ObjectNode) card.get("indicators").get(0)).put("score", 5.55);
        assertThat(http.put("/api/v1/scorecards/" + id, card.toString()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/scorecards/" + id).json().get("indicators").get(0).get("score").decimalValue())
                .as("the typed score is kept as written").isEqualByComparingTo("5.55");
        String html = http.get("/api/v1/scorecards/" + id + "/export?format=html").body();
        assertThat(html).contains("<td class=\"num\">6.25").doesNotContain("5.55");
        assertThat(evaluations.current(id).orElseThrow().view().indicators().getFirst().score()).isEqualByComparingTo("6.25");
        // the xlsx: the 得分 column holds every row's computed score, in order
        List<BigDecimal> computed = evaluations.current(id).orElseThrow().view().indicators().stream()
                .map(org.jixiao.scoring.EvaluationView.IndicatorView::score).toList();
        List<BigDecimal> xlsxScores = scoreColumn(download(id, "xlsx"));
        assertThat(xlsxScores).as("xlsx 得分 column").hasSize(computed.size());
        for (int k = 0; k < computed.size(); k++) assertThat(xlsxScores.get(k)).as("row " + k).isEqualByComparingTo(computed.get(k));
        assertThat(xlsxScores.getFirst()).isEqualByComparingTo("6.25");
        // the PDF: the printed text has the computed score and not the typed one
        String pdf = pdfText(download(id, "pdf"));
        assertThat(pdf).contains("6.25").doesNotContain("5.55");
    }

    /**
     * Explanations are stored in Chinese and English; a row stored before that (each explanation a Chinese string in
     * its JSON) reads with its Chinese exactly as stored and an English said from its stored score and weight.
     */
    @Test
    void explanationsAreStoredInBothLanguagesAndAnOlderChineseOnlyRowStillReads() {
        long id = post(suiningOf(2021, "261.75"));
        StoredEvaluation stored = evaluations.current(id).orElseThrow();
        var computed = Scorer.evaluate(scorecards.require(id).scorecard());
        for (int i = 0; i < computed.indicators().size(); i++) {
            assertThat(stored.view().indicators().get(i).explanation()).isEqualTo(computed.indicators().get(i).explanation());
        }
        assertThat(stored.view().executionExplanation()).isEqualTo(computed.executionExplanation());
        JsonNode api = http.post("/api/v1/scorecards/" + id + "/evaluation", "{}").json();
        assertThat(api.get("indicators").get(0).get("explanation").get("zh").asString()).isEqualTo("完成值8次，达到指标值≥4次，得满分6.25");
        assertThat(api.get("indicators").get(0).get("explanation").get("en").asString())
                .isEqualTo("Actual “8次” meets the target “≥4次”: full marks 6.25");

        // the row as an older release wrote it: explanations as Chinese strings
        jdbc.sql("""
                update evaluation set detail = jsonb_set(detail, '{executionExplanation}', detail->'executionExplanation'->'zh')
                  || jsonb_build_object('indicators', (select jsonb_agg(jsonb_set(i, '{explanation}', i->'explanation'->'zh') order by n)
                       from jsonb_array_elements(detail->'indicators') with ordinality as x(i, n)))
                where scorecard_id = :id and current""").param("id", id).update();
        assertThat(jdbc.sql("select jsonb_typeof(detail->'indicators'->0->'explanation') from evaluation where scorecard_id = :id and current")
                .param("id", id).query(String.class).single()).isEqualTo("string");
        StoredEvaluation old = evaluations.current(id).orElseThrow();
        for (int i = 0; i < computed.indicators().size(); i++) {
            var row = old.view().indicators().get(i);
            assertThat(row.explanation().zh()).isEqualTo(computed.indicators().get(i).explanation().zh());
            assertThat(row.explanation().en()).doesNotContainPattern("\\p{IsHan}").contains(row.score().toPlainString())
                    .contains("stored before explanations were kept in English");
        }
        assertThat(old.view().executionExplanation().zh()).isEqualTo(computed.executionExplanation().zh());
        assertThat(old.view().executionExplanation().en()).contains("8.18").doesNotContainPattern("\\p{IsHan}");
        assertThat(old.total()).isEqualByComparingTo(stored.total());

        // at start-up the English is added, but only where scoring again is certain to give the stored result:
        // not under another version of the rules file …
        jdbc.sql("update evaluation set rules_version = 'an-older-file' where id = :id").param("id", old.id()).update();
        assertThat(org.jixiao.kernel.Actor.asOperator(() -> translation.translate())).isZero();
        assertThat(evaluations.current(id).orElseThrow().view().indicators().getFirst().explanation().en())
                .contains("stored before explanations were kept in English");
        // … and under the same version the row keeps its id, reason, numbers and Chinese and gains the English
        jdbc.sql("update evaluation set rules_version = :v where id = :id").param("v", stored.rulesVersion()).param("id", old.id()).update();
        assertThat(org.jixiao.kernel.Actor.asOperator(() -> translation.translate())).isEqualTo(1);
        StoredEvaluation translated = evaluations.current(id).orElseThrow();
        assertThat(translated.id()).isEqualTo(old.id());
        assertThat(translated.reason()).isEqualTo(old.reason());
        assertThat(translated.total()).isEqualByComparingTo(old.total());
        for (int i = 0; i < computed.indicators().size(); i++) {
            assertThat(translated.view().indicators().get(i).explanation()).isEqualTo(computed.indicators().get(i).explanation());
        }
        assertThat(translated.view().executionExplanation()).isEqualTo(computed.executionExplanation());
        assertThat(org.jixiao.kernel.Actor.asOperator(() -> translation.translate())).isZero(); // nothing left to do
    }
}
