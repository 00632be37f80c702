package org.jixiao.rollup.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.E5;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Scorer;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 跨省异地就医直接结算率 by city and year, and one unit's scores across years, over stored scorecards. */
@JixiaoTest
class ComparisonApiTest {
    @LocalServerPort int port;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;

    Org province, jia, yi;
    Scorecard jia2021, jia2022, yi2021;

    static Scorecard inYear(Scorecard s, int year, String rate) {
        return new Scorecard(s.form(), s.title(), year, s.project(), s.unit(), s.competentDepartment(), s.region(),
                s.budget(), s.overallGoal(), s.indicators().stream()
                .map(r -> r.name().equals(E5.RATE) ? r.withActual(rate) : r).toList());
    }

    @BeforeEach
    void setUp() {
        province = orgs.create(orgs.root().id(), "比较测试省" + System.nanoTime(), null, Level.PROVINCE);
        jia = orgs.create(province.id(), "甲市医保局", null, Level.UNIT);
        yi = orgs.create(province.id(), "乙市医保局", null, Level.UNIT);
        jia2021 = E5.jia();
        jia2022 = inYear(E5.jia(), 2022, "72.50%");
        yi2021 = E5.yi();
        scorecards.create(jia2021, jia.id(), null, null);
        scorecards.create(jia2022, jia.id(), null, null);
        scorecards.create(yi2021, yi.id(), null, null);
    }

    String indicatorPath(String name) {
        return "/api/v1/comparisons/indicator?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&region=" + province.id()
                + "&project=" + URLEncoder.encode(SeedScorecards.suining().project(), StandardCharsets.UTF_8);
    }

    @Test
    void oneIndicatorIsTabledByUnitAndYearWithGapsWhereAUnitHasNoScorecard() {
        Http.Response r = new Http(port).get(indicatorPath(E5.RATE));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode t = r.json();

        assertThat(t.get("years").valueStream().map(JsonNode::asInt).toList()).containsExactly(2021, 2022);
        assertThat(t.get("unitSymbol").asString()).isEqualTo("%");
        JsonNode rows = t.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("org").asString()).isEqualTo("甲市医保局");
        assertThat(rows.get(0).get("cells").get(0).get("amount").decimalValue()).isEqualByComparingTo("60");
        assertThat(rows.get(0).get("cells").get(1).get("actual").asString()).isEqualTo("72.50%");
        assertThat(rows.get(1).get("org").asString()).isEqualTo("乙市医保局");
        assertThat(rows.get(1).get("cells").get(0).get("amount").decimalValue()).isEqualByComparingTo("45");
        assertThat(rows.get(1).get("cells").get(1).isNull()).isTrue();
    }

    @Test
    void theIndicatorNameMatchesWhateverItsWhitespace() {
        JsonNode t = new Http(port).get(indicatorPath("跨省异地 就医直接结算率")).json();
        assertThat(t.get("rows")).hasSize(2);
    }

    @Test
    void theChartIsAnSvgWithOneLinePerUnit() {
        Http.Response r = new Http(port).get(indicatorPath(E5.RATE) + "&format=svg");
        assertThat(r.status()).isEqualTo(200);
        Document svg = Jsoup.parse(r.body(), Parser.xmlParser());
        assertThat(svg.select("polyline")).hasSize(1); // 乙 has one point only: a dot, no line
        assertThat(svg.select("circle")).hasSize(3);
        assertThat(svg.select("text").eachText()).contains("甲市医保局", "乙市医保局", "2021", "2022");
    }

    @Test
    void oneUnitsScoresAcrossYearsAreTheSelfEvaluationsOfItsScorecards() {
        Http.Response r = new Http(port).get("/api/v1/comparisons/unit/" + jia.id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode years = r.json().get("years");

        assertThat(years).hasSize(2);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2021);
        assertThat(years.get(0).get("total").decimalValue()).isEqualByComparingTo(Scorer.evaluate(jia2021).total());
        assertThat(years.get(1).get("year").asInt()).isEqualTo(2022);
        assertThat(years.get(1).get("total").decimalValue()).isEqualByComparingTo(Scorer.evaluate(jia2022).total());
        assertThat(years.get(1).get("grade").asString()).isEqualTo(Scorer.evaluate(jia2022).grade().label());
    }

    @Test
    void aMissingIndicatorNameIsRefusedInBothLanguages() {
        Http.Response r = new Http(port).get("/api/v1/comparisons/indicator");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("指标名称").contains("indicator name");
    }

    @Test
    void theComparisonPageShowsTheTableTheChartAndTheUnitsScores() {
        Http.Response page = new Http(port).get("/comparisons?name=" + URLEncoder.encode(E5.RATE, StandardCharsets.UTF_8)
                + "&region=" + province.id() + "&unit=" + jia.id());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());

        assertThat(html.select("#compare-table tbody tr").eachText()).containsExactly("甲市医保局 60.00% 72.50%", "乙市医保局 45.00% —");
        assertThat(html.select(".chart-svg svg polyline")).hasSize(1);
        assertThat(html.select("#unit-scores tbody tr")).hasSize(2);
        String grade = Scorer.evaluate(jia2022).grade().label();
        assertThat(html.select("#unit-scores tbody tr td:nth-child(5)").eachText()).contains(grade);
        // one language per page: the grade as a word of the page's language
        Document en = Jsoup.parse(new Http(port).get("/comparisons?region=" + province.id() + "&unit=" + jia.id() + "&lang=en").body());
        assertThat(en.select("#unit-scores tbody tr td:nth-child(5)").eachText())
                .allSatisfy(g -> assertThat(g).matches("Excellent|Good|Fair|Poor"));
    }
}
