package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The held-out seventh batch's table-field class: a table with no （2023年度） line whose year is only in the page's
 * heading above its title (h79: 河西区城市管理委员会2023年度项目绩效自评结果). The heading's 20XX年度 is the year; a
 * publication date (发布时间：2024年04月28日) is not.
 */
class YearInPageHeadingTest {

    @Test
    void theYearOfAPipeTableComesFromThePageHeading() throws IOException {
        assertThat(single(TextParser.parse(heldOut("h79"), "h79.txt")).year()).isEqualTo(2023);
    }

    private static final String ROWS = """
            项目支出绩效自评表
            项目名称 档案抢救保护
            主管部门 某市档案局 实施单位 某市档案馆
            项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额 50 52 51 10 98.08% 9.8
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
            产出指标 数量指标 破损档案修复页数 ≥3万页 3.2万页 40 40
            满意度指标 服务对象满意度指标 利用者满意度 ≥95% 96% 50 50
            """;

    @Test
    void theSameUnderSpaceRowsWithThePublicationDateBetween() {
        String text = "某市档案局2022年度项目支出绩效自评结果公开\n发布时间：2023年05月10日\n\n" + ROWS;
        assertThat(single(TextParser.parse(text, "spaces.txt")).year()).isEqualTo(2022);
    }

    @Test
    void aPublicationDateAloneNamesNoYear() {
        String text = "某市档案局项目支出绩效自评结果公开\n发布时间：2023年05月10日\n\n" + ROWS;
        assertThat(single(TextParser.parse(text, "spaces.txt")).year()).isNull();
    }
}
