package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.api.Test;

/** RULES §3.2: a 部门整体 table's 90 points are split over its duties first, then over each duty's indicators. */
class DepartmentByDutyTest {

    @Test
    void aDepartmentTableWithThreeDutiesScoresByDuty() {
        Scorecard linyi = SeedScorecards.linyi();
        // the Linyi rows of duties 3, 4 and 6: three indicators, four and three
        List<Indicator> rows = linyi.indicators().stream()
                .filter(i -> i.duty().startsWith("3 ") || i.duty().startsWith("4 ") || i.duty().startsWith("6 ")).toList();
        assertThat(rows).hasSize(10);
        SelfEvaluation e = Scorer.evaluate(linyi.withIndicators(rows));

        assertThat(e.indicators()).extracting(s -> s.weight().toPlainString()).containsExactly(
                "10.00", "10.00", "10.00",          // 3 完善医药价格形成机制: 30 over 3
                "7.50", "7.50", "7.50", "7.50",     // 4 强化医保基金监管: 30 over 4
                "10.00", "10.00", "10.00");         // 6 加强医保信息化建设: 30 over 3
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.WEIGHTS_BY_DUTY).singleElement()
                .satisfies(f -> {
                    assertThat(f.zh()).startsWith("部门整体指标分值90.00分先按3项职责均分，再在各职责内按指标均分");
                    assertThat(f.zh()).contains("职责「4 强化医保基金监管」30.00分，4项指标均分");
                    assertThat(f.en()).contains("split equally across 3 duties first");
                });
        assertThat(e.has(Finding.Code.WEIGHTS_DO_NOT_ADD_UP)).isFalse();
    }
}
