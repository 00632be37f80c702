package org.jixiao.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.E5;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roll-up page offers the years and funds the caller's scorecards hold (never a blank year or a free-text fund),
 * rolls up the latest year's first fund when only a region is chosen, and charts each unit's fund: RULES §7 E5's two
 * units (200 and 120 万元) held by 遂宁市医疗保障局 and 船山区医疗保障局, rolled up over 遂宁市.
 */
@JixiaoTest
class RollupPageTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Scorecards scorecards;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;
    long city;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        city = org("遂宁市");
        scorecards.create(E5.jia(), org("遂宁市医疗保障局"), null, null);
        scorecards.create(E5.yi(), org("船山区医疗保障局"), null, null);
        scorecards.create(SeedScorecards.linyi(), org("临沂市医疗保障局"), null, null); // 2022, outside 遂宁市
    }

    long org(String name) { return orgs.byName(name, Scope.EVERYTHING).orElseThrow().id(); }

    Document page(String user, String path) {
        Http.Response r = Http.as(port, user, DemoAccounts.PASSWORD).get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void theYearAndFundAreChosenFromTheCallersScorecards() {
        Document html = page("suining-reviewer", "/rollups");
        assertThat(html.select("#r-year option").eachText()).containsExactly("2021"); // Linyi's 2022 is not in 遂宁市
        assertThat(html.select("#r-year option[selected]").text()).isEqualTo("2021");
        assertThat(html.select("#r-project option").eachText()).containsExactly(E5.jia().project());
        assertThat(html.select("#r-region option").eachText()).contains("遂宁市").doesNotContain("临沂市");
        assertThat(html.select("input#r-year, input#r-project")).isEmpty(); // pickers, not free text

        Document linyi = page("linyi-reviewer", "/rollups");
        assertThat(linyi.select("#r-year option").eachText()).containsExactly("2022");
    }

    @Test
    void aRegionAloneRollsUpTheOfferedYearAndFundAndChartsEachUnitsFund() {
        int position = 0;
        while (!E5.jia().indicators().get(position).name().equals(E5.RATE)) position++;
        // the drill-down is built for the row a person opens (?open= without script)
        Document html = page("suining-reviewer", "/rollups?region=" + city + "&open=" + position);
        assertThat(html.select("#rollup-summary h2").text()).contains("遂宁市", "2021", E5.jia().project());
        var chart = html.selectFirst("#rollup-chart");
        assertThat(chart).isNotNull();
        List<String> units = Arrays.asList(chart.attr("data-labels").split("\\|"));
        List<String> funds = Arrays.asList(chart.attr("data-values").split("\\|"));
        assertThat(units).hasSize(2);
        assertThat(funds).containsExactlyInAnyOrder("200", "120");
        // each unit's fund is the one the roll-up weighted it by (the drill-down of any indicator)
        var rate = html.select("#rollup-indicators > tbody > tr").stream()
                .filter(tr -> tr.child(0).text().equals(E5.RATE)).findFirst().orElseThrow();
        // the chart shows the region's parts (issue 14): the bureau attached to 遂宁市, and 船山区 with its bureau
        assertThat(units).containsExactly("遂宁市医疗保障局", "船山区");
        for (String fund : funds) {
            assertThat(rate.select("details tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains(" " + fund + " "));
        }
        assertThat(rate.child(3).text()).isEqualTo("54.38%");
    }

    /**
     * One language per page: the grade's explanation on the English page has no Chinese of our own — each run of Han
     * characters in it is data the page shows elsewhere (an indicator's name or values, a unit or region name) — and
     * the Chinese page has no English sentence in it.
     */
    @Test
    void theGradesExplanationIsInThePagesLanguage() {
        Document en = page("suining-reviewer", "/rollups?region=" + city + "&lang=en");
        List<String> lines = en.select("#rollup-explanation li").eachText();
        assertThat(lines).isNotEmpty().first().asString().startsWith("The region scores");
        Document rest = en.clone();
        rest.select("#rollup-explanation").remove();
        // the units' names too: the lowest units of a row are named though its drill-down is not open
        String data = rest.text() + " " + String.join(" ", rest.select("[data-labels]").eachAttr("data-labels"))
                + " " + E5.jia().unit() + " " + E5.yi().unit();
        for (String line : lines) {
            var han = java.util.regex.Pattern.compile("\\p{IsHan}+").matcher(line);
            while (han.find()) assertThat(data).as("Chinese of our own in: " + line).contains(han.group());
        }
        Document zh = page("suining-reviewer", "/rollups?region=" + city);
        assertThat(zh.select("#rollup-explanation li").eachText()).isNotEmpty().first().asString().startsWith("区域得分");
        assertThat(zh.select("#rollup-explanation li").eachText()).noneMatch(l -> l.matches(".*[A-Za-z]{2,}( [A-Za-z]{2,}){2,}.*"));
    }
}
