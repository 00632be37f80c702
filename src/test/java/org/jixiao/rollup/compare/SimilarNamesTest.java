package org.jixiao.rollup.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
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
 * The comparison page finds indicators by similar names on the three seed tables, each held by its bureau: a person
 * types 参保率 and is offered 基本医疗保险的参保率 (Linyi), or types Suining's 参保人员对医保服务满意度 and is offered
 * Dalian's 参保人员对医保服务的满意度; only names in the caller's scope are offered.
 */
@JixiaoTest
class SimilarNamesTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Scorecards scorecards;
    @Autowired DemoAccounts demo;
    @Autowired Orgs orgs;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from scorecard").update();
        demo.load();
        scorecards.create(SeedScorecards.suining(), org("遂宁市医疗保障局"), null, null);
        scorecards.create(SeedScorecards.dalian(), org("大连市医疗保障局"), null, null);
        scorecards.create(SeedScorecards.linyi(), org("临沂市医疗保障局"), null, null);
    }

    long org(String name) { return orgs.byName(name, Scope.EVERYTHING).orElseThrow().id(); }

    Document page(Http http, String name) {
        Http.Response r = http.get("/comparisons?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void aPartOfANameOffersTheIndicatorsThatContainIt() {
        Document html = page(new Http(port), "参保率");
        assertThat(html.select("#compare-table")).isEmpty(); // no indicator is called just 参保率
        assertThat(html.select("main").text()).contains("没有名称完全相同的指标");
        assertThat(html.select("#similar a").eachText()).containsExactly("基本医疗保险的参保率")
                .doesNotContain("参保群众政策知晓率", "参保信息核查系统适应性改造");

        // following the offer compares it
        String href = html.selectFirst("#similar a").attr("href");
        Http.Response chosen = new Http(port).get(href);
        assertThat(Jsoup.parse(chosen.body()).select("#compare-table tbody tr").eachText())
                .singleElement().satisfies(row -> assertThat(row).startsWith("临沂市医疗保障局"));
    }

    @Test
    void aNameWrittenWithoutTheParticleOffersTheOneWrittenWithIt() {
        Document html = page(new Http(port), "参保人员对医保服务满意度");
        assertThat(html.select("#compare-table tbody tr").eachText()).singleElement()
                .satisfies(row -> assertThat(row).startsWith("遂宁市医疗保障局").contains("≥90%"));
        assertThat(html.select("#similar a").eachText()).contains("参保人员对医保服务的满意度");
    }

    @Test
    void onlyNamesInTheCallersScopeAreOffered() {
        Document html = page(Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD), "参保率");
        assertThat(html.select("#similar a")).isEmpty(); // Linyi's 基本医疗保险的参保率 is outside 遂宁市
        assertThat(html.select("main").text()).contains("没有找到该指标");
        Document satisfaction = page(Http.as(port, "suining-reviewer", DemoAccounts.PASSWORD), "满意度");
        assertThat(satisfaction.select("#similar a").eachText()).containsExactly("参保人员对医保服务满意度");
    }

    @Test
    void similarityIsCountedOnCharacterPairs() {
        assertThat(Comparisons.pairs("参保人员对医保服务满意度", "参保人员对医保服务满意度")).isEqualTo(1.0);
        assertThat(Comparisons.pairs("参保率", "参保群众政策知晓率")).isLessThan(Comparisons.SIMILAR);
        assertThat(Comparisons.pairs("跨省异地就医直接结算率", "跨省异地就医住院直接结算率")).isGreaterThanOrEqualTo(Comparisons.SIMILAR);
    }
}
