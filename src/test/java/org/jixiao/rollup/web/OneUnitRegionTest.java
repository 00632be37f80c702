package org.jixiao.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.E5;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.GradeExplanation;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.RuleBook;
import org.jixiao.scoring.ScoringRules;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11's "a region's roll-up of one unit grades 87.72 良 while the unit itself scores 93.7 优, with no
 * explanation", on the real Suining table stored as the only unit of a city: the roll-up (the summary the page and API
 * show, and the reference) compares the region with the unit's <b>stored</b> self-evaluation — the score the unit's
 * pages, lists and exports show — and says either that the two agree or exactly which rows differ and why; when the
 * unit's result was stored under other rules than the region is computed with now, it says that too.
 */
@JixiaoTest
class OneUnitRegionTest {
    static final AtomicInteger N = new AtomicInteger();
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    @Autowired RegionalRollups rollups;
    @Autowired Evaluations evaluations;

    @AfterEach
    void restoreRules() { evaluations.useRules(RuleBook.standard()); }

    private record Stored(Org city, long unit) {}

    private Stored cityWithOneUnit(Scorecard table) {
        Org province = orgs.create(orgs.root().id(), "单一单位省" + N.incrementAndGet() + "-" + System.nanoTime(), null, Level.PROVINCE);
        Org city = orgs.create(province.id(), "单一单位市", null, Level.CITY);
        Org unit = orgs.create(city.id(), "遂宁市医疗保障局", null, Level.UNIT);
        return new Stored(city, scorecards.create(table, unit.id(), null, null).id());
    }

    private static List<String> zh(RegionalRollups.Result r) {
        return r.explanation().stream().map(GradeExplanation.Line::zh).toList();
    }

    @Test
    void anUngradedUnitsRegionNamesItsStoredScoreAndEveryRowThatDiffers() {
        Scorecard suining = SeedScorecards.suining();
        Stored s = cityWithOneUnit(suining);
        StoredEvaluation own = evaluations.current(s.unit()).orElseThrow();
        for (RegionalRollups.Result r : List.of(rollups.summary(s.city().id(), 2021, suining.project(), FundWeight.ALLOCATED),
                rollups.rollup(s.city().id(), 2021, suining.project(), FundWeight.ALLOCATED))) {
            assertThat(r.evaluation().total()).as("narratives without a grade have nothing to roll up").isLessThan(own.total());
            List<String> zh = zh(r);
            assertThat(zh).filteredOn(l -> l.startsWith("区域只有一个单位")).singleElement()
                    .satisfies(l -> assertThat(l).contains("自评得分" + own.total().toPlainString() + "（" + own.grade().label() + "）")
                            .contains("区域得分" + r.evaluation().total().toPlainString()));
            // every row scored differently is named with both scores; the others are not
            var stored = own.view().indicators();
            var region = r.evaluation().indicators();
            int differing = 0;
            for (int k = 0; k < stored.size(); k++) {
                String name = stored.get(k).name();
                boolean named = zh.stream().anyMatch(l -> l.startsWith("「" + name + "」单位得"));
                boolean differs = stored.get(k).score().compareTo(region.get(k).score()) != 0;
                assertThat(named).as(name).isEqualTo(differs);
                if (differs) differing++;
            }
            assertThat(differing).isPositive();
            assertThat(zh).as("same rules: nothing said of rules").noneMatch(l -> l.contains("评分规则"));
        }
    }

    @Test
    void aGradedUnitsRegionAgreesWithItsStoredScoreAndSaysSo() {
        Scorecard graded = E5.withEveryQualitativeRowMet(SeedScorecards.suining());
        Stored s = cityWithOneUnit(graded);
        StoredEvaluation own = evaluations.current(s.unit()).orElseThrow();
        RegionalRollups.Result r = rollups.summary(s.city().id(), 2021, graded.project(), FundWeight.ALLOCATED);
        assertThat(r.evaluation().total()).isEqualByComparingTo(own.total());
        assertThat(zh(r)).contains("区域只有一个单位「遂宁市医疗保障局」，区域得分与该单位自评得分相同（" + own.total().toPlainString()
                + "，" + own.grade().label() + "）");
        // which units went in, with what weight
        assertThat(zh(r).getFirst()).contains("遂宁市医疗保障局").contains("100.00%");
    }

    @Test
    void aUnitStoredUnderEarlierRulesKeepsItsScoreAndTheRegionSaysWhyItDiffers() throws Exception {
        Scorecard graded = E5.withEveryQualitativeRowMet(SeedScorecards.suining());
        Stored s = cityWithOneUnit(graded);
        StoredEvaluation own = evaluations.current(s.unit()).orElseThrow();
        String file = """
                id=national-2021-test
                validFrom=2021
                source=test: changed rules for 2021
                weight.OUTPUT=45
                weight.BENEFIT=25
                weight.SATISFACTION=10
                executionWeight=20
                grade.EXCELLENT=95
                grade.GOOD=85
                grade.FAIR=60
                """;
        Properties p = new Properties();
        p.load(new StringReader(file));
        evaluations.useRules(RuleBook.standard().with(ScoringRules.fromProperties(p, "national-2021-test.properties"),
                RuleBook.digest(file.getBytes(StandardCharsets.UTF_8))));

        RegionalRollups.Result r = rollups.summary(s.city().id(), 2021, graded.project(), FundWeight.ALLOCATED);
        assertThat(evaluations.current(s.unit()).orElseThrow()).as("the unit's result is pinned").isEqualTo(own);
        assertThat(r.evaluation().rulesId()).isEqualTo("national-2021-test");
        assertThat(r.evaluation().total()).isNotEqualByComparingTo(own.total());
        List<String> zh = zh(r);
        assertThat(zh).anySatisfy(l -> assertThat(l).startsWith("区域只有一个单位").contains("自评得分" + own.total().toPlainString()));
        assertThat(zh).filteredOn(l -> l.contains("评分规则")).singleElement().satisfies(l -> assertThat(l)
                .contains(own.rulesId() + "（版本 " + own.rulesVersion() + "）").contains("national-2021-test（版本 "));
        assertThat(r.explanation()).filteredOn(l -> l.en().contains("rules")).singleElement()
                .satisfies(l -> assertThat(l.en()).contains(own.rulesId() + " (version " + own.rulesVersion() + ")"));
    }
}
