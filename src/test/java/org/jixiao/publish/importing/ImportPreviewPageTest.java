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

    Document preview(String lang) { return preview(document(), lang); }

    Document preview(String text, String lang) {
        Http http = new Http(port);
        Http.Response r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/imports/preview?lang=" + lang))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))));
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
        // the head of the table: unit as read, the budget's total and its one source as they will be stored
        assertThat(html.select("#parsed-1 .parsed-facts").text()).contains("遂宁市医疗保障局");
        assertThat(html.select("#parsed-1 table.parsed-budget tbody tr").eachText())
                .containsExactly("年度资金总额 320.00 261.75 81.80%", "中央补助 320.00 261.75 81.80%");
    }

    /**
     * Held-out h17 (礼陵 民政 2023, amounts in 元): the budget in the preview has every row the stored scorecard has —
     * the total with its 年初预算数, 财政拨款 and 其他资金 — each amount as the store keeps it (万元, six places: to the fen,
     * so nothing to say) and the unit named, in the page's language. Only an amount beyond six places (a fraction of a
     * fen) is shown with the value as read beside it.
     */
    @Test
    void theBudgetShowsEveryFundSourceAsTheStoredScorecardHoldsItWithItsUnit(
            @org.springframework.beans.factory.annotation.Autowired org.jixiao.scorecard.store.Scorecards scorecards) {
        String h17 = Seeds.resource("/heldout/docs/h17_liling_minzheng_2023_dept_selfeval_paragraphs_yuan.txt");
        Document zh = preview(h17, "zh_CN");
        Element budget = zh.selectFirst("#parsed-1 table.parsed-budget");
        assertThat(budget).isNotNull();
        assertThat(budget.selectFirst("caption").text()).isEqualTo("资金情况（单位：万元）");
        assertThat(budget.select("thead th").eachText()).containsExactly("资金来源", "年初预算数", "全年预算数(A)", "全年执行数(B)", "执行率");
        assertThat(budget.select("tbody th").eachText()).containsExactly("年度资金总额", "财政拨款", "其他资金");
        Element total = budget.selectFirst("tbody tr");
        // 91,238,654.70元 is 9123.86547万元: kept to the fen (it was stored as 9123.87), nothing to say
        assertThat(total.selectFirst("td.c-planned").text()).isEqualTo("9123.86547");
        assertThat(total.selectFirst("td.c-executed").text()).isEqualTo("8890.611235");
        assertThat(total.selectFirst("td.c-initial").text()).isEqualTo("8645.73");
        assertThat(budget.select(".as-read")).isEmpty();

        // what the store keeps: the same table stored and read back gives every shown amount
        var table = TextParser.parse(h17, "h17.txt").tables().get(0);
        var stored = scorecards.find(scorecards.create(table).id()).orElseThrow().scorecard().budget();
        List<String> expected = new ArrayList<>();
        expected.add(row("年度资金总额", stored.initial(), stored.planned(), stored.executed(), stored.ratePercent()));
        for (var f : stored.sources()) expected.add(row(f.name(), f.planned(), f.executed(), f.ratePercent()));
        List<String> shown = budget.select("tbody tr").stream()
                .map(tr -> tr.select("th, td .stored").eachText().stream().filter(t -> !t.isEmpty()).reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
        assertThat(shown).containsExactlyElementsOf(expected);

        Document en = preview(h17, "en");
        Element enBudget = en.selectFirst("#parsed-1 table.parsed-budget");
        assertThat(enBudget.selectFirst("caption").text()).isEqualTo("Budget (unit: 10k yuan)");
        assertThat(enBudget.select("tbody th").first().text()).isEqualTo("Total funds");
        assertThat(enBudget.select(".as-read")).isEmpty();

        // half a fen (a seventh place in 万元) is beyond what the store keeps: rounded, with the value as read beside it
        String halfFen = h17.replace("91,238,654.70", "91,238,654.705");
        Element rounded = preview(halfFen, "zh_CN").selectFirst("#parsed-1 table.parsed-budget tbody tr td.c-planned");
        assertThat(rounded.selectFirst(".stored").text()).isEqualTo("9123.865471");
        assertThat(rounded.selectFirst(".as-read").text()).isEqualTo("原文读作 9123.8654705，按六位小数保存");
        Element roundedEn = preview(halfFen, "en").selectFirst("#parsed-1 table.parsed-budget tbody tr td.c-planned");
        assertThat(roundedEn.selectFirst(".as-read").text()).isEqualTo("read as 9123.8654705, stored to six places");
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

    /** A budget row as the page prints it: its name, then each amount present (a rate with its %). */
    private static String row(String name, java.math.BigDecimal... amounts) {
        StringBuilder b = new StringBuilder(name);
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != null) b.append(' ').append(amounts[i].toPlainString()).append(i == amounts.length - 1 ? "%" : "");
        }
        return b.toString();
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
