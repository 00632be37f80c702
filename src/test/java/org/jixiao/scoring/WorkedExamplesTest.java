package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.*;

import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RULES.md §7 E1–E4, each number exactly as worked there. */
class WorkedExamplesTest {

    private static IndicatorScore only(Indicator row, ScoringRules rules) {
        return Scorer.evaluate(card(Budget.empty(), row), rules).indicators().getFirst();
    }

    private static IndicatorScore only(Indicator row) { return only(row, national()); }

    @Nested
    class E1ForwardIndicators {
        @Test
        void threeCampaignsAgainstAtLeastFourScoreSevenAndAHalfOfTen() {
            IndicatorScore s = only(row("产出指标", "开展全域医保政策宣传活动次数", "≥4次", "3次", "10"));
            assertThat(s.score()).isEqualByComparingTo("7.50");
            assertThat(s.explanation().zh()).isEqualTo("完成值3次，未达到指标值≥4次，按3/4计分，得7.50分（满分10.00）");
            assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.Code.MISSING_REASON);
        }

        @Test
        void eightyFivePercentCoverageAgainstNinetyScoresFiveSixtySeven() {
            assertThat(only(row("产出指标", "定点医药机构监督检查覆盖率", "≥90%", "85%", "6")).score()).isEqualByComparingTo("5.67");
        }

