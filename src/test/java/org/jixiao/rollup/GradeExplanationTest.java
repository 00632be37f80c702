package org.jixiao.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.SelfEvaluation;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.api.Test;

/** Issue 11: the region's grade explains itself — which units, their weights, and what pulled the score down. */
class GradeExplanationTest {

    @Test
    void theRegionsGradeNamesItsUnitsTheirWeightsAndWhatPulledItDown() {
        RegionalRollup rollup = Rollup.aggregate(List.of(E5.jia(), E5.yi()), SeedScorecards.suining(), FundWeight.ALLOCATED);
        SelfEvaluation e = Scorer.evaluate(rollup.toScorecard("四川省医疗保障局"));
        List<GradeExplanation.Line> why = GradeExplanation.of(rollup, e);
        List<String> zh = why.stream().map(GradeExplanation.Line::zh).toList();

        assertThat(zh.getFirst()).startsWith("区域得分" + e.total().toPlainString() + "（" + e.grade().label() + "），由2个单位")
                .contains("按全年预算数加权").contains("甲 62.50%").contains("乙 37.50%");
        assertThat(why.getFirst().en()).startsWith("The region scores " + e.total().toPlainString())
                .contains("full-year budget (A)").contains("甲 62.50 %").contains("乙 37.50 %");
        List<IndicatorScore> lost = e.indicators().stream()
                .filter(s -> s.applicable() && s.score().compareTo(s.weight()) < 0).toList();
        assertThat(lost).as("the E5 region loses points somewhere").isNotEmpty();
        for (IndicatorScore s : lost) {
            assertThat(why).anySatisfy(line -> {
                assertThat(line.zh()).startsWith("「" + s.name() + "」失").contains(s.explanation().zh());
                assertThat(line.en()).startsWith("'" + s.name() + "' lost").contains("scored " + s.score().toPlainString());
            });
        }
        // each lost row names its lowest units, lowest first, with their values in the regional unit
        for (IndicatorScore s : lost) {
            RegionalIndicator row = rollup.indicators().get(s.index());
            if (row.contributors().isEmpty()) continue;
            String expected = String.join("、", row.contributors().stream().sorted(java.util.Comparator.comparing(Contribution::value))
                    .limit(3).map(c -> c.unit() + " " + c.value().stripTrailingZeros().toPlainString() + row.unit()).toList());
            assertThat(why).filteredOn(l -> l.zh().startsWith("「" + s.name() + "」失")).singleElement()
                    .satisfies(l -> assertThat(l.zh()).contains("数值最低的单位：" + expected));
        }
        assertThat(zh).filteredOn(l -> l.contains("数值最低的单位")).isNotEmpty();
        // most points lost first
        for (int k = 2; k < 1 + lost.size(); k++) {
            assertThat(lostPoints(why.get(k - 1).zh())).isGreaterThanOrEqualTo(lostPoints(why.get(k).zh()));
        }
    }

    private static double lostPoints(String line) {
        return Double.parseDouble(line.substring(line.indexOf("」失") + 2, line.indexOf("分：")));
    }

    /**
     * Issue 11's "a region of one unit grades 87.72 良 while the unit scores 93.7 优": on the real Suining table as
     * imported (narratives, no grade chosen), the unit's scorer grades its narratives provisionally as 达成 while the
     * region has no completion % to roll up for them. The result says so, row by row, with both scores.
     */
    @Test
    void aRegionOfOneUnitExplainsEveryRowWhereItsScoreDiffersFromTheUnits() {
        var unit = SeedScorecards.suining();
        RegionalRollup rollup = Rollup.aggregate(List.of(unit), unit, FundWeight.ALLOCATED);
        SelfEvaluation region = Scorer.evaluate(rollup.toScorecard("遂宁市"));
        SelfEvaluation own = Scorer.evaluate(unit);
        assertThat(region.total()).as("the ungraded narratives have no completion % in the region").isLessThan(own.total());

        List<GradeExplanation.Line> why = GradeExplanation.comparedWithTheUnit(rollup.units().getFirst(), own, region);

        assertThat(why.getFirst().zh()).contains("区域只有一个单位「遂宁市医疗保障局」")
                .contains("自评得分" + own.total().toPlainString() + "（" + own.grade().label() + "）")
                .contains("区域得分" + region.total().toPlainString() + "（" + region.grade().label() + "）");
        assertThat(why.getFirst().en()).contains("the unit scores " + own.total().toPlainString())
                .contains("the region " + region.total().toPlainString());
        int differing = 0;
        for (int k = 0; k < own.indicators().size(); k++) {
            IndicatorScore u = own.indicators().get(k), r = region.indicators().get(k);
            boolean named = why.stream().anyMatch(l -> l.zh().startsWith("「" + u.name() + "」单位得"));
            if (u.score().compareTo(r.score()) != 0) {
                differing++;
                assertThat(named).as(u.name()).isTrue();
                assertThat(why).filteredOn(l -> l.zh().startsWith("「" + u.name() + "」单位得")).singleElement()
                        .satisfies(l -> assertThat(l.zh()).contains(u.explanation().zh()).contains(r.explanation().zh()));
            } else {
                assertThat(named).as(u.name() + " scores alike and is not listed").isFalse();
            }
        }
        assertThat(differing).isPositive();
        assertThat(why).hasSize(1 + differing);
    }

    @Test
    void aRegionOfOneGradedUnitScoresAsTheUnitAndSaysSo() {
        var unit = org.jixiao.seeds.SeedScorecards.suining();
        var graded = E5.withEveryQualitativeRowMet(unit);
        RegionalRollup rollup = Rollup.aggregate(List.of(graded), graded, FundWeight.ALLOCATED);
        SelfEvaluation region = Scorer.evaluate(rollup.toScorecard("遂宁市"));
        SelfEvaluation own = Scorer.evaluate(graded);

        assertThat(region.total()).isEqualByComparingTo(own.total());
        assertThat(GradeExplanation.comparedWithTheUnit("遂宁市医疗保障局", own, region)).singleElement()
                .satisfies(l -> assertThat(l.zh()).contains("区域得分与该单位自评得分相同（" + own.total().toPlainString()));
    }

}
