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
 * source. Each on the document's own lines and on a variant of the same class.
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
}
