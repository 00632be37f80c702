package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Space-separated rows from a PDF whose 三级指标 cell is too narrow: the rest of a name stands alone on the next line,
 * indented under the name column (the layout class of held-out h24). It continues the name; and a date cell followed
 * by 分值/得分 figures is one cell, not split into pieces that no column keeps.
 */
class WrappedNamesTest {

    private static final String TABLE = String.join("\n",
            "项目支出绩效自评表",
            "项目名称  档案数字化项目",
            "项目资金（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分",
            "年度资金总额  40  40  38  10  95%  9.5",
            "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
            "产出指标  数量指标  完成馆藏档案数字化  ≥20万页  21.3万页  20  20",
            "                    扫描页数",
            "          时效指标  数字化成果移交时间  2024年9月底前  2024年9月  20  20",
            "效益指标  社会效益指标  档案查阅利用  有所提高  有所提高  20  20",
            "                        便捷程度",
            "满意度指标  服务对象满意度指标  查档群众满意度  ≥90%  95%  20  20");

    @Test
    void aNameWrappedOntoTheNextLineContinuesTheRowAbove() {
        Scorecard t = single(TextParser.parse(TABLE, "wrapped.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly(
                "完成馆藏档案数字化扫描页数", "数字化成果移交时间", "档案查阅利用便捷程度", "查档群众满意度");
        assertThat(t.indicators().get(0).target()).isEqualTo("≥20万页");
        assertThat(t.indicators().get(2).level2()).isEqualTo("社会效益指标");
    }

    @Test
    void aDateCellBeforeTheScoresStaysWhole() {
        Indicator time = single(TextParser.parse(TABLE, "wrapped.txt")).indicators().get(1);
        assertThat(time.target()).isEqualTo("2024年9月底前");
        assertThat(time.actual()).isEqualTo("2024年9月");
        assertThat(time.weight()).isEqualByComparingTo("20");
        assertThat(time.score()).isEqualByComparingTo("20");
    }

    @Test
    void aNameAloneOnItsLineAfterALabelIsANewRowNotAWrap() {
        // the name line right under a complete row begins with a level label: it is a row of its own (its values missing)
        String text = TABLE.replace("                    扫描页数", "          质量指标  档案扫描合格率");
        Scorecard t = single(TextParser.parse(text, "label.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).doesNotContain("完成馆藏档案数字化档案扫描合格率");
        assertThat(t.indicators().get(0).name()).isEqualTo("完成馆藏档案数字化");
    }
}
