package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;

/**
 * The held-out fifth batch's h48: a budget block whose labels stand in one pipe row (| 年度预算申请（万元） | 资金总额 |
 * 财政拨款 | 其他资金 |) and its amounts in the row below (| | 1286.3 | 1286.3 | |). The amount 1286.3 was given to
 * 其他资金 and the total was lost: each amount is read under its label, by its place in the line.
 */
class LabelsOverAmountsTest {

    @Test
    void eachAmountUnderItsLabel() throws IOException {
        var t = single(TextParser.parse(heldOut("h48"), "h48.txt"));
        Budget b = t.budget();
        assertThat(b.planned()).isEqualByComparingTo("1286.3");
        assertThat(b.executed()).isNull();
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("财政拨款");
        assertThat(b.sources().get(0).planned()).isEqualByComparingTo("1286.3");
        assertThat(t.indicators()).hasSize(10);
    }

    @Test
    void aVariantWithTwoSourcesAndAnotherDepartment() {
        String text = """
                | 部门（单位）整体绩效目标申报表 ||||
                | 部门（单位）名称 | 某县气象局 |||
                | 年度预算申请（万元） | 资金总额 | 中央补助 | 地方资金 |
                | | 520 | 400 | 120 |
                | 年度总体目标 | 做好气象监测预报服务 |||
                | 一级指标 | 二级指标 | 三级指标 | 指标值 |
                | 产出指标 | 数量指标 | 发布预警信息次数 | ≥60次 |
                | | 质量指标 | 24小时晴雨预报准确率 | ≥85% |
                """;
        var t = single(TextParser.parse(text, "qixiang.txt"));
        Budget b = t.budget();
        assertThat(b.planned()).isEqualByComparingTo("520");
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("中央补助", "地方资金");
        assertThat(b.sources()).extracting(FundSource::planned).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("400"), new java.math.BigDecimal("120"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly("发布预警信息次数", "24小时晴雨预报准确率");
    }
}
