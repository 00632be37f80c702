package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.scorecard.Indicator;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page's preview of the Suining table with a sentence slipped in: the table as read column by column, beside
 * the source lines with the sentence marked as skipped, in the page language only.
 */
@JixiaoTest
class ImportPreviewPageTest {
    static final String INSERTED = "本页由网站编辑于2022年6月1日转载，仅供参考";
    @LocalServerPort int port;

    static String document() {
        return Seeds.text(Seeds.SUINING).replace("来源:遂宁市医疗保障局", INSERTED + "\n来源:遂宁市医疗保障局");
    }

    Document preview(String lang) {
        Http http = new Http(port);
        Http.Response r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/imports/preview?lang=" + lang))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(document(), StandardCharsets.UTF_8))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void theTableIsShownColumnByColumnAsTheParserReadIt() {
        ParsedDocument doc = TextParser.parse(document(), "pasted.txt");
        List<Indicator> rows = doc.tables().get(0).indicators();
        Document html = preview("zh_CN");

        Element table = html.selectFirst("#parsed-1 table.parsed-table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th").eachText()).containsExactly("#", "一级指标", "二级指标", "三级指标", "年度指标值",
                "全年实际完成值", "分值");
        assertThat(table.select("tbody tr")).hasSize(rows.size());
        // each column holds that field of each row, as the parser read it
        List<String> names = new ArrayList<>(), targets = new ArrayList<>(), actuals = new ArrayList<>(), level2 = new ArrayList<>();
        for (Indicator i : rows) {
            names.add(i.name());
            targets.add(i.target());
            actuals.add(i.actual() == null ? "" : i.actual());
            level2.add(i.level2());
        }
        assertThat(table.select("td.c-name").eachText()).containsExactlyElementsOf(names);
        assertThat(table.select("td.c-target .cell-text").eachText()).containsExactlyElementsOf(targets);
        assertThat(table.select("td.c-actual .cell-text").eachText()).containsExactlyElementsOf(actuals.stream().map(String::strip).toList());
        assertThat(table.select("td.c-level2").eachText()).containsExactlyElementsOf(level2);
        assertThat(table.select("td.c-name").first().text()).isEqualTo("开展全域医保政策宣传活动次数");
        assertThat(table.select("td.c-target .cell-text").first().text()).isEqualTo("≥4次");
        // the head of the table: unit and budget as read
        assertThat(html.select("#parsed-1 .parsed-facts").text()).contains("遂宁市医疗保障局", "320", "261.75");
    }

    @Test
    void theSourceLinesMarkTheSkippedSentenceAndNotTheRows() {
        Document html = preview("zh_CN");
        Element inserted = html.select(".source .line").stream().filter(l -> l.text().contains("仅供参考")).findFirst().orElseThrow();
        assertThat(inserted.hasClass("skipped-line")).isTrue();
        assertThat(String.join("", inserted.select("mark.skipped").eachText())).contains("本页由网站编辑于2022年6月1日转载", "仅供参考");

        Element row = html.select(".source .line").stream().filter(l -> l.text().contains("开展全域医保政策宣传活动次数")).findFirst().orElseThrow();
        assertThat(row.hasClass("skipped-line")).isFalse();
        assertThat(row.select("mark.skipped")).isEmpty();
        assertThat(String.join(" ", row.select("span.cell").eachText())).contains("开展全域医保政策宣传活动次数", "≥4次");

        String count = html.selectFirst("#skipped-count").text();
        long marked = html.select(".source .line.skipped-line").size();
        assertThat(count).contains(marked + " 行").doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(html.select(".legend mark.skipped").text()).isEqualTo("没有读入的文字（已标出）");
        // the parser's warnings in the page language only
        for (Element w : html.select("ol.warnings li")) assertThat(w.text()).doesNotContain(" / line ").startsWith("第");
    }

    @Test
    void inEnglishTheColumnsLegendAndWarningsAreEnglish() {
        Document html = preview("en");
        assertThat(html.select("#parsed-1 table.parsed-table thead th").eachText()).containsExactly("#", "Level 1", "Level 2",
                "Indicator", "Target", "Actual", "Weight");
        assertThat(html.selectFirst("#skipped-count").text()).contains("lines of text went into no cell");
        assertThat(html.select(".legend").text()).doesNotContainPattern("\\p{IsHan}");
        for (Element w : html.select("ol.warnings li")) assertThat(w.text()).startsWith("line ").doesNotContain("第");
    }

    @Test
    void confirmingATableThatExistsAlreadySaysSoAndShowsTheStoredOne(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.simple.JdbcClient jdbc, @org.springframework.beans.factory.annotation.Autowired
            org.jixiao.demo.DemoAccounts demo) {
        jdbc.sql("delete from scorecard").update();
        jdbc.sql("delete from import_batch").update();
        demo.load();
        org.jixiao.support.FormSession filler = new org.jixiao.support.FormSession(port, "suining-filler");
        String first = importOnce(filler);
        assertThat(first).contains("已导入");
        long stored = jdbc.sql("select count(*) from scorecard").query(Long.class).single();
        // the same document once more: the existing table is shown, and the page says it was not imported again
        String second = importOnce(filler);
        assertThat(Jsoup.parse(second).select("#notice").text()).startsWith("这张表已经存在，未重复导入");
        assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(stored);
    }

    /** Pastes the document on the import page, confirms the preview and follows the redirect: that page's HTML. */
    private String importOnce(org.jixiao.support.FormSession who) {
        String form = who.get("/imports").body();
        var previewed = who.post("/imports/preview", "text=" + URLEncoder.encode(document(), StandardCharsets.UTF_8)
                + "&_csrf=" + org.jixiao.support.FormSession.enc(org.jixiao.support.FormSession.token(form)));
        assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
        Element confirm = Jsoup.parse(previewed.body()).selectFirst("form.confirm");
        assertThat(confirm).isNotNull();
        var confirmed = who.post(confirm.attr("action"), "_csrf=" + org.jixiao.support.FormSession.enc(
                confirm.selectFirst("input[name=_csrf]").val()));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        String target = confirmed.headers().firstValue("Location").orElseThrow();
        assertThat(target).matches(".*/scorecards/\\d+");
        String page = who.get(URI.create(target).getPath()).body();
        assertThat(Jsoup.parse(page).select(".form-head").text()).contains("遂宁市医疗保障局");
        return page;
    }
}
