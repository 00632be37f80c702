package org.jixiao.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.E5;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * RULES.md §7 E5 through the service and the REST API, over scorecards stored in PostgreSQL: units 甲 and 乙 of a
 * city (乙 under one of its counties), the Suining table as the targets the city was issued.
 */
@JixiaoTest
class RegionalRollupApiTest {
    static final AtomicInteger N = new AtomicInteger();
    @LocalServerPort int port;
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    @Autowired RegionalRollups rollups;

    Org city;
    Org county;
    String project;
    StoredScorecard targets;

    @BeforeEach
    void setUp() {
        int n = N.incrementAndGet();
        Org province = orgs.create(orgs.root().id(), "汇总测试省" + n + "-" + System.nanoTime(), null, Level.PROVINCE);
        city = orgs.create(province.id(), "汇总测试市", null, Level.CITY);
        county = orgs.create(city.id(), "汇总测试县", null, Level.COUNTY);
        Org jia = orgs.create(city.id(), "甲", null, Level.UNIT);
        Org yi = orgs.create(county.id(), "乙", null, Level.UNIT);
        scorecards.create(E5.jia(), jia.id(), null, null);
        scorecards.create(E5.yi(), yi.id(), null, null);
        targets = scorecards.create(SeedScorecards.suining(), city.id(), null, null);
        project = SeedScorecards.suining().project();
    }

    JsonNode get(FundWeight weight) { return get(weight, ""); }

