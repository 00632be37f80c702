package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out sixth batch's (h59–h72) misses, every one in the budget block or under the table: a rate printed as a
 * spreadsheet's fraction (h60), column words wrapped over two rows (h66), a source row whose 年初 cell is a dash (h59
 * h66), amounts each with a 万元 suffix one cell per paragraph and a source named past its source word (h71), label and
 * amount joined by a colon in one cell (h64), a report's 全年执行数/年初预算 (h65), and a closing signature — the unit's
 * name, then the date — under space rows (h72). Each on the document's own lines and on a variant of the same class.
 */
class BudgetPrintingsTest {

    private static Budget budget(String text) {
        return single(TextParser.parse(text, "variant.txt")).budget();
    }

    private static Budget heldOutBudget(String id) throws IOException {
        return single(TextParser.parse(heldOut(id), id + ".txt")).budget();
    }

    private static void totalIs(Budget b, String initial, String planned, String executed, String rate) {
        if (initial == null) assertThat(b.initial()).isNull(); else assertThat(b.initial()).isEqualByComparingTo(initial);
        assertThat(b.planned()).isEqualByComparingTo(planned);
        assertThat(b.executed()).isEqualByComparingTo(executed);
        assertThat(b.ratePercent()).isEqualByComparingTo(rate);
    }

    private static void sourceIs(FundSource f, String name, String planned, String executed, String rate) {
        assertThat(f.name()).isEqualTo(name);
        if (planned == null) assertThat(f.planned()).isNull(); else assertThat(f.planned()).isEqualByComparingTo(planned);
        if (executed == null) assertThat(f.executed()).isNull(); else assertThat(f.executed()).isEqualByComparingTo(executed);
        if (rate == null) assertThat(f.ratePercent()).isNull(); else assertThat(f.ratePercent()).isEqualByComparingTo(rate);
    }