        @Test
        void overAchievementIsCappedAtTheWeightAndFlagged() {
            IndicatorScore s = only(row("产出指标", "开展全域医保政策宣传活动次数", "≥4次", "8", "10"));
            assertThat(s.score()).isEqualByComparingTo("10.00");
            assertThat(s.explanation().zh()).isEqualTo("完成值8次，达到指标值≥4次，得满分10.00");
            assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.Code.OVER_ACHIEVEMENT);
        }

        @Test
        void overAchievementBelowTheConfiguredThresholdIsNotFlagged() {
            ScoringRules lenient = national().withOverAchievementThreshold(d("2.50"));
            assertThat(only(row("产出指标", "宣传活动次数", "≥4次", "8", "10"), lenient).findings()).isEmpty();
        }
    }

    @Nested
    class E2ReverseIndicators {
        private final Indicator slow = row("产出指标", "医保信息系统运行维护响应时间", "≤30分钟", "45分钟", "6");

        @Test
        void fortyFiveMinutesAgainstThirtyScoresFourByRatio() {
            IndicatorScore s = only(slow);
            assertThat(s.score()).isEqualByComparingTo("4.00");
            assertThat(s.explanation().zh()).contains("按30/45计分");
        }

        @Test
        void fortyFiveMinutesAgainstThirtyScoresThreeByTheLinearMethod() {
            IndicatorScore s = only(slow, national().withReverseMethod(ScoringRules.ReverseMethod.LINEAR));
            assertThat(s.score()).isEqualByComparingTo("3.00");
            assertThat(s.explanation().zh()).contains("1-(45-30)/30");
        }

        @Test
        void twiceTheLimitScoresZeroByTheLinearMethod() {
            Indicator doubled = row("产出指标", "医保信息系统运行维护响应时间", "≤30分钟", "60分钟", "6");
            assertThat(only(doubled, national().withReverseMethod(ScoringRules.ReverseMethod.LINEAR)).score()).isEqualByComparingTo("0");
        }

        @Test
        void twentyMinutesScoresFullMarksUnderBothMethods() {
            Indicator fast = row("产出指标", "医保信息系统运行维护响应时间", "≤30分钟", "20分钟", "6");
            assertThat(only(fast).score()).isEqualByComparingTo("6.00");
            assertThat(only(fast, national().withReverseMethod(ScoringRules.ReverseMethod.LINEAR)).score()).isEqualByComparingTo("6.00");
        }

        @Test
        void anEventThatDidNotOccurScoresFullMarks() {
            IndicatorScore s = only(row("产出指标", "医保信息系统重大安全事件响应时间", "≤60分钟", "本市未发生重大安全事件", "6"));
            assertThat(s.score()).isEqualByComparingTo("6.00");
            assertThat(s.explanation().zh()).contains("事项未发生视为达成");
        }
    }

    @Nested
    class E3Qualitative {
        @Test
        void metAtOneHundredPercentScoresTen() {
            assertThat(only(graded("跨省异地就医直接结算率", "有所提高", "增长率288.15%", "10", QualitativeGrade.MET, "100", null))
                    .score()).isEqualByComparingTo("10.00");
        }

        @Test
        void partlyMetAtSeventyPercentScoresSeven() {
            IndicatorScore s = only(graded("跨省异地就医直接结算率", "有所提高", "略有提高", "10", QualitativeGrade.PARTLY_MET, "70", null));
            assertThat(s.score()).isEqualByComparingTo("7.00");
            assertThat(s.explanation().zh()).contains("部分达成年度指标并具有一定效果").contains("[6.00, 8.00)");
        }

        @Test
        void notMetAtFortyPercentScoresFour() {
            assertThat(only(graded("跨省异地就医直接结算率", "有所提高", "下降", "10", QualitativeGrade.NOT_MET, "40", null))
                    .score()).isEqualByComparingTo("4.00");
        }

        @Test
        void bandsOfATenPointIndicatorAreEightToTenSixToEightAndBelowSix() {
            ScoreBand met = ScoreBand.of(QualitativeGrade.MET, d("10"));
            ScoreBand partly = ScoreBand.of(QualitativeGrade.PARTLY_MET, d("10"));
            ScoreBand not = ScoreBand.of(QualitativeGrade.NOT_MET, d("10"));
            assertThat(met.admits(d("8.00"))).isTrue();
            assertThat(met.admits(d("10.00"))).isTrue();
            assertThat(met.admits(d("7.99"))).isFalse();
            assertThat(partly.admits(d("6.00"))).isTrue();
            assertThat(partly.admits(d("7.99"))).isTrue();
            assertThat(partly.admits(d("8.00"))).isFalse();
            assertThat(not.admits(d("0"))).isTrue();
            assertThat(not.admits(d("5.99"))).isTrue();
            assertThat(not.admits(d("6.00"))).isFalse();
        }

        @Test
        void aCompletionOutsideTheChosenGradesBandIsAFinding() {
            IndicatorScore s = only(graded("跨省异地就医直接结算率", "有所提高", "略有提高", "10", QualitativeGrade.PARTLY_MET, "85", null));
            assertThat(s.findings()).extracting(Finding::code).contains(Finding.Code.SCORE_OUT_OF_BAND);
        }

        @Test
        void anEnteredScoreOutsideTheGradesBandIsAFinding() {
            IndicatorScore s = only(graded("医保法制建设能力", "有所提高", "有所提高", "10", QualitativeGrade.MET, null, "7.50"));
            assertThat(s.score()).isEqualByComparingTo("7.50");
            assertThat(s.findings()).extracting(Finding::code).contains(Finding.Code.SCORE_OUT_OF_BAND);
        }

        @Test
        void anUngradedActualDefaultsToMetAndSaysSo() {
            IndicatorScore s = only(row("效益指标", "参保群众政策知晓率", "普遍知晓", "全年发布信息667条", "10"));
            assertThat(s.score()).isEqualByComparingTo("10.00");
            assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.Code.GRADE_DEFAULTED);
            assertThat(s.explanation().zh()).isEqualTo("定性指标，完成值「全年发布信息667条」，未评定等级，暂按「达成年度指标」100%计满分10.00");
        }

        @Test
        void aBlankActualScoresZeroWithAFinding() {
            IndicatorScore s = only(row("效益指标", "参保群众政策知晓率", "普遍知晓", null, "10"));
            assertThat(s.score()).isEqualByComparingTo("0");
            assertThat(s.findings()).extracting(Finding::code).containsExactly(Finding.Code.ACTUAL_MISSING);
        }
    }

    @Nested
    class E4BudgetExecution {
        private final Budget suining = budget("320", "261.75");

        @Test
        void executionOfEightyOnePointEightPercentScoresEightEighteen() {
            SelfEvaluation e = Scorer.evaluate(card(suining, graded("a", "有所提高", "有所提高", "90", QualitativeGrade.MET, "100", null)), national());
            assertThat(e.executionRatePercent()).isEqualByComparingTo("81.80");
            assertThat(e.executionScore()).isEqualByComparingTo("8.18");
            assertThat(e.total()).isEqualByComparingTo("98.18");
            assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
            // 1 − 0.818 = 18.2 % ahead: RED; unspent 58.25/320 = 18.2 % is not above 20 %: no YELLOW.
            assertThat(e.has(Finding.Code.COMPLETION_AHEAD_OF_SPENDING)).isTrue();
            assertThat(e.has(Finding.Code.LARGE_UNSPENT_SHARE)).isFalse();
        }

        @Test
        void aQuarterOfTheBudgetUnspentIsFlagged() {
            SelfEvaluation e = Scorer.evaluate(card(budget("100", "75"), graded("a", "x", "y", "90", QualitativeGrade.MET, null, null)), national());
            assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.LARGE_UNSPENT_SHARE).singleElement()
                    .satisfies(f -> assertThat(f.zh()).isEqualTo("未执行资金占全年预算数25.00%"));
        }

        @Test
        void indicatorsTotallingSeventyFiveGiveEightyThreeEighteenGood() {
            SelfEvaluation e = Scorer.evaluate(card(suining,
                    graded("a", "有所提高", "有所提高", "50", QualitativeGrade.MET, "100", null),
                    graded("b", "明显增强", "略有增强", "40", QualitativeGrade.PARTLY_MET, "62.5", null)), national());
            assertThat(e.indicatorScore()).isEqualByComparingTo("75.00");
            assertThat(e.total()).isEqualByComparingTo("83.18");
            assertThat(e.grade()).isEqualTo(Grade.GOOD);
        }

        @Test
        void executionAboveTheBudgetIsCappedAtTheWeight() {
            SelfEvaluation e = Scorer.evaluate(card(budget("100", "120"), graded("a", "有所提高", "有所提高", "90", QualitativeGrade.MET, null, null)), national());
            assertThat(e.executionRatePercent()).isEqualByComparingTo("120.00");
            assertThat(e.executionScore()).isEqualByComparingTo("10.00");
        }

        @Test
        void integerRoundingOfTheExecutionScoreIsARuleOption() {
            ScoringRules integer = new ScoringRules("t", null, 2020, null, national().firstLevelWeights(), null, null, null,
                    null, null, null, ScoringRules.BudgetScoreRounding.INTEGER_HALF_UP, ScoringRules.Warnings.NONE);
            assertThat(Scorer.evaluate(card(budget("100", "86"), graded("a", "x", "y", "90", QualitativeGrade.MET, null, null)), integer)
                    .executionScore()).isEqualByComparingTo("9");
        }
    }
}
