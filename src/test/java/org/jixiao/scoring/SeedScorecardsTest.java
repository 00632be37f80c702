package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
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
        assertThat(e.indicators().get(0).explanation().zh()).isEqualTo("完成值8次，达到指标值≥4次，得满分6.25");
        assertThat(e.indicators().get(2).explanation().zh()).contains("事项未发生视为达成");
        assertThat(e.indicators().get(6).explanation().zh()).contains("折合180天").contains("得满分6.25");
        assertThat(e.executionExplanation().zh()).isEqualTo("全年执行数261.75÷全年预算数320，执行率81.80%，得8.18分（满分10.00）");
        assertThat(e.indicators()).allSatisfy(s -> assertThat(s.explanation().zh()).doesNotContain("\n").isNotBlank());
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
    void dalianRealTimeResponseIsNeverFullMarksUntilGradedByHandAndTheRestIsMet() {
        Scorecard dalian = seed("dalian-2021-evaluation-report");
        SelfEvaluation e = Scorer.evaluate(dalian, national());
        // 「实时响应」 against 「≦30分钟」 cannot be compared: 0 points and a finding that blocks submission (issue 11)
        assertThat(codesAt(e, 6)).containsExactly(Finding.Code.UNREADABLE_ACTUAL);
        assertThat(e.indicators().get(6).score()).isEqualByComparingTo("0");
        assertThat(e.findings()).filteredOn(Finding::blocksSubmission).extracting(Finding::zh)
                .anySatisfy(zh -> assertThat(zh).contains("第7行").contains("医保信息系统运行维护响应时间").contains("实时响应"));
        assertThat(e.indicators().get(5).explanation().zh()).contains("≦60分钟").contains("得满分");
        assertThat(codesAt(e, 19)).containsExactly(Finding.Code.OVER_ACHIEVEMENT);
        assertThat(e.total()).isEqualByComparingTo(new BigDecimal("100.00").subtract(e.indicators().get(6).weight()));

        List<Indicator> rows = new ArrayList<>(dalian.indicators());
        rows.set(6, rows.get(6).toBuilder().grade(QualitativeGrade.MET).build());
        SelfEvaluation graded = Scorer.evaluate(dalian.withIndicators(rows), national());
        assertThat(codesAt(graded, 6)).containsExactly(Finding.Code.MANUAL_JUDGEMENT);
        assertThat(graded.indicators().get(6).score()).isEqualByComparingTo(graded.indicators().get(6).weight());
        assertThat(graded.total()).isEqualByComparingTo("100.00");
        assertThat(graded.grade()).isEqualTo(Grade.EXCELLENT);
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
        // 部门整体 (RULES §3.2): 90 points over the 9 duties as written (10 each), then over each duty's indicators.
        assertThat(e.indicators().get(0).weight()).as("duty 1 has one indicator").isEqualByComparingTo("10.00");
        assertThat(e.indicators().subList(1, 3)).extracting(IndicatorScore::weight)
                .allSatisfy(w -> assertThat(w).isEqualByComparingTo("5.00"));
        assertThat(e.indicators().subList(18, 24)).extracting(IndicatorScore::weight).map(BigDecimal::toPlainString)
                .containsExactly("1.67", "1.67", "1.67", "1.67", "1.67", "1.65");
        assertThat(e.indicators().subList(27, 29)).as("duty 7 has two indicators").extracting(IndicatorScore::weight)
                .allSatisfy(w -> assertThat(w).isEqualByComparingTo("5.00"));
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.WEIGHTS_BY_DUTY).singleElement()
                .satisfies(f -> assertThat(f.zh()).contains("先按9项职责均分").contains("职责「4 强化医保基金监管」10.00分，4项指标均分"));
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
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.UNREADABLE_ACTUAL)
                .extracting(Finding::indicatorIndex).containsExactly(6);
        assertThat(Collections.frequency(e.findings().stream().map(Finding::code).toList(), Finding.Code.CATEGORY_REDISTRIBUTED)).isEqualTo(1);
    }
}