    /** h60: 执行率 0.9856 under (元) amounts in a spreadsheet's tabs — the percentage 98.56, for the total and its source. */
    @Test
    void aRatePrintedAsAFractionIsThePercentageTheAmountsGive() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h60"), "h60.txt");
        Budget b = single(doc).budget();
        totalIs(b, "68", "72.65", "71.60404", "98.56");
        assertThat(b.sources()).hasSize(1);
        sourceIs(b.sources().get(0), "财政拨款", "72.65", "71.60404", "98.56");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("0.9856"));
    }

    @Test
    void aFractionInSpaceRowsAndARateThatIsTrulySmall() {
        String head = """
                项目支出绩效自评表
                （2023年度）
                项目名称 农村公路日常养护
                主管部门 汾阳市交通运输局 实施单位 汾阳市公路事务中心
                项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
                """;
        String rows = """
                年度总体目标 预期目标 实际完成情况
                完成农村公路日常养护320公里。 完成养护326公里。
                一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
                产出指标 数量指标 农村公路养护里程 ≥320公里 326公里 20 20
                 质量指标 养护路段优良率 ≥80% 84% 20 20
                满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% 93% 10 10
                """;
        // the whole of the money spent: the fraction 1 is 100%
        Budget whole = budget(head + "年度资金总额 120 120 120 10 1 10\n其中：财政拨款 120 120 120 — 1 —\n" + rows);
        assertThat(whole.ratePercent()).isEqualByComparingTo("100");
        sourceIs(whole.sources().get(0), "财政拨款", "120", "120", "100");
        // a rate the amounts give as printed stays as printed (6 ÷ 500 = 1.2%)
        Budget small = budget(head + "年度资金总额 500 500 6 10 1.2% 0.1\n" + rows);
        assertThat(small.ratePercent()).isEqualByComparingTo("1.2");
    }

    /** h66: | 年初 | 全年 | 全年 | 分值 | 执行率 | 得分 | over | 预算数 | 预算数（A） | 执行数（B） | | （B/A） | |. */
    @Test
    void columnWordsWrappedOverTwoPipeRows() throws IOException {
        Budget b = heldOutBudget("h66");
        totalIs(b, "1286.42", "1342.18", "1318.57", "98.24");
        assertThat(b.sources()).hasSize(2);
        sourceIs(b.sources().get(0), "财政拨款", "1322.18", "1298.57", "98.21");
        // the source whose 年初 cell is a dash: 20 is planned, not executed
        sourceIs(b.sources().get(1), "其他资金", "20", "20", "100");

        Budget other = budget("""
                | 项目支出绩效自评表 ||||||||
                | 项目名称 | 森林草原防火物资储备 |||||||
                | 主管部门 | 海东市林业和草原局 ||| 实施单位 | 海东市森林消防中心 |||
                | 项目资金（万元） | | 年初 | 全年 | 全年 | 分值 | 执行率 | 得分 |
                | | | 预算数 | 预算数 | 执行数 | | | |
                | | 年度资金总额 | 60 | 75 | 73.5 | 10 | 98% | 9.8 |
                | | 其中：财政拨款 | 60 | 75 | 73.5 | — | 98% | — |
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
                | 产出指标 | 数量指标 | 储备扑火机具数量 | ≥300台套 | 312台套 | 30 | 30 | |
                | | 质量指标 | 物资验收合格率 | 100% | 100% | 30 | 30 | |
                | 满意度指标 | 服务对象满意度指标 | 扑火队员满意度 | ≥90% | 94% | 30 | 30 | |
                """);
        totalIs(other, "60", "75", "73.5", "98");
    }

    /** h59: | | 上年结转资金 | — | 12.5 | 12.5 | — | 100% | — | under 年初/全年/执行: the dash is the empty 年初 cell. */
    @Test
    void aSourceRowWhoseInitialCellIsADash() throws IOException {
        Budget b = heldOutBudget("h59");
        assertThat(b.sources()).hasSize(2);
        sourceIs(b.sources().get(0), "当年财政拨款", "80", "78.14", "97.68");
        sourceIs(b.sources().get(1), "上年结转资金", "12.5", "12.5", "100");
    }

    /** h71: one cell per paragraph, 项目资金 with no unit and every amount written 456.8万元; a source 上年结转资金. */
    @Test
    void amountsWithTheirUnitOneCellPerParagraph() throws IOException {
        Budget b = heldOutBudget("h71");
        totalIs(b, "420", "456.8", "449.31", "98.36");
        assertThat(b.sources()).hasSize(2);
        sourceIs(b.sources().get(0), "当年财政拨款", "420", "415.21", "98.86");
        sourceIs(b.sources().get(1), "上年结转资金", "36.8", "34.1", "92.66");

        // one cell per line, amounts with a bare 万 suffix, no 年初 column
        Budget other = budget(String.join("\n", "项目支出绩效自评表", "项目名称", "城乡社区网格化服务管理", "主管部门",
                "固原市原州区民政局", "实施单位", "固原市原州区民政局", "项目资金", "全年预算数", "全年执行数", "执行率",
                "年度资金总额", "386.5万", "380.2万", "98.37%", "其中：财政拨款", "300万", "300万", "100%", "上年结转资金",
                "86.5万", "80.2万", "92.72%", "年度总体目标", "完成网格员培训和社区服务设施维护。",
                "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "未完成原因和改进措施",
                "产出指标", "数量指标", "网格员培训人次", "≥600人次", "620人次", "质量指标", "社区服务设施完好率", "≥95%", "97%",
                "满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "92%", ""));
        totalIs(other, null, "386.5", "380.2", "98.37");
        assertThat(other.sources()).hasSize(2);
        sourceIs(other.sources().get(1), "上年结转资金", "86.5", "80.2", "92.72");
    }

    /** h64: 年度资金总额：85.6 | 其中：财政拨款：85.6 | 其他资金： in one tab row. */
    @Test
    void labelAndAmountJoinedByAColonInOneCell() throws IOException {
        Budget b = heldOutBudget("h64");
        assertThat(b.planned()).isEqualByComparingTo("85.6");
        assertThat(b.executed()).isNull();
        assertThat(b.sources()).hasSize(1);
        sourceIs(b.sources().get(0), "财政拨款", "85.6", null, null);

        Budget other = budget("""
                项目支出绩效目标表
                项目名称 基层妇联阵地建设
                主管部门 三亚市妇女联合会 实施单位 三亚市妇女联合会
                项目资金（万元） 资金总额：120 其中：财政拨款：100 自筹资金：20
                年度绩效目标 建设基层妇女之家12个。
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 建设妇女之家数量 ≥12个
                 质量指标 阵地建设验收合格率 100%
                满意度指标 服务对象满意度指标 基层妇女满意度 ≥90%
                """);
        assertThat(other.planned()).isEqualByComparingTo("120");
        assertThat(other.sources()).hasSize(2);
        sourceIs(other.sources().get(0), "财政拨款", "100", null, null);
        sourceIs(other.sources().get(1), "自筹资金", "20", null, null);
    }

    /** h65: 全年预算数3200万元 (一、), 全年执行数3136.64万元，预算执行率98.02% (二、), 年初预算2860万元. */
    @Test
    void aReportInTheBudgetBlocksOwnWords() throws IOException {
        Budget b = heldOutBudget("h65");
        totalIs(b, "2860", "3200", "3136.64", "98.02");

        Budget other = ReportSentencesTest.budget("项目全年预算数为860万元。截至12月底，执行金额为842.3万元，预算执行率为97.94%。");
        totalIs(other, null, "860", "842.3", "97.94"); // no 年初预算 printed: no initial
    }

    /** h72: 三明市医疗保障局 / 2024年3月12日 under the last space row — no wrapped name, no row. */
    @Test
    void aClosingSignatureUnderSpaceRows() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h72"), "h72.txt");
        Scorecard t = single(doc);
        assertThat(t.indicators()).hasSize(8);
        assertThat(t.indicators().get(7).name()).isEqualTo("参保群众满意度");
        assertThat(t.indicators().get(7).target()).isEqualTo("≥85%");
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(23);
            assertThat(w.message()).contains("三明市医疗保障局");
        });

        String table = """
                项目支出绩效目标表
                项目名称 社区矫正对象教育帮扶
                主管部门 格尔木市司法局 实施单位 格尔木市司法局
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 开展集中教育次数 ≥12次
                 时效指标 帮扶措施落实时间 2024年12月底前
                满意度指标 服务对象满意度指标 社区矫正对象满意度 ≥90%
                """;
        Scorecard signed = single(TextParser.parse(table + "格尔木市司法局\n2024年2月26日\n", "v.txt"));
        assertThat(signed.indicators()).hasSize(3);
        assertThat(signed.indicators().get(2).name()).isEqualTo("社区矫正对象满意度");
        // a date alone with no unit's name above it is no signature: the rows are read as before
        Scorecard unsigned = single(TextParser.parse(table, "v.txt"));
        assertThat(unsigned.indicators()).hasSize(3);
        assertThat(unsigned.indicators().get(1).target()).isEqualTo("2024年12月底前");
    }
}
