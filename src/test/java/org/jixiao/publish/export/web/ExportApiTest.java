package org.jixiao.publish.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.publish.export.XlsxImporter;
import org.jixiao.rollup.E5;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.web.RegionalRollups;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/scorecards/{id}/export: a stored unit scorecard and a saved regional one, opened as a reader would. */
@JixiaoTest
class ExportApiTest {
    @LocalServerPort int port;
    @Autowired Evaluations evaluations;
    @Autowired Scorecards scorecards;
    @Autowired Orgs orgs;
    @Autowired RegionalRollups rollups;

    record Download(int status, String contentType, String disposition, byte[] body) {}

    Download download(long id, String format) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/scorecards/" + id + "/export?format=" + format))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + Http.ADMIN_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Content-Disposition").orElse(null), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    StoredScorecard suining() {
        return scorecards.create(SeedScorecards.suining(), null, null, null);
    }

    @Test
    void xlsxDownloadHasTheSpreadsheetTypeAUtf8FileNameAndReadsBackLosslessly() throws IOException {
        StoredScorecard s = suining();
        Download d = download(s.id(), "xlsx");

        assertThat(d.status()).isEqualTo(200);
        assertThat(d.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(d.disposition()).startsWith("attachment").contains("filename*=UTF-8''"
                + URLEncoder.encode("遂宁市医疗保障局-2021-", StandardCharsets.UTF_8)).contains(".xlsx")
                // what curl -OJ saves under: it reads only the ASCII filename
                .contains("; filename=\"scorecard-" + s.id() + "-2021.xlsx\";");
        // every text as it was; 得分 and 分值 as evaluated (the stored evaluation's computed score, issue 11)
        // the store's 10.00 and the workbook's 10 are one value: the scorecards are equal as they are
        assertThat(XlsxImporter.read(new ByteArrayInputStream(d.body()))).isEqualTo(Evaluations.scored(s.scorecard(), evaluations.current(s.id()).orElseThrow()));
    }

    @Test
    void pdfAndHtmlDownloadsShowTheIndicatorRows() throws IOException {
        StoredScorecard s = suining();
        Download pdf = download(s.id(), "pdf");
        Download html = download(s.id(), "html");

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("跨省异地就医直接结算率").contains("81.80%");
        }
        assertThat(html.contentType()).startsWith("text/html").contains("UTF-8");
        Document page = Jsoup.parse(new String(html.body(), StandardCharsets.UTF_8));
        assertThat(page.select("td").eachText()).contains("开展全域医保政策宣传活动次数", "跨省异地就医直接结算率");
    }

    @Test
    void aSavedRegionalScorecardExportsWithItsAggregatedValuesAndMergedCells() throws IOException {
        Org province = orgs.create(orgs.root().id(), "导出测试省" + System.nanoTime(), null, Level.PROVINCE);
        Org jia = orgs.create(province.id(), "甲", null, Level.UNIT);
        Org yi = orgs.create(province.id(), "乙", null, Level.UNIT);
        scorecards.create(E5.jia(), jia.id(), null, null);
        scorecards.create(E5.yi(), yi.id(), null, null);
        scorecards.create(SeedScorecards.suining(), province.id(), null, null);
        StoredScorecard regional = rollups.save(province.id(), 2021, SeedScorecards.suining().project(), FundWeight.ALLOCATED);

        Download d = download(regional.id(), "xlsx");
        assertThat(d.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (Row row : sheet) row.forEach(c -> cells.add(f.formatCellValue(c)));
            assertThat(cells).contains("54.38%", "8次", "85.63%", "320.00", "261.75");
            assertThat(sheet.getNumMergedRegions()).isGreaterThan(5);
        }
        // every text as it was; 得分 and 分值 as evaluated (the stored evaluation's computed score, issue 11)
        // the store's 10.00 and the workbook's 10 are one value: the scorecards are equal as they are
        assertThat(XlsxImporter.read(new ByteArrayInputStream(d.body()))).isEqualTo(Evaluations.scored(regional.scorecard(), evaluations.current(regional.id()).orElseThrow()));
    }

    @Test
    void anUnknownFormatIsRefusedAndAMissingScorecardIsNotFound() {
        StoredScorecard s = suining();
        Http.Response bad = new Http(port).get("/api/v1/scorecards/" + s.id() + "/export?format=docx");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("xlsx").contains("导出格式");
        assertThat(new Http(port).get("/api/v1/scorecards/987654321/export?format=pdf").status()).isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Value("${jixiao.export.timeout-seconds}") long exportTimeoutSeconds;

    /**
     * The largest scorecard the validator accepts (issue 15, finding 7): 200 rows, each with a long name, target,
     * actual and reason, close to the 100,000 characters a table may hold in all. Text from a seeded random draw.
     */
    static org.jixiao.scorecard.Scorecard largest() {
        java.util.Random random = new java.util.Random(15);
        String chars = "医疗保障基金监管参保率结算服务满意度覆盖人数次数万元年度目标完成情况宣传活动定点机构检查";
        java.util.function.IntFunction<String> text = n -> {
            StringBuilder b = new StringBuilder(n);
            while (b.length() < n) b.append(random.nextInt(10) == 0 ? "，" : String.valueOf(chars.charAt(random.nextInt(chars.length()))));
            return b.toString();
        };
        org.jixiao.scorecard.Scorecard seed = SeedScorecards.suining();
        org.jixiao.scorecard.Indicator model = seed.indicators().get(0);
        java.util.List<org.jixiao.scorecard.Indicator> rows = new java.util.ArrayList<>();
        for (int i = 0; i < org.jixiao.scorecard.ScorecardValidator.MAX_INDICATORS; i++) {
            rows.add(model.toBuilder().name("第" + (i + 1) + "项" + text.apply(190)).target("≥" + (i + 1) + "次，" + text.apply(95))
                    .actual((i + 1) + "次，" + text.apply(95)).reason(text.apply(92)).build());
        }
        return seed.withIndicators(rows);
    }

    @Test
    void twoConcurrentExportsOfTheLargestAllowedScorecardBothSucceedWithinTheServersTimeLimit() throws IOException {
        // the bound is the server's own: an export still running after this is stopped and answered 503
        assertThat(exportTimeoutSeconds).isEqualTo(30);
        org.jixiao.scorecard.Scorecard big = largest();
        assertThat(org.jixiao.scorecard.ScorecardValidator.totalText(big))
                .isBetween(95_000L, (long) org.jixiao.scorecard.ScorecardValidator.MAX_TOTAL_TEXT);
        long id = scorecards.create(big).id(); // accepted: within every limit

        var pdf = java.util.concurrent.CompletableFuture.supplyAsync(() -> download(id, "pdf"));
        var xlsx = java.util.concurrent.CompletableFuture.supplyAsync(() -> download(id, "xlsx"));
        Download p = pdf.join(), x = xlsx.join();

        assertThat(p.status()).as(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(x.status()).as(new String(x.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        String last = big.indicators().getLast().name();
        try (PDDocument doc = Loader.loadPDF(p.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("第1项").contains("第200项").contains(last.substring(0, 12));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (Row r : sheet) r.forEach(c -> cells.add(f.formatCellValue(c)));
            assertThat(cells).contains(last).contains(big.indicators().get(0).name());
        }
    }
}
