package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.publish.ParseJson;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.publish.export.XlsxImporter;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A 部门整体(支出)绩效自评表 end to end, on the real tables of the held-out set (h04, a pipe table in 元) and the corpus
 * (019, by lines): read, imported, stored, exported to Excel and read back, posted as the JSON of the parse, and named
 * in the import preview.
 */
@JixiaoTest
class DepartmentSelfEvaluationImportTest {
    static final String H04 = "heldout/docs/h04_pingjiang_weijian_2023_dept_selfeval_pipes_yuan.txt";
    static final String C019 = "corpus/docs/019_lingling_linye_2021_dept_selfeval.txt";

    @Autowired Imports imports;
    @Autowired Scorecards scorecards;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from scorecard").update();
        jdbc.sql("delete from import_batch").update();
    }

    static String text(String resource) {
        try {
            return Files.readString(Path.of(DepartmentSelfEvaluationImportTest.class.getClassLoader().getResource(resource).toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anImportedDepartmentSelfEvaluationIsStoredAndExportedAsOne() throws IOException {
        Scorecard parsed = TextParser.parse(text(H04), "h04.txt").tables().get(0);
        var outcomes = imports.importText("h04.txt", text(H04), false);
        assertThat(outcomes).hasSize(1);

        Scorecard stored = scorecards.find(outcomes.get(0).scorecardId()).orElseThrow().scorecard();
        assertThat(stored.form()).isEqualTo("department-self-evaluation");
        assertThat(stored.kind()).isEqualTo(Kind.DEPARTMENT);
        assertThat(stored.unit()).isEqualTo("平江县卫生健康局");
        assertThat(stored.indicators()).extracting(Indicator::name, Indicator::target, Indicator::actual)
                .containsExactlyElementsOf(parsed.indicators().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.name(), i.target(), i.actual())).toList());
        assertThat(stored.indicators().get(0).actual()).isEqualTo("96.3%");

        byte[] xlsx = xlsx(stored);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            // the self-evaluation's form: its levels, values, weights and scores, not the reference columns of targets
            assertThat(sheet.getSheetName()).isEqualTo("部门整体绩效自评表");
            assertThat(texts(sheet)).contains("部门（单位）名称", "平江县卫生健康局", "一级指标", "二级指标", "三级指标",
                    "适龄儿童免疫规划疫苗接种率", "96.3%").doesNotContain("规划值", "前三年均值", "工作活动");
        }
        // the store keeps weights and scores to two places (10.00), the workbook as numbers (10): one value, equal
        assertThat(XlsxImporter.read(new ByteArrayInputStream(xlsx))).isEqualTo(stored);
    }

    @Test
    void aWorkbookFilledInElsewhereWithActualsReadsAsADepartmentSelfEvaluation() throws IOException {
        Scorecard parsed = TextParser.parse(text(C019), "019.txt").tables().get(0);
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx(parsed)))) {
            wb.removeSheetAt(wb.getSheetIndex("jixiao")); // no hidden sheet: the form is not named
            wb.write(edited);
        }
        Scorecard back = XlsxImporter.read(new ByteArrayInputStream(edited.toByteArray()));
        assertThat(back.form()).isEqualTo("department-self-evaluation");
        assertThat(back.indicators()).extracting(Indicator::name).containsExactlyElementsOf(
                parsed.indicators().stream().map(Indicator::name).toList());
    }

    @Test
    void theJsonOfTheParsePostedToTheApiIsStoredAsADepartmentSelfEvaluation() {
        String json = ParseJson.toJson(TextParser.parse(text(H04), "h04.txt"));
        Http.Response created = new Http(port).post("/api/v1/scorecards", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("form").asString()).isEqualTo("department-self-evaluation");
        assertThat(body.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(body.get("indicators").get(0).get("name").asString()).isEqualTo("适龄儿童免疫规划疫苗接种率");
    }

    @Test
    void theImportPreviewNamesTheFormInThePageLanguage() {
        for (String[] lang : new String[][] {{"zh_CN", "部门整体(支出)绩效自评表"}, {"en", "Department self-evaluation"}}) {
            Http http = new Http(port);
            Http.Response r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/imports/preview?lang=" + lang[0]))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text=" + java.net.URLEncoder.encode(text(H04),
                            java.nio.charset.StandardCharsets.UTF_8))));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            String form = org.jsoup.Jsoup.parse(r.body()).select("#parsed-1 .parsed-form").text();
            assertThat(form).as(lang[0]).contains(lang[1]).doesNotContain("department-self-evaluation");
        }
    }

    static byte[] xlsx(Scorecard s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(s, Format.XLSX, out);
        return out.toByteArray();
    }

    static List<String> texts(Sheet sheet) {
        List<String> t = new ArrayList<>();
        for (Row r : sheet) for (Cell c : r) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) t.add(c.getStringCellValue());
        return t;
    }
}
