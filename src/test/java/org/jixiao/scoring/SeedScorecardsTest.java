package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.*;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** The three seed tables, scored as published. */
class SeedScorecardsTest {

    private static List<Finding.Code> codesAt(SelfEvaluation e, int index) {
        return e.indicators().get(index).findings().stream().map(Finding::code).toList();
    }

    @Test
    void suiningScoresNinetyEightEighteenExcellentUnderTheNationalRules() {
        SelfEvaluation e = Scorer.evaluate(seed("suining-2021-transfer-self-evaluation"), national());
        assertThat(e.executionRatePercent()).isEqualByComparingTo("81.80");
        assertThat(e.executionScore()).isEqualByComparingTo("8.18");
        assertThat(e.indicatorScore()).isEqualByComparingTo("90.00");
        assertThat(e.total()).isEqualByComparingTo("98.18");
        assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(e.indicators()).extracting(IndicatorScore::weight).map(BigDecimal::toPlainString).containsExactly(
                "6.25", "6.25", "6.25", "6.25", "6.25", "6.25", "6.25", "6.25", "10.00", "10.00", "10.00", "10.00");
    }

    @Test
    void suiningExplainsEachScoreInOneChineseLine() {
        SelfEvaluation e = Scorer.evaluate(seed("suining-2021-transfer-self-evaluation"), national());
        assertThat(e.indicators().get(0).explanation()).isEqualTo("完成值8次，达到指标值≥4次，得满分6.25");
        assertThat(e.indicators().get(2).explanation()).contains("事项未发生视为达成");
        assertThat(e.indicators().get(6).explanation()).contains("折合180天").contains("得满分6.25");
        assertThat(e.executionExplanation()).isEqualTo("全年执行数261.75÷全年预算数320，执行率81.80%，得8.18分（满分10.00）");
        assertThat(e.indicators()).allSatisfy(s -> assertThat(s.explanation()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void suiningQualitativeRowsAreDefaultedToMetWithFindings() {
        SelfEvaluation e = Scorer.evaluate(seed("suining-2021-transfer-self-evaluation"), national());
        for (int i : new int[] {4, 5, 7, 8, 9, 10}) {
            assertThat(codesAt(e, i)).as("row %d", i).containsExactly(Finding.Code.GRADE_DEFAULTED);
        }
        assertThat(codesAt(e, 0)).containsExactly(Finding.Code.OVER_ACHIEVEMENT);
        // 不少于6个月 = 180 天 against 不低于30天: met, and six times the target is worth a second look.
        assertThat(codesAt(e, 6)).containsExactly(Finding.Code.OVER_ACHIEVEMENT);
        assertThat(codesAt(e, 11)).isEmpty();
        assertThat(e.has(Finding.Code.MISSING_REASON)).isFalse();
        assertThat(e.has(Finding.Code.WEIGHTS_DO_NOT_ADD_UP)).isFalse();
    }

    @Test
    void suiningFor2021InSichuanStillGetsTheNationalRules() {
        Scorecard sichuan = seed("suining-2021-transfer-self-evaluation").withRegion("四川省");
        SelfEvaluation e = Scorer.evaluate(sichuan);
        assertThat(e.rulesId()).isEqualTo("national-2020");
        assertThat(e.total()).isEqualByComparingTo("98.18");
    }

    @Test
    void dalianHasFullExecutionAndHandsTheMissingBenefitWeightOnProportionally() {
        SelfEvaluation e = Scorer.evaluate(seed("dalian-2021-evaluation-report"), national());
        assertThat(e.executionRatePercent()).isEqualByComparingTo("100.00");
        assertThat(e.executionScore()).isEqualByComparingTo("10.00");
        assertThat(e.has(Finding.Code.CATEGORY_REDISTRIBUTED)).isTrue();
        // 效益 30 → 产出 50 + 25 = 75 over 19 rows, 满意度 10 + 5 = 15.
        List<BigDecimal> weights = e.indicators().stream().map(IndicatorScore::weight).toList();
        assertThat(weights.subList(0, 18)).allSatisfy(w -> assertThat(w).isEqualByComparingTo("3.95"));
        assertThat(weights.get(18)).isEqualByComparingTo("3.90");
        assertThat(weights.get(19)).isEqualByComparingTo("15.00");
        assertThat(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("90");
    }

    @Test
    void dalianRealTimeResponseIsAManualJudgementAndTheRestIsMet() {
        SelfEvaluation e = Scorer.evaluate(seed("dalian-2021-evaluation-report"), national());
        assertThat(codesAt(e, 6)).containsExactly(Finding.Code.MANUAL_JUDGEMENT);
        assertThat(e.indicators().get(5).explanation()).contains("≦60分钟").contains("得满分");
        assertThat(codesAt(e, 19)).containsExactly(Finding.Code.OVER_ACHIEVEMENT);
        assertThat(e.total()).isEqualByComparingTo("100.00");
        assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void linyiTargetsWithoutBudgetOrActualsEvaluateToZeroWithFindings() {
        SelfEvaluation e = Scorer.evaluate(seed("linyi-2022-department-targets"));
        assertThat(e.rulesId()).isEqualTo("national-2020");
        assertThat(e.executionRatePercent()).isNull();
        assertThat(e.executionScore()).isNull();
        assertThat(e.has(Finding.Code.EXECUTION_NOT_APPLICABLE)).isTrue();
        assertThat(e.indicators()).hasSize(29).allSatisfy(s ->
                assertThat(s.findings()).extracting(Finding::code).contains(Finding.Code.ACTUAL_MISSING));
        // No 一级指标 in a 部门整体 target table: the 90 points form one pool, 3.10 × 28 + 3.20.
        assertThat(e.indicators().get(0).weight()).isEqualByComparingTo("3.10");
        assertThat(e.indicators().get(28).weight()).isEqualByComparingTo("3.20");
        assertThat(e.has(Finding.Code.MISSING_REASON)).isFalse();
        assertThat(e.total()).isEqualByComparingTo("0");
        assertThat(e.grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void findingsCarryBothLanguagesAndTheIndicatorIndex() {
        SelfEvaluation e = Scorer.evaluate(seed("dalian-2021-evaluation-report"), national());
        assertThat(e.findings()).allSatisfy(f -> {
            assertThat(f.zh()).isNotBlank();
            assertThat(f.en()).isNotBlank();
        });
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.MANUAL_JUDGEMENT)
                .extracting(Finding::indicatorIndex).containsExactly(6);
        assertThat(Collections.frequency(e.findings().stream().map(Finding::code).toList(), Finding.Code.CATEGORY_REDISTRIBUTED)).isEqualTo(1);
    }
}
