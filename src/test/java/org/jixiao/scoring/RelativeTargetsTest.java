package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.card;
import static org.jixiao.scoring.Rows.graded;
import static org.jixiao.scoring.Rows.national;

import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: growth and other relative targets are kept as written — the unit's side (the roll-up's side is in
 * rollup). 遂宁 2021: 跨省异地就医直接结算 14719 人次 against 3792, a growth of 288.15 %. Not yet here: a labelled rate
 * ("增长率288.15%") against a quantitative target is not read by the grammar (it scores 0 and blocks as unreadable).
 */
class RelativeTargetsTest {

    private static IndicatorScore only(Indicator row) {
        return Scorer.evaluate(card(Rows.budget("100", "100"), row), national()).indicators().getFirst();
    }

    @Test
    void aQualitativeTargetKeepsTheActualAsWrittenInItsExplanation() {
        IndicatorScore s = only(graded("跨省异地就医直接结算率", "有所提高", "增长率288.15%", "10", QualitativeGrade.MET, "100", null));
        assertThat(s.score()).isEqualByComparingTo("10.00");
        assertThat(s.explanation()).contains("增长率288.15%");
    }
}
