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
        List<String> why = GradeExplanation.of(rollup, e);

        assertThat(why.getFirst()).startsWith("区域得分" + e.total().toPlainString() + "（" + e.grade().label() + "），由2个单位")
                .contains("按全年预算数加权").contains(rollup.units().get(0)).contains(rollup.units().get(1)).contains("%");
        List<IndicatorScore> lost = e.indicators().stream()
                .filter(s -> s.applicable() && s.score().compareTo(s.weight()) < 0).toList();
        assertThat(lost).as("the E5 region loses points somewhere").isNotEmpty();
        for (IndicatorScore s : lost) {
            assertThat(why).anySatisfy(line -> assertThat(line).startsWith("「" + s.name() + "」失")
                    .contains(s.explanation()));
        }
        assertThat(why).filteredOn(l -> l.contains("数值最低的单位")).isNotEmpty();
    }
}
