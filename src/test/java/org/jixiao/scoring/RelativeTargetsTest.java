package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.card;
import static org.jixiao.scoring.Rows.graded;
import static org.jixiao.scoring.Rows.national;

import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: growth and other relative targets are kept as written — the unit's side (the roll-up's side is in
 * rollup). 遂宁 2021: 跨省异地就医直接结算 14719 人次 against 3792, a growth of 288.15 %. A labelled rate
 * ("增长率288.15%") is read as its value and compared with a quantitative target when the units agree; a labelled value
 * in another unit, or a sentence with two numbers, stays unreadable: 0 points and a blocking finding naming the row.
 */
class RelativeTargetsTest {

    private static IndicatorScore only(Indicator row) {
        return Scorer.evaluate(card(Rows.budget("100", "100"), row), national()).indicators().getFirst();
    }

    @Test
    void aQualitativeTargetKeepsTheActualAsWrittenInItsExplanation() {
        IndicatorScore s = only(graded("跨省异地就医直接结算率", "有所提高", "增长率288.15%", "10", QualitativeGrade.MET, "100", null));
        assertThat(s.score()).isEqualByComparingTo("10.00");
        assertThat(s.explanation().zh()).contains("增长率288.15%");
    }

    @Test
    void aLabelledGrowthIsComparedWithItsTargetAsWrittenNotCapped() {
        IndicatorScore s = only(Rows.row("效益指标", "跨省异地就医直接结算人次增长率", "≥10%", "增长率288.15%", "10"));
        assertThat(s.score()).isEqualByComparingTo("10.00");
        assertThat(s.explanation().zh()).contains("增长率288.15%").contains("≥10%");
        assertThat(s.findings()).extracting(Finding::code).doesNotContain(Finding.Code.UNREADABLE_ACTUAL, Finding.Code.GRADE_DEFAULTED)
                .as("288.15 % against 10 %: the target may have been set too low").contains(Finding.Code.OVER_ACHIEVEMENT);
    }

    @Test
    void labelledActualsBelowTheTargetScoreProportionally() {
        IndicatorScore coverage = only(Rows.row("产出指标", "基本医疗保险参保率", "≥95%", "覆盖率达76%", "10"));
        assertThat(coverage.score()).isEqualByComparingTo("8.00"); // 10 × 76/95
        assertThat(coverage.explanation().zh()).contains("覆盖率达76%").contains("76/95");
        IndicatorScore visits = only(Rows.row("产出指标", "开展基金监管专项检查", "≥16次", "共计12次", "8"));
        assertThat(visits.score()).isEqualByComparingTo("6.00");
        IndicatorScore satisfaction = only(Rows.row("满意度指标", "服务对象满意度", "≥80%", "服务对象满意度≥80%。", "10"));
        assertThat(satisfaction.score()).isEqualByComparingTo("10.00");
    }

    @Test
    void aLabelledValueInAnotherUnitOrTwoNumbersStayUnreadableAndBlockNamingTheIndicator() {
        for (String actual : List.of("共计12次", "增长率288.15%,较2020年同期3792人次", "一个季度开展工作督导一次,共4次。", "每亩300")) {
            IndicatorScore s = only(Rows.row("效益指标", "跨省异地就医直接结算人次增长率", "≥10%", actual, "10"));
            assertThat(s.score()).as(actual).isEqualByComparingTo("0.00");
            Finding unreadable = s.findings().stream().filter(f -> f.code() == Finding.Code.UNREADABLE_ACTUAL).findFirst()
                    .orElseThrow(() -> new AssertionError(actual + ": no UNREADABLE_ACTUAL in " + s.findings()));
            assertThat(unreadable.blocksSubmission()).isTrue();
            assertThat(unreadable.zh()).contains("跨省异地就医直接结算人次增长率").contains("≥10%");
            assertThat(unreadable.en()).contains("跨省异地就医直接结算人次增长率").contains("cannot be compared");
        }
    }
}
