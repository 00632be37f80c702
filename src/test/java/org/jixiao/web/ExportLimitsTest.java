package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, bounded work: every document download goes through the same export limits — the public downloads of a
 * published table (its form as PDF/xlsx, its 自评报告) which anyone may ask for without signing in, the list's zip and
 * xlsx, the signed-in export. With every slot and waiting place taken, each answers 503 at once with a message naming
 * the limit (Chinese and English), and serves a valid file again as soon as the slots are free.
 */
@JixiaoTest
class ExportLimitsTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;
    @Autowired ExportLimits limits;
    @Value("${jixiao.export.concurrent}") int concurrent;
    @Value("${jixiao.export.queue:16}") int queue;
    final CountDownLatch release = new CountDownLatch(1);
    final List<CompletableFuture<Object>> held = new ArrayList<>();
    long id;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        Http reviewer = Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD);
        id = filler.post("/api/v1/scorecards", Fixtures.json(Fixtures.submittable(Seeds.SUINING))).json().get("id").asLong();
        assertThat(filler.post("/api/v1/scorecards/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/approve", "").status()).isEqualTo(200);
        assertThat(reviewer.post("/api/v1/scorecards/" + id + "/publish", "").status()).isEqualTo(200);
    }

    @AfterEach
    void free() {
        release.countDown();
        held.forEach(f -> f.handle((r, e) -> null).join());
    }

    record Got(int status, String type, String disposition, String retryAfter, byte[] body) {
        String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    /** As a browser without signing in (or as admin when asked), the body as bytes. */
    Got get(String path, boolean admin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (admin) b.header("Authorization", Http.adminAuthorization());
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Got(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.headers().firstValue("Retry-After").orElse(null), r.body());
    }

    /** Takes every export slot (work that runs until released) and every waiting place. */
    void takeEverySlot() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(concurrent);
        for (int i = 0; i < concurrent + queue; i++) {
            held.add(limits.submit(() -> {
                running.countDown();
                return release.await(60, TimeUnit.SECONDS);
            }));
        }
        assertThat(running.await(20, TimeUnit.SECONDS)).as("the slots are taken").isTrue();
    }

    @Test
    void thePublicDownloadsServeValidFilesAndAnswer503NamingTheLimitWhenTheSlotsAreTaken() throws Exception {
        String indicator = Fixtures.seed(Seeds.SUINING).indicators().getFirst().name();
        Got xlsx = get("/public/" + id + "/export?format=xlsx", false);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).contains("filename=\"scorecard-" + id + "-2021.xlsx\"").contains("filename*=UTF-8''");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> cells = new ArrayList<>();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> cells.add(new DataFormatter().formatCellValue(c))));
            assertThat(cells).contains(indicator);
        }
        Got pdf = get("/public/" + id + "/export?format=pdf", false);
        assertThat(pdf.status()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains(indicator);
        }
        Got report = get("/public/" + id + "/report.pdf", false);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.type()).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(report.body())) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }

        takeEverySlot();
        long start = System.nanoTime();
        for (String path : List.of("/public/" + id + "/export?format=pdf", "/public/" + id + "/export?format=xlsx",
                "/public/" + id + "/report.pdf", "/public/" + id + "/report.docx")) {
            Got busy = get(path, false);
            assertThat(busy.status()).as(path).isEqualTo(503);
            assertThat(busy.retryAfter()).as(path).isNotNull();
            // the public pages are Chinese by default: the page names the limit in words
            assertThat(busy.text()).as(path).contains("同时最多进行 " + concurrent + " 项导出、" + queue + " 项等候");
        }
        // the list's downloads and the signed-in API: the same limits; the API's JSON in both languages
        Got zip = get("/scorecards/export.zip?format=pdf", true);
        assertThat(zip.status()).isEqualTo(503);
        Got api = get("/api/v1/scorecards/" + id + "/export?format=pdf", true);
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.text()).contains("同时最多进行 " + concurrent + " 项导出")
                .contains("at most " + concurrent + " run at once and " + queue + " wait");
        // answered at once, not after waiting for a slot
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(15);

        release.countDown();
        held.forEach(CompletableFuture::join);
        Got again = get("/public/" + id + "/export?format=pdf", false);
        assertThat(again.status()).isEqualTo(200);
        try (var doc = Loader.loadPDF(again.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains(indicator);
        }
        assertThat(get("/scorecards/export.zip?format=html", true).status()).isEqualTo(200);
    }
}