    /** The roll-up as the API shows it; {@code "&contributors=true"} asks for every row's drill-down as well. */
    JsonNode get(FundWeight weight, String more) {
        Http.Response r = new Http(port).get("/api/v1/rollups?region=" + city.id() + "&year=2021&project="
                + URLEncoder.encode(project, StandardCharsets.UTF_8) + "&weight=" + RollupView.name(weight) + more);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode indicator(JsonNode rollup, String name) {
        for (JsonNode i : rollup.get("indicators")) if (i.get("name").asString().equals(name)) return i;
        throw new AssertionError("no indicator " + name);
    }

    @Test
    void theApiRollsTheRateUpWeightedByAllocationsWithItsDrillDown() {
        JsonNode rate = indicator(get(FundWeight.ALLOCATED, "&contributors=true"), E5.RATE);

        assertThat(rate.get("valueKind").asString()).isEqualTo("RELATIVE");
        assertThat(rate.get("aggregatedActual").decimalValue()).isEqualByComparingTo("54.375");
        assertThat(rate.get("actualText").asString()).isEqualTo("54.38%");
        JsonNode c = rate.get("contributors");
        assertThat(c).hasSize(2);
        assertThat(c.get(0).get("unit").asString()).isEqualTo("甲");
        assertThat(c.get(0).get("fund").decimalValue()).isEqualByComparingTo("200");
        assertThat(c.get(0).get("value").decimalValue()).isEqualByComparingTo("60");
        assertThat(c.get(0).get("weightShare").decimalValue()).isEqualByComparingTo("0.625");
        assertThat(c.get(1).get("unit").asString()).isEqualTo("乙");
        assertThat(c.get(1).get("weightShare").decimalValue()).isEqualByComparingTo("0.375");
        assertThat(rate.get("missing")).isEmpty();
    }

    @Test
    void weighingByExecutedAmountsGivesFiftyFivePointThreeTwo() {
        JsonNode rate = indicator(get(FundWeight.EXECUTED, "&contributors=true"), E5.RATE);
        assertThat(rate.get("actualText").asString()).isEqualTo("55.32%");
        assertThat(rate.get("contributors").get(1).get("fund").decimalValue()).isEqualByComparingTo("81.75");
    }

    @Test
    void countsAreSummedQualitativePercentsFundWeightedAndTheBudgetRateIsTheRatioOfSums() {
        JsonNode rollup = get(FundWeight.ALLOCATED);

        assertThat(indicator(rollup, E5.EVENTS).get("actualText").asString()).isEqualTo("8次");
        assertThat(indicator(rollup, E5.EVENTS).get("valueKind").asString()).isEqualTo("ABSOLUTE");
        JsonNode support = indicator(rollup, E5.SUPPORT);
        assertThat(support.get("aggregatedActual").decimalValue()).isEqualByComparingTo("85.625");
        assertThat(support.get("actualText").asString()).isEqualTo("85.63%");
        assertThat(support.get("grade").asString()).isEqualTo("MET");
        JsonNode budget = rollup.get("budget");
        assertThat(budget.get("planned").decimalValue()).isEqualByComparingTo("320");
        assertThat(budget.get("executed").decimalValue()).isEqualByComparingTo("261.75");
        assertThat(budget.get("ratePercent").decimalValue()).isEqualByComparingTo("81.80");
        assertThat(rollup.get("units").valueStream().map(JsonNode::asString).toList()).containsExactly("甲", "乙");
        // the region is scored by the same rules: 10 × 81.80 % for the budget
        assertThat(rollup.get("evaluation").get("executionScore").decimalValue()).isEqualByComparingTo("8.18");
        assertThat(rollup.get("evaluation").get("total").decimalValue()).isPositive();
    }

    @Test
    void theServiceListsAUnitWithoutTheIndicatorAsMissingInsteadOfCountingZero() {
        Org bing = orgs.create(county.id(), "丙", null, Level.UNIT);
        Scorecard withoutRate = SeedScorecards.asUnit(SeedScorecards.suining(), "丙", "80", "80",
                row -> row.name().equals(E5.RATE) ? null : row);
        scorecards.create(withoutRate, bing.id(), null, null);

        RegionalIndicator rate = rollups.rollup(city.id(), 2021, project, FundWeight.ALLOCATED).rollup().indicator(E5.RATE);

        assertThat(rate.missing()).containsExactly("丙");
        assertThat(rate.actualText()).isEqualTo("54.38%");
        // the county alone holds 乙 and 丙
        assertThat(rollups.rollup(county.id(), 2021, project, null).rollup().units()).containsExactly("乙", "丙");
    }

    @Test
    void savingStoresTheRegionsTransferScorecardAndItIsNotCountedAgainAsAUnit() {
        Http.Response saved = new Http(port).post("/api/v1/rollups/save?region=" + city.id() + "&year=2021&project="
                + URLEncoder.encode(project, StandardCharsets.UTF_8) + "&weight=executed", "");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        assertThat(id).as("the editable targets scorecard of the city is updated in place").isEqualTo(targets.id());

        StoredScorecard regional = scorecards.require(id);
        assertThat(regional.orgId()).isEqualTo(city.id());
        assertThat(regional.scorecard().kind()).isEqualTo(Kind.TRANSFER);
        assertThat(regional.scorecard().indicators()).filteredOn(i -> i.name().equals(E5.RATE))
                .singleElement().extracting(i -> i.actual()).isEqualTo("55.32%");
        assertThat(regional.scorecard().budget().planned()).isEqualByComparingTo("320");

        // rolling up again reads the same two units, not the stored regional table
        assertThat(rollups.rollup(city.id(), 2021, project, FundWeight.EXECUTED).rollup().units()).containsExactly("甲", "乙");
    }

    @Test
    void aRegionWithoutUnitScorecardsOrAMissingYearIsAClearError() {
        Http http = new Http(port);
        Http.Response none = http.get("/api/v1/rollups?region=" + city.id() + "&year=1999&project=x");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("没有").contains("no unit");
        Http.Response noYear = http.get("/api/v1/rollups?region=" + city.id() + "&project=x");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.body()).contains("year").contains("年度");
        Http.Response badWeight = http.get("/api/v1/rollups?region=" + city.id() + "&year=2021&project=x&weight=average");
        assertThat(badWeight.status()).isEqualTo(400);
        assertThat(badWeight.body()).contains("allocated").contains("权重");
        assertThatThrownBy(() -> rollups.rollup(orgs.byName("甲", city.scope()).orElseThrow().id(), 2021, project, null))
                .hasMessageContaining("not a region");
    }

    @Test
    void theRollupPageShowsEachRegionalValueWithItsUnitsValuesAndWeights() {
        int position = 0;
        while (!targets.scorecard().indicators().get(position).name().equals(E5.RATE)) position++;
        // the drill-down is built for the row a person opens (the link's ?open=, or the fragment the page loads)
        Http.Response page = new Http(port).get("/rollups?region=" + city.id() + "&year=2021&project="
                + URLEncoder.encode(project, StandardCharsets.UTF_8) + "&weight=allocated&open=" + position);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());

