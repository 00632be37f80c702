package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Pipe tables whose amounts carry a bare 万 suffix (386.5万), and a mirror converted to traditional characters whose
 * units are traditional (戶, 畝): the budget is read in 万元, and a target in a traditional unit is a target, so the
 * row's cells do not shift (the layout class of held-out h26).
 */
class SuffixedAmountsAndMirrorUnitsTest {

    private static final String TABLE = String.join("\n",
            "| 转移支付区域（项目）绩效目标自评表 | ||||||",
            "| 转移支付（项目）名称 | 农村危房改造补助资金 | ||||",
            "| 项目资金（万元） | | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） | |",
            "| | 年度资金总额 | 520万 | 494万 | 95% | |",
            "| | 其中：中央补助 | 400万 | 400万 | 100% | |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 |",
            "| 产出指标 | 数量指标 | 农村危房改造户数 | ≥260户 | 247户 | 部分农户自愿放弃改造 |",
            "| | | 抗震宜居农房示范户数 | ≥20户 | 20户 | |",
            "| | 质量指标 | 竣工验收合格率 | 100% | 100% | |",
            "| 满意度指标 | 服务对象满意度指标 | 改造农户满意度 | ≥90% | 96% | |");

    @Test
    void amountsWithABareWanSuffixAreTheBudgetIn万元() {
        Scorecard t = single(TextParser.parse(TABLE, "suffix.txt"));
        assertThat(t.budget().planned()).isEqualByComparingTo("520");
        assertThat(t.budget().executed()).isEqualByComparingTo("494");
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("95");
        assertThat(t.budget().sources()).hasSize(1);
        assertThat(t.budget().sources().get(0).planned()).isEqualByComparingTo("400");
    }

    @Test
    void aMirrorsTraditionalUnitsAndSuffixesReadAsTheSimplifiedTable() {
        String mirror = TABLE.replace("户", "戶").replace("项", "項(xiàng)").replace("万", "萬(wàn)").replace("资", "資(zī)")
                .replace("数", "數(shù)");
        Scorecard t = single(TextParser.parse(mirror, "mirror.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly(
                "农村危房改造戶數(shù)", "抗震宜居农房示范戶數(shù)", "竣工验收合格率", "改造农戶满意度");
        assertThat(t.indicators()).extracting(Indicator::target).containsExactly("≥260戶", "≥20戶", "100%", "≥90%");
        assertThat(t.indicators().get(1).actual()).isEqualTo("20戶");
        assertThat(t.budget().planned()).isEqualByComparingTo("520");
    }
}
