package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.math.BigDecimal;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.junit.jupiter.api.Test;

/**
 * The held-out ninth and tenth batches' budget-source classes the property tests found: a source row whose label follows
 * a split's heading (按收入性质分：财政拨款, h104), while the rows of the split by use (按支出性质分：基本支出, 项目支出) stay no
 * source; a source named in traditional script (其他資金, h126) in a block whose own words are printed simplified
 * (年度资金总额), where the fold keeps 資 as written because 资 stands beside it. Each on the document's own lines and on
 * a variant of the same class.
 */
class TenthBatchBudgetClassesTest {

    private static String names(Budget b) {
        return String.join(",", b.sources().stream().map(FundSource::name).toList());
    }

    /** h104: 按收入性质分：财政拨款 | 1846.5 | 1906.3 | 1875.84 | — | 98.40% is the source 财政拨款; 基本支出/项目支出 are uses. */
    @Test
    void aSourceAfterASplitHeadingIsTheSource() throws IOException {
        Budget b = single(TextParser.parse(heldOut("h104"), "h104.txt")).budget();
        assertThat(names(b)).isEqualTo("财政拨款,其他资金");
        assertThat(b.sources().get(0).planned()).isEqualByComparingTo(new BigDecimal("1906.3"));
        assertThat(b.sources().get(0).executed()).isEqualByComparingTo(new BigDecimal("1875.84"));
    }

    /** The same class with another heading (按资金来源分：) and source (中央补助资金), in tab rows; the use split stays out. */
    @Test
    void anotherSourceAfterAnotherSplitHeadingIsTheSource() {
        String text = """
                项目支出绩效自评表
                项目名称\t农村公路养护
                主管部门\t某县交通运输局
                项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
                \t年度资金总额\t300\t320\t304\t10\t95%\t9.5
                \t按资金来源分：中央补助资金\t200\t220\t209\t—\t95%\t—
                \t其他资金\t100\t100\t95\t—\t95%\t—
                \t按支出性质分：项目支出\t300\t320\t304\t—\t95%\t—
                一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
                产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t20\t20\t
                """;
        Budget b = single(TextParser.parse(text, "variant.txt")).budget();
        assertThat(names(b)).isEqualTo("中央补助资金,其他资金");
        assertThat(b.sources().get(0).planned()).isEqualByComparingTo(new BigDecimal("220"));
        assertThat(GridTableReader.notSource("按支出性质分：基本支出")).isTrue();
        assertThat(GridTableReader.notSource("按收入性质分")).isTrue();
        assertThat(GridTableReader.sourceName("按收入性质分:财政拨款")).isEqualTo("财政拨款");
    }

    /** h126's block as EveryBudgetPrintingTest prints it: the column words simplified, the document's source names traditional. */
    private static final String H126_MIXED = """
            部門整體支出績效自評表
            | 实施单位 | 貴州省藥品監督管理局 |
            | 项目资金 | 年初预算数 | 预算数（A） | 全年执行数（B） | 执行率（%）（B/A） |
            | 年度资金总额 | 6280.5万元 | 6512.8万元 | 6398.6万元 | 98.25 |
            | 其中：財政撥款 |   | 6420.3万元 | 6310.15万元 | 98.28 |
            | 其他資金 |   | 92.5万元 | 88.45万元 | 95.62 |
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 未完成原因和改进措施 |
            | 产出指标 | 数量指标 | 藥品抽檢批次 | ≥4000批次 | 4260批次 | 10 | 10 |   |
            """;

    /** 其他資金 under 年度资金总额: the source is read, its name as written. */
    @Test
    void aTraditionalSourceAmongSimplifiedBlockWordsIsTheSource() {
        Budget b = single(TextParser.parse(H126_MIXED, "h126-printed.txt")).budget();
        assertThat(names(b)).isEqualTo("財政撥款,其他資金");
        assertThat(b.sources().get(1).planned()).isEqualByComparingTo(new BigDecimal("92.5"));
        assertThat(b.sources().get(1).executed()).isEqualByComparingTo(new BigDecimal("88.45"));
    }

    /** The same class with another traditional source, 上年結轉, after a simplified 其中 row. */
    @Test
    void anotherTraditionalSourceAmongSimplifiedBlockWordsIsTheSource() {
        String text = H126_MIXED.replace("| 其他資金 |   | 92.5万元 | 88.45万元 | 95.62 |", "| 上年結轉 |   | 92.5万元 | 88.45万元 | 95.62 |")
                .replace("其中：財政撥款", "其中：财政拨款");
        Budget b = single(TextParser.parse(text, "variant.txt")).budget();
        assertThat(names(b)).isEqualTo("财政拨款,上年結轉");
        assertThat(b.sources().get(1).planned()).isEqualByComparingTo(new BigDecimal("92.5"));
    }

    /** The same block one cell per line (the line reader's label test, not the grid's): 其他資金 alone on its line. */
    @Test
    void aTraditionalSourceOneCellPerLineIsTheSource() {
        String text = String.join("\n", "部門整體支出績效自評表", "实施单位", "貴州省藥品監督管理局", "项目资金", "年初", "全年",
                "执行数（B）", "执行率", " ", "预算数", "预算数（A）", " ", "（B/A）", "资金总额", "62,805,000.00元", "65,128,000.00元",
                "63,986,000.00元", "98.25%", "其中：財政撥款", "—", "64,203,000.00元", "63,101,500.00元", "98.28%", "其他資金", "—",
                "925,000.00元", "884,500.00元", "95.62%", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分",
                "未完成原因和改进措施", "产出指标", "数量指标", "藥品抽檢批次", "≥4000批次", "4260批次", "10", "10", " ") + "\n";
        Budget b = single(TextParser.parse(text, "h126-lines.txt")).budget();
        assertThat(names(b)).isEqualTo("財政撥款,其他資金");
        assertThat(b.sources().get(1).planned()).isEqualByComparingTo(new BigDecimal("92.5"));
    }
}
