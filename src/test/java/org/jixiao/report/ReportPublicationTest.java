package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.SelfEvaluation;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 自评报告 of the Suining table through the pages: a rewritten paragraph is an entry of the 操作日志 (old and new
 * text); at publication the report's text is kept, and from then on the report tab, the scorecard page and the
 * public page give that report (as .docx and PDF written from it), whatever happens to the draft.
 */
@JixiaoTest
class ReportPublicationTest {
    static final String REWRITTEN = "自评结果已报遂宁市财政局，作为2022年预算安排和政策调整的依据。";
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Scorecards scorecards;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    final HttpClient client = HttpClient.newHttpClient();
    long id;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        long bureau = orgs.byName("遂宁市医疗保障局", Scope.EVERYTHING).orElseThrow().id();
        id = scorecards.create(ReportTest.suiningWithShortfalls(), bureau, null, null).id();
    }

    HttpResponse<byte[]> send(String user, HttpRequest.Builder b) {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + (user.equals("admin") ? Http.ADMIN_PASSWORD : DemoAccounts.PASSWORD)).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    String page(String user, String path) {
        HttpResponse<byte[]> r = get(user, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    HttpResponse<byte[]> post(String user, String path, String form) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", form == null ? "application/json" : "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form)));
    }

    void rewrite(String part, int position, String text) {
        HttpResponse<byte[]> r = post("suining-filler", "/scorecards/" + id + "/report",
                "part=" + part + "&position=" + position + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(302);
    }

    List<Map<String, Object>> audit(String action) {
        return jdbc.sql("select field, old_value, new_value, actor from audit_event where scorecard_id = :id and action = :a order by id")
                .param("id", id).param("a", action).query().listOfRows();
    }

    void step(String user, String action) {
        HttpResponse<byte[]> r = post(user, "/api/v1/scorecards/" + id + "/" + action, null);
        assertThat(r.statusCode()).as(action + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) { return ReportTest.squeeze(new PDFTextStripper().getText(doc)); }
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return ReportTest.squeeze(x.getText());
        }
    }

    @Test
    void aRewrittenParagraphIsAnEntryOfTheHistoryWithTheGeneratedAndTheNewText() {
        String generated = ReportWriter.write(ReportTest.suiningWithShortfalls()).section(Report.Part.USE).paragraphs().get(0);
        rewrite("USE", 0, REWRITTEN);
        assertThat(audit("REPORT_REWRITE")).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("report.USE[0]");
            assertThat(e.get("old_value")).isEqualTo(generated);
            assertThat(e.get("new_value")).isEqualTo(REWRITTEN);
            assertThat(e.get("actor")).isEqualTo("suining-filler");
        });
        rewrite("USE", 0, ""); // back to the generated text: recorded too
        assertThat(audit("REPORT_REWRITE")).hasSize(2).last().satisfies(e -> {
            assertThat(e.get("old_value")).isEqualTo(REWRITTEN);
            assertThat(e.get("new_value")).isEqualTo(generated);
        });

        // the 操作日志 names the paragraph in words, in the page language
        var zh = Jsoup.parse(page("suining-filler", "/scorecards/" + id + "/history?lang=zh_CN")).select("#history tbody tr").eachText();
        assertThat(zh).anySatisfy(row -> assertThat(row).contains("改写自评报告", "自评报告“结果应用”第1段", REWRITTEN));
        var en = Jsoup.parse(page("suining-filler", "/scorecards/" + id + "/history?lang=en")).select("#history tbody tr").eachText();
        assertThat(en).anySatisfy(row -> assertThat(row).contains("Report rewritten", "“Use of the results”, paragraph 1"));
        assertThat(String.join("\n", en)).doesNotContain("report.USE");
    }

    @Test
    void thePublishedReportIsKeptAtPublicationAndHandedOutUnchangedAfterwards() throws Exception {
        rewrite("USE", 0, REWRITTEN);
        step("suining-filler", "submit");
        step("suining-reviewer", "approve");
        assertThat(jdbc.sql("select count(*) from published_report where scorecard_id = :id").param("id", id).query(Long.class).single())
                .as("nothing kept before publication").isZero();
        step("suining-reviewer", "publish");

        Map<String, Object> kept = jdbc.sql("select title, sha256 from published_report where scorecard_id = :id").param("id", id)
                .query().singleRow();
        byte[] pdf = get(null, "/public/" + id + "/report.pdf").body();
        byte[] docx = get(null, "/public/" + id + "/report.docx").body();
        SelfEvaluation e = Scorer.evaluate(scorecards.require(id).scorecard());
        String total = e.total().stripTrailingZeros().toPlainString();
        String printed = pdfText(pdf), word = docxText(docx);
        for (String text : List.of(printed, word)) {
            assertThat(text).contains(ReportTest.squeeze((String) kept.get("title")), ReportTest.squeeze(REWRITTEN),
                    "总得分" + total + "分", "“" + e.grade().label() + "”", "受疫情影响，线下宣传活动减少1次");
        }
        assertThat(audit("REPORT_ATTACHED")).singleElement().satisfies(a -> assertThat((String) a.get("new_value"))
                .startsWith((String) kept.get("title")).contains(((String) kept.get("sha256")).substring(0, 16)));

        // the scorecard page offers it, the public page too, and both hand out the kept report
        var sheet = Jsoup.parse(page("suining-filler", "/scorecards/" + id));
        assertThat(sheet.select("#export-report").attr("href")).isEqualTo("/scorecards/" + id + "/report.pdf");
        var pub = Jsoup.parse(page(null, "/public/" + id));
        assertThat(pub.select("#public-report").attr("href")).isEqualTo("/public/" + id + "/report.pdf");
        assertThat(pdfText(get("suining-filler", "/scorecards/" + id + "/report.pdf").body())).isEqualTo(printed);

        // afterwards the draft cannot be rewritten through the page, and what would change the draft changes no
        // published report: not a paragraph row changed behind the page's back, not a later scoring of the table
        HttpResponse<byte[]> refused = post("suining-filler", "/scorecards/" + id + "/report", "part=USE&position=0&text=x");
        assertThat(refused.statusCode()).isIn(302, 403);
        jdbc.sql("update report_paragraph set body = '改过的文字' where scorecard_id = :id").param("id", id).update();
        assertThat(pdfText(get(null, "/public/" + id + "/report.pdf").body())).isEqualTo(printed).doesNotContain("改过的文字");
        assertThat(docxText(get("suining-reviewer", "/scorecards/" + id + "/report.docx").body())).isEqualTo(word);
        var tab = Jsoup.parse(page("suining-filler", "/scorecards/" + id + "/report"));
        assertThat(tab.select("#report").text()).contains(REWRITTEN).doesNotContain("改过的文字");
        assertThat(tab.select(".workflow-bar p").text()).contains("公开时保存的报告");
        // and the kept row itself is fixed: the database refuses to change it
        assertThatThrownBy(() -> jdbc.sql("update published_report set title = 'x' where scorecard_id = :id").param("id", id).update())
                .hasMessageContaining("a published report cannot be changed");
    }

    @Test
    void aTableThatIsNotPublishedHasNoReportOnThePublicPage() {
        assertThat(get(null, "/public/" + id + "/report.pdf").statusCode()).isEqualTo(404);
        assertThat(get("suining-filler", "/scorecards/" + id + "/report.pdf").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page("suining-filler", "/scorecards/" + id)).select("#export-report")).isEmpty();
    }
}
