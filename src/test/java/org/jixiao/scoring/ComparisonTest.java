package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.*;

import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;

/** Target/actual comparisons beyond the worked examples (needs the real ValueGrammar). */
class ComparisonTest {

    private static IndicatorScore only(Indicator row) {
        return Scorer.evaluate(card(Budget.empty(), row), national()).indicators().getFirst();
    }

    @Test
    void aBareRateTargetReadsAsAtLeast() {
        assertThat(only(row("产出指标", "疫苗免费接种率", "100%", "100%", "5")).score()).isEqualByComparingTo("5.00");
        assertThat(only(row("产出指标", "疫苗免费接种率", "100%", "95%", "5")).score()).isEqualByComparingTo("4.75");
    }

    @Test
    void aZeroTargetIsMetOnlyAtZero() {
        assertThat(only(row("产出指标", "重大安全事故", "=0起", "0起", "5")).score()).isEqualByComparingTo("5.00");
        assertThat(only(row("产出指标", "重大安全事故", "=0起", "1起", "5")).score()).isEqualByComparingTo("0");
    }

    @Test
    void aBoundActualThatImpliesTheTargetMeetsIt() {
        IndicatorScore s = only(row("满意度指标", "参保人员对医保服务满意度", "≥90%", "≥90%", "10"));
        assertThat(s.score()).isEqualByComparingTo("10.00");
        assertThat(s.findings()).isEmpty();
    }

    @Test
    void anActualInAnotherCountUnitIsAUnitMismatch() {
        IndicatorScore s = only(row("产出指标", "检查定点医药机构家数", "≥8000家", "8100次", "5"));
        assertThat(s.findings()).extracting(Finding::code).contains(Finding.Code.UNIT_MISMATCH, Finding.Code.MANUAL_JUDGEMENT);
    }

    @Test
    void multiPartTargetsScoreTheMeanOfTheirParts() {
        IndicatorScore s = only(row("产出指标", "参保人政策范围内住院费用报销比例", "职工≥80% / 居民≥55%", "职工85% / 居民44%", "10"));
        // (1 + 44/55) / 2 = 0.9
        assertThat(s.score()).isEqualByComparingTo("9.00");
        assertThat(s.explanation()).contains("职工").contains("居民");
    }
}
