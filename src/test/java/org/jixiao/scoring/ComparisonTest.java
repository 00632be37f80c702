package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Rows.*;

import java.math.BigDecimal;
import java.util.Random;
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
        assertThat(s.findings()).extracting(Finding::code).contains(Finding.Code.UNIT_MISMATCH, Finding.Code.UNREADABLE_ACTUAL);
        assertThat(s.score()).isEqualByComparingTo("0");
    }

    @Test
    void multiPartTargetsScoreTheMeanOfTheirParts() {
        IndicatorScore s = only(row("产出指标", "参保人政策范围内住院费用报销比例", "职工≥80% / 居民≥55%", "职工85% / 居民44%", "10"));
        // (1 + 44/55) / 2 = 0.9
        assertThat(s.score()).isEqualByComparingTo("9.00");
        assertThat(s.explanation().zh()).contains("职工").contains("居民");
    }

    @Test
    void scoresStayWithinTheWeightAndRiseWithBetterActuals() {
        Random random = new Random(2021L);
        for (int run = 0; run < 300; run++) {
            int target = 1 + random.nextInt(500);
            int worse = random.nextInt(2 * target + 1);
            int better = worse + random.nextInt(target + 1);
            String weight = BigDecimal.valueOf(100 + random.nextInt(2000), 2).toPlainString();
            BigDecimal w = new BigDecimal(weight);
            BigDecimal forwardWorse = only(row("产出指标", "次数", "≥" + target + "次", worse + "次", weight)).score();
            BigDecimal forwardBetter = only(row("产出指标", "次数", "≥" + target + "次", better + "次", weight)).score();
            assertThat(forwardWorse).isBetween(BigDecimal.ZERO, w).isLessThanOrEqualTo(forwardBetter);
            assertThat(forwardBetter).isLessThanOrEqualTo(w);
            // 反向: fewer minutes is better.
            BigDecimal reverseFast = only(row("产出指标", "响应时间", "≤" + target + "分钟", (worse + 1) + "分钟", weight)).score();
            BigDecimal reverseSlow = only(row("产出指标", "响应时间", "≤" + target + "分钟", (better + 1) + "分钟", weight)).score();
            assertThat(reverseSlow).isBetween(BigDecimal.ZERO, w).isLessThanOrEqualTo(reverseFast);
            assertThat(reverseFast).isLessThanOrEqualTo(w);
            if (worse >= target) assertThat(forwardWorse).isEqualByComparingTo(w);
        }
    }
}
