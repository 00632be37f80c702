package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.math.BigDecimal;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out seventh batch's (h73–h86) row class: a budget block printed after the indicator rows (a template with
 * 项目资金 at its foot, h78), whose lines were read as five more rows, the last row's reason moved into one of them.
 * The block ends the rows in every layout and is the table's budget when none stood above; an indicator named after
 * the money (项目资金到位率) is still a row.
 */
class BudgetAfterRowsTest {

    private static void rowsEndBeforeTheBudget(Scorecard t, int rows, String lastName, String lastReason) {
        assertThat(t.indicators()).hasSize(rows);
        Indicator last = t.indicators().get(rows - 1);
        assertThat(last.name()).isEqualTo(lastName);
        assertThat(last.reason()).isEqualTo(lastReason);
        assertThat(t.indicators()).noneSatisfy(i -> assertThat(i.name()).contains("资金"));
    }

    private static void budget(Scorecard t, String planned, String executed, String rate) {
        assertThat(t.budget().planned()).isEqualByComparingTo(new BigDecimal(planned));
        assertThat(t.budget().executed()).isEqualByComparingTo(new BigDecimal(executed));
        assertThat(t.budget().ratePercent()).isEqualByComparingTo(new BigDecimal(rate));
    }

    @Test
    void aBudgetBlockAfterTheRowsOneCellPerLineEndsThemAndIsTheBudget() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h78"), "h78.txt");
        Scorecard t = single(doc);
        rowsEndBeforeTheBudget(t, 8, "档案查阅利用者满意度", "部分早期档案尚未完成数字化，线上查阅受限，下一步加快存量档案数字化进度");
        assertThat(t.indicators().get(7).weight()).isEqualByComparingTo("20");
        assertThat(t.indicators().get(7).score()).isEqualByComparingTo("18");
        budget(t, "172.6", "169.84", "98.40");
        assertThat(t.budget().initial()).isEqualByComparingTo("158");
        assertThat(t.budget().sources()).extracting(s -> s.name()).containsExactly("当年财政拨款", "上年结转资金");
    }

    private static final String SPACES = """
            项目支出绩效自评表
            （2023年度）
            项目名称 档案抢救保护
            主管部门 某市档案局 实施单位 某市档案馆
            年度总体目标 预期目标 实际完成情况
            完成破损档案修复3万页。
            完成破损档案修复3.2万页。
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
            产出指标 数量指标 项目资金到位率 100% 100% 20 20
            质量指标 修复档案合格率 ≥98% 99% 20 20
            效益指标 社会效益指标 档案安全保管水平 有效提升 有效提升 20 20
            满意度指标 服务对象满意度指标 利用者满意度 ≥95% 93% 30 28 部分档案修复周期较长
            项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额 50 52 51 10 98.08% 9.8
            其中：财政拨款 50 52 51 — 98.08% —
            总分 100 97.8
            """;

    @Test
    void theSameBlockUnderSpaceRowsAndAnIndicatorNamedAfterTheMoneyStaysARow() {
        ParsedDocument doc = TextParser.parse(SPACES, "spaces.txt");
        Scorecard t = single(doc);
        assertThat(t.indicators()).hasSize(4);
        assertThat(t.indicators().get(0).name()).isEqualTo("项目资金到位率");
        assertThat(t.indicators().get(3).name()).isEqualTo("利用者满意度");
        assertThat(t.indicators().get(3).reason()).isEqualTo("部分档案修复周期较长");
        budget(t, "52", "51", "98.08");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.line()).isEqualTo(13));
    }

    @Test
    void theSameBlockUnderPipeRowsWithItsLabelAbove() {
        String text = """
                | 项目支出绩效自评表 |||||||
                | （2022年度） |||||||
                | 项目名称 | 城区绿化养护 ||||||
                | 主管部门 | 某区城市管理局 ||| 实施单位 | 某区园林绿化所 ||
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
                | 产出指标 | 数量指标 | 养护绿地面积 | ≥120万平方米 | 123万平方米 | 30 | 30 | |
                | | 质量指标 | 苗木成活率 | ≥95% | 96.5% | 30 | 30 | |
                | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 88% | 30 | 27 | 部分路段补植不及时 |
                | 项目资金情况（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
                | | 年度资金总额 | 300 | 320 | 312.5 | 10 | 97.66% | 9.8 |
                | | 其中：财政拨款 | 300 | 320 | 312.5 | — | 97.66% | — |
                | 总分 ||||| 100 | 96.8 | |
                """;
        Scorecard t = single(TextParser.parse(text, "pipes.txt"));
        rowsEndBeforeTheBudget(t, 3, "市民满意度", "部分路段补植不及时");
        budget(t, "320", "312.5", "97.66");
    }

    @Test
    void theSameBlockUnderTabRowsAfterASpreadsheetsEmptyCells() {
        String text = """
                项目支出绩效自评表
                （2023年度）
                项目名称\t老旧小区环境整治\t\t\t\t\t\t
                主管部门\t某县住房和城乡建设局\t\t\t实施单位\t某县城市建设服务中心\t\t
                一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
                产出指标\t数量指标\t整治老旧小区数量\t≥12个\t12个\t40\t40\t
                效益指标\t社会效益指标\t居住环境\t明显改善\t明显改善\t30\t30\t
                满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\t91.5%\t20\t20\t
                项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
                \t年度资金总额\t860\t860\t842.8\t10\t98%\t9.8
                \t其中：财政拨款\t860\t860\t842.8\t—\t98%\t—
                总分\t\t\t\t\t100\t99.8\t
                """;
        Scorecard t = single(TextParser.parse(text, "tabs.txt"));
        rowsEndBeforeTheBudget(t, 3, "居民满意度", null);
        assertThat(t.indicators().get(2).actual()).isEqualTo("91.5%");
        budget(t, "860", "842.8", "98");
    }
}
