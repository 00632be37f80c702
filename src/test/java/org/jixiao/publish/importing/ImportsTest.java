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

    /**
     * An Excel workbook uploaded is read as a workbook (it was decoded as text: no table), kept as it came so the
     * confirmation reads what was previewed, hidden sheet included (a grade the form does not print).
     */
    @Test
    void anUploadedExcelExportIsReadAsAWorkbookAndConfirmedAsPreviewed() {
        var suining = org.jixiao.support.Fixtures.seed(Seeds.SUINING);
        var rows = new java.util.ArrayList<>(suining.indicators());
        rows.set(0, rows.get(0).toBuilder().weight(new java.math.BigDecimal("10")).grade(org.jixiao.measure.QualitativeGrade.PARTLY_MET).build());
        var original = suining.withIndicators(rows);
        var out = new java.io.ByteArrayOutputStream();
        org.jixiao.publish.export.Exporter.export(original, org.jixiao.publish.export.Format.XLSX, out);

        var preview = imports.preview("遂宁.xlsx", out.toByteArray());
        assertThat(preview.document().tables()).hasSize(1);
        assertThat(preview.document().tables().get(0).indicators()).extracting(i -> i.name())
                .containsExactlyElementsOf(original.indicators().stream().map(i -> i.name()).toList());
        // the document beside the preview is the sheet, row by row
        assertThat(imports.text(preview.id())).contains("| " + original.indicators().get(0).name() + " |");
        var stored = scorecards.find(imports.confirm(preview.id(), false).get(0).scorecardId()).orElseThrow().scorecard();
        assertThat(stored.indicators().get(0).grade()).isEqualTo(org.jixiao.measure.QualitativeGrade.PARTLY_MET);
        assertThat(stored.indicators().get(0).weight()).isEqualByComparingTo("10");
        assertThat(stored.budget()).isEqualTo(original.budget());
    }

    @Test
    void aDamagedWorkbookIsRefusedNamingTheFileAndStoresNothing() {
        byte[] damaged = "PK\u0003\u0004 not really a workbook".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.preview("自评表.xlsx", damaged)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement().satisfies(v -> {
                    assertThat(v.zh()).isEqualTo("Excel 工作簿「自评表.xlsx」无法导入：不是可读取的 Excel 工作簿（文件已损坏或格式不对）");
                    assertThat(v.en()).startsWith("the Excel workbook “自评表.xlsx” cannot be imported: not a readable");
                }));
        assertThat(count("import_batch")).isZero();
    }

    @Test
    void aGbkEncodedUploadIsReadCorrectly() {
        byte[] gbk = Seeds.text(Seeds.SUINING).getBytes(Charset.forName("GB18030"));
        var preview = imports.preview("suining-gbk.txt", gbk);
        assertThat(preview.document().tables()).hasSize(1);
        assertThat(preview.document().tables().get(0).unit()).isEqualTo("遂宁市医疗保障局");
    }

    /**
     * The CLI's one step (`jixiao import FILE`) is the upload's path: the same workbook bytes give the same scorecard
     * as the page's preview and confirm, and the reading is named.
     */
    @Test
    void aWorkbookFileImportsAsTheUploadPreviewsIt() {
        var out = new java.io.ByteArrayOutputStream();
        var linyi = org.jixiao.support.Fixtures.seed(Seeds.LINYI);
        org.jixiao.publish.export.Exporter.export(linyi, org.jixiao.publish.export.Format.XLSX, out);

        var previewed = imports.preview("临沂.xlsx", out.toByteArray()).document().tables().get(0);
        var done = imports.importFile("临沂.xlsx", out.toByteArray(), false);

        assertThat(done.readAs()).hasToString("Excel");
        assertThat(done.outcomes()).singleElement().extracting(Imports.Outcome::action).isEqualTo(Imports.Outcome.CREATED);
        var stored = scorecards.find(done.outcomes().get(0).scorecardId()).orElseThrow().scorecard();
        assertThat(stored.indicators()).isEqualTo(previewed.indicators());
        assertThat(stored.indicators()).extracting(i -> i.name()).containsExactlyElementsOf(linyi.indicators().stream().map(i -> i.name()).toList());
        assertThat(stored.budget()).isEqualTo(linyi.budget());
    }

    /**
     * A corpus text as GBK sites serve it (GB18030), with a BOM as Notepad saves it (UTF-8, UTF-16) and plain UTF-8: each
     * is read in its encoding, says which, and decodes to the same text — the same document (by its digest) and table.
     */
    @Test
    void aCorpusTextInEachEncodingIsReadAsTheSameDocumentAndSaysWhich() {
        String name = "010_yongde_minglang_yingyang_2022_project_selfeval.txt";
        String text = Seeds.resource("/corpus/docs/" + name);
        var gb = imports.importFile("gb18030.txt", text.getBytes(Charset.forName("GB18030")), false);
        assertThat(gb.readAs()).hasToString("GB18030");
        assertThat(gb.outcomes()).singleElement().extracting(Imports.Outcome::action).isEqualTo(Imports.Outcome.CREATED);
        long id = gb.outcomes().get(0).scorecardId();
        assertThat(scorecards.find(id).orElseThrow().scorecard().indicators())
                .isEqualTo(imports.preview(name, text).document().tables().get(0).indicators());

        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] utf16 = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        java.util.Map<String, byte[]> others = new java.util.LinkedHashMap<>();
        others.put("UTF-8", utf8);
        others.put("UTF-8 (BOM)", bom);
        others.put("UTF-16LE (BOM)", utf16);
        others.forEach((encoding, bytes) -> {
            var again = imports.importFile(encoding + ".txt", bytes, false);
            assertThat(again.readAs()).hasToString(encoding);
            // the same decoded text is the same document: matched, not stored twice
            assertThat(again.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.action()).isEqualTo(Imports.Outcome.UNCHANGED);
                assertThat(o.scorecardId()).isEqualTo(id);
            });
        });
        assertThat(count("scorecard")).isEqualTo(1);
    }

    /**
     * A saved web page: the Suining and Dalian tables as this application publishes them (its HTML export), the Suining
     * one inside a site's page (navigation, a script holding markup, a comment, character references) and saved in
     * GB18030 as such sites serve it. Each is read as its table — the markup was read as text ("<h1>" in the title,
     * "</th><td>" before the project, no budget). (Linyi's department form, exported with the 绩效指标 block label
     * as its first column, reads back the same too: ExportedPagesTest, without the database.)
     */
    @Test
    void aSavedWebPageIsReadAsItsTableNotItsMarkup() {
        for (String seed : new String[] {Seeds.SUINING, Seeds.DALIAN}) {
            var original = org.jixiao.support.Fixtures.seed(seed);
            var out = new java.io.ByteArrayOutputStream();
            org.jixiao.publish.export.Exporter.export(original, org.jixiao.publish.export.Format.HTML, out);
            String page = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            byte[] bytes = out.toByteArray();
            String expectedReading = "UTF-8 HTML";
            if (seed.equals(Seeds.SUINING)) {
                page = page.replace("<body>", "<body>\n<!-- 统计代码 <td>不是单元格</td> -->\n<div class=\"nav\">首页 &gt; 信息公开 &gt; 财政资金</div>\n"
                        + "<script>document.write('<table><tr><td>广告</td></tr></table>');</script>\n")
                        .replace("<meta charset=\"UTF-8\" />", "<meta charset=\"gb2312\" />");
                bytes = page.getBytes(Charset.forName("GB18030"));
                expectedReading = "GB18030 HTML";
            }
            var done = imports.importFile(seed + ".html", bytes, false);

            assertThat(done.readAs()).as(seed).hasToString(expectedReading);
            var stored = scorecards.find(done.outcomes().get(0).scorecardId()).orElseThrow().scorecard();
            assertThat(stored.title()).as(seed).isEqualTo(original.title());
            assertThat(stored.project()).as(seed).isEqualTo(original.project());
            assertThat(stored.unit()).as(seed).isEqualTo(original.unit());
            assertThat(stored.year()).as(seed).isEqualTo(original.year());
            assertThat(stored.budget()).as(seed).isEqualTo(original.budget());
            java.util.function.Function<org.jixiao.scorecard.Scorecard, java.util.List<java.util.List<Object>>> cells = t -> t.indicators().stream()
                    .map(i -> java.util.Arrays.<Object>asList(i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.weight(), i.score())).toList();
            assertThat(cells.apply(stored)).as(seed).isEqualTo(cells.apply(original));
            // the document beside the preview is the page's text and rows: no markup, the script's table not among them
            String text = jdbc.sql("select text from import_batch where scorecard_ids = :id").param("id", String.valueOf(done.outcomes().get(0).scorecardId()))
                    .query(String.class).single();
            assertThat(text).as(seed).doesNotContain("<", "广告", "不是单元格").contains("| " + original.indicators().get(0).name() + " |");
            if (seed.equals(Seeds.SUINING)) assertThat(text).contains("首页 > 信息公开 > 财政资金");
        }
        // the page's source pasted (or sent to the API as text) is read the same way, an XML prolog before it or not
        var out = new java.io.ByteArrayOutputStream();
        org.jixiao.publish.export.Exporter.export(org.jixiao.support.Fixtures.seed(Seeds.SUINING), org.jixiao.publish.export.Format.HTML, out);
        var pasted = imports.preview("pasted.txt", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pasted.document().tables()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo(org.jixiao.support.Fixtures.seed(Seeds.SUINING).title());
            assertThat(t.budget()).isEqualTo(org.jixiao.support.Fixtures.seed(Seeds.SUINING).budget());
        });
    }

    @Test
    void aFileNamedAsAWorkbookThatIsNotOneIsRefusedNotReadAsText() {
        byte[] text = Seeds.text(Seeds.SUINING).getBytes(Charset.forName("GB18030"));
        assertThatThrownBy(() -> imports.importFile("自评表.xls", text, false)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement().satisfies(v ->
                        assertThat(v.zh()).isEqualTo("Excel 工作簿「自评表.xls」无法导入：不是可读取的 Excel 工作簿（文件已损坏或格式不对）")));
        assertThat(count("import_batch")).isZero();
        assertThat(count("scorecard")).isZero();
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

    /** The API's upload is the page's: a GB18030 file is read as such, and the answer says how it was read. */
    @Test
    void theApiUploadReadsAGb18030FileAndSaysHow() {
        Http http = new Http(port);
        String boundary = "jixiao-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"suining-gbk.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(Seeds.text(Seeds.SUINING).getBytes(Charset.forName("GB18030")));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Http.Response preview = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.json().get("readAs").asString()).isEqualTo("GB18030");
        assertThat(preview.json().get("tables").get(0).get("unit").asString()).isEqualTo("遂宁市医疗保障局");
        assertThat(count("scorecard")).isZero();
    }
}
