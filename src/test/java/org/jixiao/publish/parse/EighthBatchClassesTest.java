package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out eighth batch's (h87–h100) row and table-field misses, by class: a budget block printed after the indicator
 * rows read as rows (h91); a single space a scan put inside a name on space rows read as a column gap (h98); a title
 * printed letter-spaced (h98); a table naming no year under a page heading that does (h91). Each on the document's own
 * lines and on a variant of the same class, with the case the class must leave alone.
 */
class EighthBatchClassesTest {

    private static List<String> names(Scorecard t) {
        return t.indicators().stream().map(Indicator::name).toList();
    }

    private static void rowIs(Indicator r, String name, String target, String actual) {
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.target()).isEqualTo(target);
        assertThat(r.actual()).isEqualTo(actual);
    }

    // ---- a budget block printed after the indicator rows ----

    /** h91: | 预算执行情况（万元） | 年初预算数 | 全年预算数 | … under the last row, then the total and its source: no rows. */
    @Test
    void aBudgetBlockAfterThePipeRowsIsNoRow() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h91"), "h91.txt");
        Scorecard t = single(doc);
        assertThat(t.indicators()).hasSize(9);
        rowIs(t.indicators().get(8), "普查对象满意度", "≥90%", "91.4%");
        assertThat(t.indicators().get(8).reason()).isNull();
        assertThat(names(t)).doesNotContain("预算执行情况（万元）", "年度资金总额", "其中：财政拨款", "执行率");
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(19);
            assertThat(w.message()).contains("预算执行情况（万元）");
        });
    }

    private static final String TAB_HEAD = """
            项目支出绩效自评表
            （2023年度）
            项目名称\t农村公路养护经费
            主管部门\t某县交通运输局\t实施单位\t某县公路事务中心
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析及改进措施
            产出指标\t数量指标\t养护农村公路里程\t≥320公里\t326公里\t
            \t质量指标\t优良路率\t≥80%\t83.5%\t
            满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t93%\t
            """;

    /** The same class in a spreadsheet's tab rows, under another block label and other column words (line reader). */
    @Test
    void aBudgetBlockAfterTabRowsIsNoRow() {
        Scorecard t = single(TextParser.parse(TAB_HEAD + """
                项目资金（万元）\t全年预算数\t全年执行数\t执行率\t\t
                年度资金总额\t120\t118.2\t98.5%\t\t
                其中：财政拨款\t120\t118.2\t98.5%\t\t
                """, "tabs.txt"));
        assertThat(names(t)).containsExactly("养护农村公路里程", "优良路率", "沿线群众满意度");
        rowIs(t.indicators().get(2), "沿线群众满意度", "≥90%", "93%");
    }

    /** Indicator rows about the money (项目资金到位率, 预算执行情况) name no block columns after them: they stay rows. */
    @Test
    void anIndicatorRowAboutTheBudgetStaysARow() {
        Scorecard t = single(TextParser.parse("""
                项目支出绩效自评表
                （2023年度）
                | 项目名称 | 统计调查经费 ||||
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
                | 产出指标 | 数量指标 | 完成统计调查项目 | ≥12项 | 12项 |
                | | | 项目资金到位率 | 100% | 100% |
                | | 时效指标 | 资金拨付及时率 | 100% | 100% |
                | | | 预算执行情况 | 执行率≥95% | 98.6% |
                | 满意度指标 | 服务对象满意度指标 | 数据使用单位满意度 | ≥90% | 94% |
                """, "money-rows.txt"));
        assertThat(names(t)).containsExactly("完成统计调查项目", "项目资金到位率", "资金拨付及时率", "预算执行情况", "数据使用单位满意度");
        rowIs(t.indicators().get(3), "预算执行情况", "执行率≥95%", "98.6%");
    }

    // ---- a single space a scan put inside a name, on space rows set apart by wide gaps ----

    /** h98: 维修养护农村供水 工程处数 and 受益 群众满意度 are one name each; every row keeps its target and actual. */
    @Test
    void aScansSpaceInsideANameIsNoColumnGap() throws IOException {
        Scorecard t = single(TextParser.parse(heldOut("h98"), "h98.txt"));
        assertThat(t.indicators()).hasSize(9);
        rowIs(t.indicators().get(0), "维修养护农村供水工程处数", "≥85处", "91处");
        assertThat(t.indicators().get(0).reason()).isNull();
        rowIs(t.indicators().get(8), "受益群众满意度", "≥90％", "92.3％");
        assertThat(t.indicators().get(8).reason()).isNull();
    }

    private static final String PDF_TABLE = """
            项目支出绩效自评表
            （2024年度）
            项目名称    城区环境空气质量监测经费
            一级指标    二级指标    三级指标    年度指标值    实际完成值    偏差原因分析及改进措施
            产出指标    数量指标    空气自动监测 站点运维数量    ≥6个    6个
                质量指标    监测数据有效率    ≥90%    95.2%
            效益指标    生态效益指标    空气质量优良天数比例    稳步 提高    86.3%    受不利气象 条件影响，下一步加强联防联控
            """;

    /** A PDF's wide gaps with such a space inside a name, a target and a reason, beside a line without one. */
    @Test
    void aSpaceBetweenTwoHanCharactersOfAWideGapTableIsInsideTheCell() {
        Scorecard t = single(TextParser.parse(PDF_TABLE, "pdf.txt"));
        assertThat(t.indicators()).hasSize(3);
        rowIs(t.indicators().get(0), "空气自动监测站点运维数量", "≥6个", "6个");
        rowIs(t.indicators().get(1), "监测数据有效率", "≥90%", "95.2%");
        rowIs(t.indicators().get(2), "空气质量优良天数比例", "稳步提高", "86.3%");
        assertThat(t.indicators().get(2).reason()).isEqualTo("受不利气象条件影响，下一步加强联防联控");
    }

    /**
     * The same table with every gap one space (corpus 006's kind): a single space stays a column gap — but a name split
     * at its space, whose piece before the target shifted every cell after it (站点运维数量 read as the target, ≥6个 as
     * the actual), is one name again (IndicatorReader's fit by kind).
     */
    @Test
    void singleSpacedRowsKeepEverySpaceAGap() {
        Scorecard t = single(TextParser.parse(PDF_TABLE.replaceAll("(?m)^ +", "").replaceAll(" {2,}", " "), "single.txt"));
        rowIs(t.indicators().get(0), "空气自动监测站点运维数量", "≥6个", "6个");
        rowIs(t.indicators().get(1), "监测数据有效率", "≥90%", "95.2%");
    }

    // ---- a title printed letter-spaced ----

    @Test
    void aLetterSpacedTitleIsReadWithoutItsSpaces() throws IOException {
        assertThat(Title.of("项 目 支 出 绩 效 自 评 表")).isEqualTo("项目支出绩效自评表");
        assertThat(Title.of("  部 门 整 体 绩 效 目 标 表 ")).isEqualTo("部门整体绩效目标表");
        assertThat(Title.of("项 目 支 出 情 况 说 明 表")).isNull();
        assertThat(Title.of("项目 支出 绩效 自评表")).isNull(); // words apart, not letters: no title word left whole
        assertThat(single(TextParser.parse(heldOut("h98"), "h98.txt")).title()).isEqualTo("项目支出绩效自评表");
    }

    // ---- a table that names no year under a page heading that does ----

    @Test
    void aTableWithoutAYearTakesItsPageHeadings() throws IOException {
        assertThat(single(TextParser.parse(heldOut("h91"), "h91.txt")).year()).isEqualTo(2023);
        String table = """
                项目支出绩效自评表
                项目名称\t农村公路养护经费
                一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值
                产出指标\t数量指标\t养护农村公路里程\t≥320公里\t326公里
                满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t93%
                """;
        assertThat(single(TextParser.parse("某县交通运输局2022年度农村公路养护经费绩效自评结果\n发布时间：2023-05-06\n" + table, "y.txt")).year())
                .isEqualTo(2022);
        // a date is the page's, not the table's: no year is made of it
        assertThat(single(TextParser.parse("某县交通运输局项目绩效自评结果\n发布时间：2023年5月6日\n" + table, "n.txt")).year()).isNull();
    }
}
