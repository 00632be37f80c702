package org.jixiao.publish.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list's batch export: the filtered list as one zip, one file per scorecard of the list (no more, no fewer), each
 * the official form of that scorecard in the chosen format. On the three seed tables (two of 2021, one of 2022).
 */
@JixiaoTest
class BatchExportTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Scorecards scorecards;
    Scorecard suining = SeedScorecards.suining(), dalian = SeedScorecards.dalian(), linyi = SeedScorecards.linyi();

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        for (Scorecard s : new Scorecard[] {suining, dalian, linyi}) scorecards.create(s);
    }

    /** The zip's entries, by name. */
    Map<String, byte[]> zip(String query) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/scorecards/export.zip?" + query)).header("Authorization", Http.adminAuthorization()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()), java.nio.charset.StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    /** The number of scorecards the list page shows for the same filter. */
    int listed(String query) {
        Http.Response r = new Http(port).get("/api/v1/scorecards?" + query);
        return r.json().get("total").asInt();
    }

    @Test
    void theYearsTablesAreOnePdfEachWithTheirOwnRows() throws Exception {
        Map<String, byte[]> files = zip("year=2021&format=pdf");
        assertThat(files).hasSize(listed("year=2021")).hasSize(2);
        assertThat(files.keySet()).containsExactlyInAnyOrder(Exporter.fileName(suining, Format.PDF), Exporter.fileName(dalian, Format.PDF));
        for (Scorecard s : new Scorecard[] {suining, dalian}) {
            String text;
            try (PDDocument pdf = Loader.loadPDF(files.get(Exporter.fileName(s, Format.PDF)))) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            }
            assertThat(text).contains(s.unit().replaceAll("\\s+", ""));
            s.indicators().forEach(i -> assertThat(text).as(s.unit() + ": " + i.name()).contains(i.name().replaceAll("\\s+", "")));
        }
    }

    @Test
    void aSearchNarrowsTheZipToTheTablesItFindsAsWorkbooksNamedAfterTheirForm() throws Exception {
        Map<String, byte[]> files = zip("q=" + java.net.URLEncoder.encode("临沂", java.nio.charset.StandardCharsets.UTF_8) + "&format=xlsx");
        assertThat(files.keySet()).containsExactly(Exporter.fileName(linyi, Format.XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.values().iterator().next()))) {
            assertThat(book.getSheetName(0)).isEqualTo("部门整体绩效目标表");
            assertThat(book.getSheetAt(0).getRepeatingRows()).as("print titles").isNotNull();
        }
        assertThat(zip("year=1999&format=html")).isEmpty();
        assertThat(zip("format=html")).hasSize(3);
    }
}