        org.jsoup.nodes.Element rate = html.select("#rollup-indicators > tbody > tr").stream()
                .filter(tr -> tr.child(0).text().equals(E5.RATE)).findFirst().orElseThrow();
        assertThat(rate.child(3).text()).isEqualTo("54.38%");
        assertThat(rate.select("details tbody tr").eachText()).containsExactly("甲 60 200 62.50%", "乙 45 120 37.50%");
        assertThat(html.select("#rollup-budget tbody tr").first().text()).contains("320", "261.75", "81.80%");
    }

    @Test
    void theValueKindDefaultsFromTheUnitIsEditableOnTheEvaluationPageAndTheRollupFollowsIt() {
        Http http = new Http(port);
        int events = 0;
        while (!targets.scorecard().indicators().get(events).name().equals(E5.EVENTS)) events++;
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(http.get("/scorecards/" + targets.id() + "/evaluation").body());
        assertThat(page.select("#kind-" + events + " option[selected]").text()).isEqualTo("默认：绝对（求和）");

        Http.Response edited = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base()
                        + "/scorecards/" + targets.id() + "/cell"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("field=indicators%5B" + events
                        + "%5D.valueKind&value=RELATIVE&version=" + targets.version() + "&view=evaluation")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(scorecards.require(targets.id()).scorecard().indicators().get(events).valueKind())
                .isEqualTo(org.jixiao.scorecard.ValueKind.RELATIVE);

        JsonNode rolled = indicator(get(FundWeight.ALLOCATED), E5.EVENTS);
        assertThat(rolled.get("valueKind").asString()).isEqualTo("RELATIVE");
        assertThat(rolled.get("actualText").asString()).isEqualTo("4.25次"); // (200×5 + 120×3) / 320
    }

    /**
     * Issue 14: the API answers from sums with each row's counts, and builds the drill-down of the row a person opens;
     * issue 11: the grade explains itself in both languages, with each part's fund share.
     */
    @Test
    void theApiShowsCountsAndTheExplanationAndDrillsIntoTheRowAPersonOpens() {
        JsonNode rollup = get(FundWeight.ALLOCATED);
        JsonNode rate = indicator(rollup, E5.RATE);
        assertThat(rate.get("contributorCount").asInt()).isEqualTo(2);
        assertThat(rate.get("missingCount").asInt()).isZero();
        assertThat(rate.has("contributors")).as("not built unless opened").isFalse();

        String query = "?region=" + city.id() + "&year=2021&project=" + URLEncoder.encode(project, StandardCharsets.UTF_8)
                + "&weight=allocated";
        Http http = new Http(port);
        Http.Response one = http.get("/api/v1/rollups/indicators/" + rate.get("position").asInt() + query);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        JsonNode c = one.json().get("contributors");
        assertThat(c).hasSize(2);
        assertThat(c.get(0).get("unit").asString()).isEqualTo("甲");
        assertThat(c.get(0).get("weightShare").decimalValue()).isEqualByComparingTo("0.625");
        assertThat(one.json().get("missing")).isEmpty();
        Http.Response fragment = http.get("/rollups/indicators/" + rate.get("position").asInt() + query);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(fragment.body()).select("tbody tr").eachText())
                .containsExactly("甲 60 200 62.50%", "乙 45 120 37.50%");
        assertThat(http.get("/api/v1/rollups/indicators/99" + query).status()).isEqualTo(400);

        // 甲 sits under the city itself, 乙 under its county: the headline weighs the city's parts
        JsonNode why = rollup.get("explanation");
        assertThat(why.get(0).get("zh").asString()).startsWith("区域得分").contains("由2个单位").contains("甲 62.50%")
                .contains("汇总测试县 37.50%");
        assertThat(why.get(0).get("en").asString()).startsWith("The region scores").contains("甲 62.50 %")
                .contains("汇总测试县 37.50 %");
        assertThat(rollup.get("shares").valueStream().map(x -> x.get("name").asString()).toList())
                .containsExactly("甲", "汇总测试县");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(http.get("/rollups" + query).body());
        assertThat(page.select("#rollup-explanation li").first().text()).startsWith("区域得分");
        assertThat(page.select("#rollup-indicators details tbody tr")).as("nothing opened, nothing built").isEmpty();
        assertThat(page.select("#rollup-indicators .drill-slot[hx-get]")).hasSize(targets.scorecard().indicators().size());
    }
}
