package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.junit.jupiter.api.Test;

/**
 * The held-out fifth batch's budget misses read by lines: a department table's block label 年度预算申请（元） on a line of
 * its own is the only place that says 元 (h49: the amounts came out 10,000 times too large), and a fund source row
 * under 其中 that names no source word (h49 项目支出 under 其中：基本支出, h58 市县资金 under 其中：省级补助) was dropped.
 */
class OfWhichSourcesTest {

    @Test
    void aDepartmentBlockLabelInYuanOnItsOwnParagraph() throws IOException {
        Budget b = single(TextParser.parse(heldOut("h49"), "h49.txt")).budget();
        assertThat(b.initial()).isEqualByComparingTo("2384.65");
        assertThat(b.planned()).isEqualByComparingTo("2510.238");
        assertThat(b.executed()).isEqualByComparingTo("2431.89064");
        assertThat(b.ratePercent()).isEqualByComparingTo("96.88");
        // 其中：基本支出 and 项目支出 split the total by use, as in corpus 019, h04 and h29: no funding source
        assertThat(b.sources()).isEmpty();
    }

    @Test
    void aSourceRowUnderOfWhichInSpaceRows() throws IOException {
        Budget b = single(TextParser.parse(heldOut("h58"), "h58.txt")).budget();
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("省级补助", "市县资金");
        assertThat(b.sources().get(1).planned()).isEqualByComparingTo("100");
        assertThat(b.sources().get(1).executed()).isEqualByComparingTo("82.75");
        assertThat(b.sources().get(1).ratePercent()).isEqualByComparingTo("82.75");
    }

    @Test
    void aVariantInTabsWithAnEmptyRowBelowAndAnotherDepartment() {
        String text = String.join("\n",
                "部门整体支出绩效自评表",
                "部门名称\t某县统计局",
                "年度预算申请（元）",
                "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t2,150,000.00\t2,380,000.00\t2,261,000.00\t10\t95%\t9.5",
                "其中：中央补助\t1,600,000.00\t1,700,000.00\t1,700,000.00\t—\t100%\t—",
                "省级配套\t550,000.00\t680,000.00\t561,000.00\t—\t82.5%\t—",
                "结余说明\t—\t—\t—\t—\t\t—",
                "年度总体目标\t完成统计调查任务",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t完成统计调查项目数\t≥20个\t22个\t10\t10",
                "");
        Budget b = single(TextParser.parse(text, "tongji.txt")).budget();
        assertThat(b.planned()).isEqualByComparingTo("238");
        assertThat(b.executed()).isEqualByComparingTo("226.1");
        // 省级配套 under 其中：中央补助 is a source; 结余说明 with dashes only is none
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("中央补助", "省级配套");
        assertThat(b.sources().get(1).planned()).isEqualByComparingTo("68");
        assertThat(b.sources().get(1).executed()).isEqualByComparingTo("56.1");
    }
}
