package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.HeldOutRows.heldOutTable;
import static org.jixiao.publish.parse.HeldOutRows.names;
import static org.jixiao.publish.parse.HeldOutRows.parse;
import static org.jixiao.publish.parse.HeldOutRows.row;
import static org.jixiao.publish.parse.HeldOutRows.source;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The held-out eighteenth batch's (h219–h230) misses on 237bbdf, by class (heldout/batch18.md): an Excel/WPS export's
 * hidden (empty) column after 三级指标 (h219); the second header row of a split 指标值 (计算符号 | 数值 | 单位) read as a
 * row (h220); a 区域绩效目标表's 实施期 | 年度 funds read as planned | executed and its 实施期目标 | 年度目标 header read
 * as the goal (h222); numbered level labels (一、产出指标 / （一）数量指标) one cell per line (h223); a 预算数 header over
 * 年初 | 全年 (h225 pipes, h227 spaces); a WPS budget whose row label is repeated on every row (h226); level labels
 * wrapped over two PDF lines (h227); glued values with thousands separators (h228); a report's small budget table's
 * sources (h230). Each on the document's own lines and on a variant of the same class (disabled until the lead's fix,
 * each run enabled once on 237bbdf and failing on the class's misreading), with the case the fix must leave alone
 * (passing on 237bbdf).
 */
class EighteenthBatchClassesTest {

    // ---- 1. a hidden (empty) column after 三级指标 in an Excel/WPS export ----

    /** h219: 序号\t一级\t二级\t三级\t\t年度指标值…: 237bbdf reads target null, actual ≥1,200台, weight null, reason 10. */
    @Test
    void aHiddenColumnShiftsNoValue() throws IOException {
        Indicator r = row(heldOutTable("h219"), "信息化设备运维台数");
        assertThat(r.target()).isEqualTo("≥1,200台");
        assertThat(r.actual()).isEqualTo("1,236台");
        assertThat(r.weight()).isEqualByComparingTo("10");
        assertThat(r.reason()).isNull();
    }

    private static final String HIDDEN = """
            项目支出绩效自评表
            项目名称\t某区档案数字化项目
            一级指标\t二级指标\t三级指标\t%s年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
            产出指标\t数量指标\t档案数字化页数\t%s≥50万页\t52万页\t40\t40\t
            产出指标\t质量指标\t数字化成果合格率\t%s≥98%%\t99%%\t30\t30\t
            效益指标\t社会效益指标\t档案利用人次\t%s≥3000人次\t2800人次\t30\t27\t查档需求下降
            """;

    /** The same class without a 序号 column. */
    @Test
    void anotherHiddenColumnShiftsNoValue() {
        Indicator r = row(parse(HIDDEN.formatted("\t", "\t", "\t", "\t")), "档案数字化页数");
        assertThat(r.target()).isEqualTo("≥50万页");
        assertThat(r.weight()).isEqualByComparingTo("40");
    }

    /** Left alone: the same table without the hidden column. */
    @Test
    void aTableWithoutAHiddenColumnIsReadRight() {
        Scorecard t = parse(HIDDEN.formatted("", "", "", ""));
        assertThat(row(t, "档案数字化页数").target()).isEqualTo("≥50万页");
        assertThat(row(t, "档案利用人次").reason()).isEqualTo("查档需求下降");
    }

    /** Two hidden columns, one after 三级指标 and one after 实际完成值, each said with the header's line. */
    @Test
    void twoHiddenColumnsShiftNoValue() {
        var doc = TextParser.parse("""
                项目支出绩效自评表
                项目名称\t某区档案数字化项目
                序号\t一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t\t分值\t得分\t偏差原因分析及改进措施
                1\t产出指标\t数量指标\t档案数字化页数\t\t≥50万页\t52万页\t\t40\t40\t
                2\t产出指标\t质量指标\t数字化成果合格率\t\t≥98%\t99%\t\t30\t30\t
                3\t效益指标\t社会效益指标\t档案利用人次\t\t≥3000人次\t2800人次\t\t30\t27\t查档需求下降
                """, "t.txt");
        Scorecard t = single(doc);
        Indicator r = row(t, "档案利用人次");
        assertThat(r.target()).isEqualTo("≥3000人次");
        assertThat(r.actual()).isEqualTo("2800人次");
        assertThat(r.weight()).isEqualByComparingTo("30");
        assertThat(r.score()).isEqualByComparingTo("27");
        assertThat(r.reason()).isEqualTo("查档需求下降");
        assertThat(row(t, "档案数字化页数").reason()).isNull();
        assertThat(doc.warnings()).filteredOn(w -> w.message().contains("hidden column")).extracting(ParseWarning::line).containsExactly(3, 3);
    }

    /**
     * Left alone: an empty header cell over a column one row writes in (h219's table, 年度 written in the unnamed column of
     * its last row) is no hidden column: nothing of it is dropped.
     */
    @Test
    void aColumnOneRowWritesInIsKept() {
        var doc = TextParser.parse(HIDDEN.formatted("\t", "\t", "\t", "年度\t"), "t.txt");
        assertThat(doc.warnings()).noneMatch(w -> w.message().contains("hidden column"));
        assertThat(single(doc).indicators()).anyMatch(r -> java.util.stream.Stream.of(r.name(), r.target(), r.actual(), r.reason())
                .anyMatch(x -> x != null && x.contains("年度")));
    }

    /** h219's rows in pipes: each row's 序号 opens its printed line, and is not the row before's reason (2, 3 … were). */
    @Test
    void rowNumbersOfAPipeTableAreNoReasons() {
        Scorecard t = parse("""
                项目支出绩效自评表
                | 项目名称 | 检察信息化建设运维项目 |
                | 序号 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
                | 1 | 产出指标 | 数量指标 | 信息化设备运维台数 | ≥1,200台 | 1,236台 | 10 | 10 | |
                | 2 | 产出指标 | 数量指标 | 远程提讯室建设数量 | 2个 | 2个 | 10 | 10 | |
                | 3 | 产出指标 | 质量指标 | 系统故障修复及时率 | ≥95% | 97.8% | 10 | 10 | |
                | 4 | 效益指标 | 社会效益指标 | 远程提讯占全部提讯比例 | ≥60% | 55.3% | 15 | 13 | 部分看守所设备尚未对接 |
                | 5 | 满意度指标 | 服务对象满意度指标 | 检察干警及律师满意度 | ≥90% | 94.2% | 15 | 15 | |
                """);
        assertThat(names(t)).containsExactly("信息化设备运维台数", "远程提讯室建设数量", "系统故障修复及时率", "远程提讯占全部提讯比例", "检察干警及律师满意度");
        assertThat(t.indicators()).filteredOn(i -> !"远程提讯占全部提讯比例".equals(i.name())).extracting(Indicator::reason).containsOnlyNulls();
        assertThat(row(t, "远程提讯占全部提讯比例").reason()).isEqualTo("部分看守所设备尚未对接");
        assertThat(row(t, "检察干警及律师满意度").weight()).isEqualByComparingTo("15");
    }

    // ---- 2. the second header row of a split 指标值 ----

    /** h220: | | | | 计算符号 | 数值 | 单位 | under | … | 指标值 ||| : 237bbdf reads a ninth row, name 计算符号, target 数值单位. */
    @Test
    void aSplitValueHeaderRowIsNoRow() throws IOException {
        Scorecard t = heldOutTable("h220");
        assertThat(names(t)).hasSize(8).doesNotContain("计算符号");
        assertThat(row(t, "文史资料发放覆盖单位数").target()).isEqualTo("≥1,200个");
    }

    private static final String SPLIT_HEADER = """
            项目支出绩效目标申报表
            | 项目名称 | 某县文化惠民项目 |||||
            %s
            | 产出指标 | 数量指标 | 送戏下乡场次 | ≥ | 120 | 场 |
            | | 质量指标 | 演出安全事故 | = | 0 | 起 |
            | 效益指标 | 社会效益指标 | 观众人次 | ≥ | 3 | 万人次 |
            """;

    /** The same class with 目标值 | 度量单位. */
    @Test
    void anotherSplitValueHeaderRowIsNoRow() {
        Scorecard t = parse(SPLIT_HEADER.formatted("| 一级指标 | 二级指标 | 三级指标 | 指标值 |||\n| | | | 计算符号 | 目标值 | 度量单位 |"));
        assertThat(names(t)).containsExactly("送戏下乡场次", "演出安全事故", "观众人次");
    }

    /** The same class in tabs (read by lines): | 指标值 | | | over | | | | 计算符号 | 数值 | 单位 |, a 备注 column after. */
    @Test
    void aSplitValueHeaderRowInTabsIsNoRow() {
        Scorecard t = parse("""
                项目支出绩效目标申报表
                项目名称\t某县文化惠民项目
                一级指标\t二级指标\t三级指标\t指标值\t\t\t备注
                \t\t\t计算符号\t数值\t单位\t
                产出指标\t数量指标\t送戏下乡场次\t≥\t120\t场\t
                \t质量指标\t演出安全事故\t=\t0\t起\t
                效益指标\t社会效益指标\t观众人次\t≥\t3\t万人次\t
                """);
        assertThat(names(t)).containsExactly("送戏下乡场次", "演出安全事故", "观众人次");
        assertThat(t.indicators()).extracting(Indicator::target).containsExactly("≥120场", "=0起", "≥3万人次");
    }

    /** Left alone: the split header in one row. */
    @Test
    void aOneRowSplitHeaderIsRead() {
        Scorecard t = parse(SPLIT_HEADER.formatted("| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 |"));
        assertThat(names(t)).containsExactly("送戏下乡场次", "演出安全事故", "观众人次");
        assertThat(row(t, "送戏下乡场次").target()).isEqualTo("≥120场");
    }

    // ---- 3. a 区域绩效目标表's 实施期 | 年度 funds and goals ----

    /** h222: 资金总额\t11,420\t3,860 under 实施期资金总额\t年度资金总额: 237bbdf reads planned 11420, executed 3860 (invented). */
    @Test
    void implementationPeriodFundsAreNotPlanned() throws IOException {
        Scorecard t = heldOutTable("h222");
        assertThat(t.budget().planned()).isEqualByComparingTo("3860");
        assertThat(t.budget().executed()).isNull();
        assertThat(source(t.budget(), "市县资金").planned()).isEqualByComparingTo("800");
        assertThat(t.overallGoal().target()).startsWith("按时足额发放2024年度");
    }

    private static final String PERIODS = """
            2024年某补助资金区域绩效目标表
            转移支付（专项）名称\t某补助资金
            资金情况（万元）\t\t实施期资金总额\t年度资金总额
            \t资金总额\t900\t300
            \t其中：中央补助\t600\t200
            \t地方资金\t300\t100
            一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值
            产出指标\t数量指标\t补助人数\t≥3万人\t≥1万人
            效益指标\t社会效益指标\t应补尽补率\t≥98%\t100%
            """;

    /** The same class in a smaller table. */
    @Test
    void otherImplementationPeriodFundsAreNotPlanned() {
        Budget b = parse(PERIODS).budget();
        assertThat(b.planned()).isEqualByComparingTo("300");
        assertThat(b.executed()).isNull();
    }

    /** Left alone: h02's 中期资金总额 … 年度资金总额 pairs on one row. */
    @Test
    void midTermFundsOnOneRowAreRead() throws IOException {
        Budget b = heldOutTable("h02").budget();
        assertThat(b.planned()).isEqualByComparingTo("128.8");
        assertThat(b.executed()).isNull();
    }

    // ---- 4. numbered level labels one cell per line ----

    /** h223: 一、产出指标 / （一）数量指标 on lines of their own: 237bbdf reads 4 rows, levels null, cells shifted. */
    @Test
    void numberedLevelLabelsAreLevels() throws IOException {
        Scorecard t = heldOutTable("h223");
        assertThat(names(t)).hasSize(7);
        assertThat(row(t, "渔民人均增收").level2()).isEqualTo("经济效益指标");
        assertThat(row(t, "渔船更新改造数量").level1()).isEqualTo("产出指标");
    }

    private static final String NUMBERED = """
            项目支出绩效自评表
            项目名称
            某县农技推广项目
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            %s
            %s
            示范基地数量
            ≥5个
            5个
            %s
            农户增收
            ≥300元
            350元
            """;

    /** The same class in a shorter table. */
    @Test
    void otherNumberedLevelLabelsAreLevels() {
        Scorecard t = parse(NUMBERED.formatted("一、产出指标", "（一）数量指标", "二、效益指标\n（一）经济效益指标"));
        assertThat(names(t)).containsExactly("示范基地数量", "农户增收");
        assertThat(row(t, "农户增收").level2()).isEqualTo("经济效益指标");
    }

    /** Left alone: the same lines without the numbers. */
    @Test
    void plainLevelLabelsAreLevels() {
        Scorecard t = parse(NUMBERED.formatted("产出指标", "数量指标", "效益指标\n经济效益指标"));
        assertThat(names(t)).containsExactly("示范基地数量", "农户增收");
        assertThat(row(t, "农户增收").level2()).isEqualTo("经济效益指标");
    }

    // ---- 5. a 预算数 header over 年初 | 全年 ----

    /** h225 table 1 (pipes) and h227 (spaces): a two-row budget header; 237bbdf reads no budget at all. */
    @Test
    void aTwoRowBudgetHeaderIsRead() throws IOException {
        Budget b = TextParser.parse(heldOut("h225"), "h225.txt").tables().get(0).budget();
        assertThat(b.initial()).isEqualByComparingTo("2150");
        assertThat(b.planned()).isEqualByComparingTo("2380");
        assertThat(b.executed()).isEqualByComparingTo("2291.7");
        assertThat(heldOutTable("h227").budget().planned()).isEqualByComparingTo("108");
    }

    private static final String TWO_ROW_BUDGET = """
            项目支出绩效自评表
            项目名称\t某区环卫项目
            %s
            \t年度资金总额\t100\t120\t114\t10\t95%%\t9.5
            \t其中：区级资金\t100\t120\t114\t—\t95%%\t—
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
            产出指标\t数量指标\t清扫面积\t≥50万平方米\t52万平方米\t90\t90
            """;

    /** The same class in tabs. */
    @Test
    void anotherTwoRowBudgetHeaderIsRead() {
        Budget b = parse(TWO_ROW_BUDGET.formatted("项目资金（万元）\t\t预算数\t\t全年执行数\t分值\t执行率\t得分\n\t\t年初\t全年\t\t\t\t")).budget();
        assertThat(b.initial()).isEqualByComparingTo("100");
        assertThat(b.planned()).isEqualByComparingTo("120");
        assertThat(b.executed()).isEqualByComparingTo("114");
    }

    /** Left alone: the one-row header (h225's table 2, and the variant's). */
    @Test
    void aOneRowBudgetHeaderIsRead() throws IOException {
        Budget b = TextParser.parse(heldOut("h225"), "h225.txt").tables().get(1).budget();
        assertThat(b.planned()).isEqualByComparingTo("420");
        assertThat(b.executed()).isEqualByComparingTo("402.36");
        Budget v = parse(TWO_ROW_BUDGET.formatted("项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分")).budget();
        assertThat(v.planned()).isEqualByComparingTo("120");
    }

    /** The group words' sub-columns in order: 年初 and 全年 under 预算数, 全年 under 执行数 (two groups, in pipes). */
    @Test
    void twoGroupsOverTheirSubHeadsAreRead() {
        Budget b = parse(TWO_ROW_BUDGET.formatted("| 项目资金（万元） | | 预算数 || 执行数 | 执行率 |\n| | | 年初 | 全年 | 全年 | |")
                .replace("\t年度资金总额\t100\t120\t114\t10\t95%\t9.5", "| | 年度资金总额 | 100 | 120 | 114 | 95% |")
                .replace("\t其中：区级资金\t100\t120\t114\t—\t95%\t—", "| | 其中：区级资金 | 100 | 120 | 114 | 95% |")).budget();
        assertThat(b.initial()).isEqualByComparingTo("100");
        assertThat(b.planned()).isEqualByComparingTo("120");
        assertThat(b.executed()).isEqualByComparingTo("114");
        assertThat(source(b, "区级资金").planned()).isEqualByComparingTo("120");
    }

    /** The columns a group over its sub-heads names, and the wrapped words the other way up (年初 | 全年 over 预算数) unchanged. */
    @Test
    void subHeadsTakeTheirGroupsPlace() {
        assertThat(BudgetRow.columns("项目资金\t预算数\t\t全年执行数\t分值\t执行率\t得分\n\t年初\t全年\t\t\t\t\n")).containsExactly(
                BudgetRow.Kind.INITIAL, BudgetRow.Kind.PLANNED, BudgetRow.Kind.EXECUTED, BudgetRow.Kind.WEIGHT, BudgetRow.Kind.RATE, BudgetRow.Kind.SCORE);
        assertThat(BudgetRow.columns("项目资金\t年初\t全年\t全年\t执行率\n\t预算数\t预算数\t执行数\t\n")).containsExactly(
                BudgetRow.Kind.INITIAL, BudgetRow.Kind.PLANNED, BudgetRow.Kind.EXECUTED, BudgetRow.Kind.RATE);
        // a sub-head its group makes no word with (年初 under 执行数): no group read, the words as they were
        assertThat(BudgetRow.columns("执行数\t执行率\n年初\t\n")).containsExactly(BudgetRow.Kind.EXECUTED, BudgetRow.Kind.RATE, BudgetRow.Kind.INITIAL);
    }

    // ---- 6. a WPS budget whose row label is repeated on every row ----

    /** h226: 年度预算（万元）\t资金总额\t1,236.80\t1,236.80…: 237bbdf reads planned null and one source 其他资金 40 / 40. */
    @Test
    void aRepeatedBudgetLabelIsOneLabel() throws IOException {
        Budget b = heldOutTable("h226").budget();
        assertThat(b.planned()).isEqualByComparingTo("1236.8");
        assertThat(b.executed()).isNull();
        assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("1196.8");
    }

    private static final String REPEATED = """
            2024年部门整体支出绩效目标表
            部门名称\t某县档案馆\t某县档案馆\t某县档案馆\t某县档案馆
            %s
            一级指标\t二级指标\t三级指标\t指标值\t指标值说明
            产出指标\t数量指标\t接收进馆档案\t≥5000卷\t年度接收进馆档案卷数
            效益指标\t社会效益指标\t档案查阅利用人次\t≥1万人次\t年度查阅利用人次
            """;

    /** The same class with the amounts repeated three times. */
    @Test
    void anotherRepeatedBudgetLabelIsOneLabel() {
        Budget b = parse(REPEATED.formatted("年度预算（万元）\t资金总额\t300.00\t300.00\t300.00\n年度预算（万元）\t其中：财政拨款\t300.00\t300.00\t300.00")).budget();
        assertThat(b.planned()).isEqualByComparingTo("300");
        assertThat(b.executed()).isNull();
    }

    /** Left alone: the label once and the amount once. */
    @Test
    void aBudgetLabelOnceIsRead() {
        Budget b = parse(REPEATED.formatted("年度预算（万元）\t资金总额\t300.00\n\t其中：财政拨款\t300.00")).budget();
        assertThat(b.planned()).isEqualByComparingTo("300");
    }

    /** A repeated label whose rows print different amounts: each a figure of its own (planned, executed, rate). */
    @Test
    void aRepeatedLabelKeepsDifferentAmounts() {
        Budget b = parse(REPEATED.formatted("年度预算（万元）\t资金总额\t300.00\t280.00\t93.33%\n年度预算（万元）\t其中：财政拨款\t300.00\t280.00\t93.33%")).budget();
        assertThat(b.planned()).isEqualByComparingTo("300");
        assertThat(b.executed()).isEqualByComparingTo("280");
        assertThat(source(b, "财政拨款").executed()).isEqualByComparingTo("280");
    }

    /** Equal amounts under a label printed once (no merged copies): every figure kept, and no copy said. */
    @Test
    void equalAmountsUnderALabelOnceAreKept() {
        var doc = TextParser.parse(REPEATED.formatted("年度预算（万元）\t资金总额\t300.00\t300.00\t300.00\n\t其中：财政拨款\t300.00\t300.00\t300.00"), "t.txt");
        Budget b = single(doc).budget();
        assertThat(b.initial()).isEqualByComparingTo("300");
        assertThat(b.executed()).isEqualByComparingTo("300");
        assertThat(doc.warnings()).noneMatch(w -> w.message().contains("合并单元格"));
    }

    // ---- 7. level labels wrapped over two PDF lines ----

    /** h227: 满意度    服务对象满意    使用单位满意度 … over 指标      度指标: 237bbdf reads name 服务对象满意使用单位满意度, level2 null. */
    @Test
    void wrappedLevelLabelsAreLevels() throws IOException {
        Indicator r = row(heldOutTable("h227"), "使用单位满意度");
        assertThat(r.level1()).isEqualTo("满意度指标");
        assertThat(r.level2()).isEqualTo("服务对象满意度指标");
        assertThat(r.target()).isEqualTo("≥90%");
    }

    private static final String WRAPPED = """
                                 项目支出绩效自评表
            项目名称          某市检验项目
            一级指标  二级指标        三级指标                年度指标值      实际完成值     分值   得分
            产出指标  数量指标        检验台数                ≥500台          520台          45     45
            %s
            """;

    /** The same class with 效益 / 指标 and the 二级 label cut inside its word (社会效 / 益指标). */
    @Test
    void otherWrappedLevelLabelsAreLevels() {
        Scorecard t = parse(WRAPPED.formatted("效益      社会效          事故起数                0起             0起            45     45\n指标      益指标"));
        assertThat(names(t)).containsExactly("检验台数", "事故起数");
        assertThat(row(t, "事故起数").level2()).isEqualTo("社会效益指标");
    }

    /** Left alone: the labels on one line. */
    @Test
    void unwrappedLevelLabelsAreLevels() {
        Scorecard t = parse(WRAPPED.formatted("效益指标  社会效益指标    事故起数                0起             0起            45     45"));
        assertThat(names(t)).containsExactly("检验台数", "事故起数");
        assertThat(row(t, "事故起数").level2()).isEqualTo("社会效益指标");
    }

    /**
     * The wrapped labels' tails (指标 | 度指标) on a line of their own under a row that ends with a reason in words: each
     * tail joins its own label, none is joined to the reason (as a wrapped reason's rest is, h198).
     */
    @Test
    void wrappedLevelLabelsLeaveTheReasonAlone() {
        Scorecard t = parse("""
                                 项目支出绩效自评表
                项目名称          某市检验项目
                一级指标  二级指标        三级指标          年度指标值   实际完成值   分值   得分   偏差原因分析及改进措施
                产出指标  数量指标        检验台数          ≥500台       520台        50     50
                满意度    服务对象满意    使用单位满意度    ≥90%         88%          50     45     部分单位反映等待时间较长
                指标      度指标
                """);
        assertThat(names(t)).containsExactly("检验台数", "使用单位满意度");
        Indicator r = row(t, "使用单位满意度");
        assertThat(r.level1()).isEqualTo("满意度指标");
        assertThat(r.level2()).isEqualTo("服务对象满意度指标");
        assertThat(r.reason()).isEqualTo("部分单位反映等待时间较长");
    }

    // ---- 8. glued values with thousands separators ----

    /** h228: …政务服务事项网上可办数≥1,500项1,568项1010: 237bbdf reads name …≥1,500项1, target null, actual 568项. */
    @Test
    void gluedThousandsSeparatorsStayInTheirValue() throws IOException {
        Indicator r = row(heldOutTable("h228"), "政务服务事项网上可办数");
        assertThat(r.target()).isEqualTo("≥1,500项");
        assertThat(r.actual()).isEqualTo("1,568项");
    }

    private static final String GLUED = """
            项目支出绩效自评表
            项目名称某县政务服务项目
            一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
            产出指标数量指标%s5050
            效益指标社会效益指标办件满意率≥95%%97%%5050
            总分100100
            """;

    /** The same class with 件. */
    @Test
    void otherGluedThousandsSeparatorsStayInTheirValue() {
        Indicator r = row(parse(GLUED.formatted("全年办件量≥12,000件12,480件")), "全年办件量");
        assertThat(r.target()).isEqualTo("≥12,000件");
        assertThat(r.actual()).isEqualTo("12,480件");
    }

    /** Separators in figures with decimals (万元): each value whole. */
    @Test
    void gluedThousandsSeparatorsWithDecimalsStayInTheirValue() {
        Indicator r = row(parse(GLUED.formatted("政务服务平台运维资金≥1,500.5万元1,568.25万元")), "政务服务平台运维资金");
        assertThat(r.target()).isEqualTo("≥1,500.5万元");
        assertThat(r.actual()).isEqualTo("1,568.25万元");
    }

    /** Boats (艘) and a reef's volume (万空方) are units: a glued row's target and actual, not its name's end (h223 glued). */
    @Test
    void gluedBoatsAndReefVolumesAreValues() {
        Indicator boats = row(parse(GLUED.formatted("渔船更新改造数量≥30艘32艘")), "渔船更新改造数量");
        assertThat(boats.target()).isEqualTo("≥30艘");
        assertThat(boats.actual()).isEqualTo("32艘");
        Indicator reef = row(parse(GLUED.formatted("人工鱼礁投放空方量≥2万空方2.1万空方")), "人工鱼礁投放空方量");
        assertThat(reef.target()).isEqualTo("≥2万空方");
        assertThat(reef.actual()).isEqualTo("2.1万空方");
    }

    /** A deadline set by a festival (2023年春节前) glued before a date actual: the target, not 2023 (h193, h229 glued). */
    @Test
    void gluedFestivalDeadlineIsTheTarget() {
        Indicator r = row(parse(GLUED.formatted("慰问金发放时间2023年春节前2023年1月18日")), "慰问金发放时间");
        assertThat(r.target()).isEqualTo("2023年春节前");
        assertThat(r.actual()).isEqualTo("2023年1月18日");
    }

    /** A time limit in words on both sides (会后15日内会后18日内, h221 glued): 内 bounds the quantity as 以内 does. */
    @Test
    void gluedTimeLimitsInWordsAreTargetAndActual() {
        Indicator r = row(parse(GLUED.formatted("审议意见交办时间会后15日内会后18日内")), "审议意见交办时间");
        assertThat(r.target()).isEqualTo("会后15日内");
        assertThat(r.actual()).isEqualTo("会后18日内");
    }

    /** Left alone: the same values without separators. */
    @Test
    void gluedValuesWithoutSeparatorsAreRead() {
        Indicator r = row(parse(GLUED.formatted("全年办件量≥12000件12480件")), "全年办件量");
        assertThat(r.target()).isEqualTo("≥12000件");
        assertThat(r.actual()).isEqualTo("12480件");
    }

    // ---- 9. a report's small budget table ----

    /** h230: 表1 | 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | in the prose: 237bbdf reads the totals but no source. */
    @Test
    void aReportsBudgetTableGivesSources() throws IOException {
        Budget b = heldOutTable("h230").budget();
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("省级科技专项资金", "市级财政资金");
        assertThat(source(b, "市级财政资金").executed()).isEqualByComparingTo("86.4");
    }

    private static final String REPORT = """
            某县2023年度农村道路维护项目支出绩效评价报告
                一、项目基本情况
                项目全年预算500万元，全年实际支出480万元，预算执行率96%。资金情况见表1。
                表1　项目资金情况（单位：万元）
            | 资金来源 | 全年预算数 | 全年执行数 | 执行率 |
            | 中央补助资金 | 300 | 300 | 100% |
            | 县级资金 | 200 | 180 | 90% |
            | 合计 | 500 | 480 | 96% |
                二、评价结论
                项目综合得分92分，评价等级为优。
            """;

    /** The same class in a shorter report. */
    @Test
    void anotherReportsBudgetTableGivesSources() {
        Budget b = parse(REPORT).budget();
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("中央补助资金", "县级资金");
    }

    /** A table whose 合计 is not the sentences' budget (another fund's table): its rows are no sources of that budget. */
    @Test
    void aTableOfAnotherTotalGivesNoSources() {
        Budget b = parse(REPORT.replace("| 合计 | 500 | 480 | 96% |", "| 合计 | 450 | 480 | 96% |")).budget();
        assertThat(b.planned()).isEqualByComparingTo("500");
        assertThat(b.sources()).isEmpty();
    }

    /** A report whose sentences give no budget: the table's own (its 合计 the total, each row before it a source). */
    @Test
    void aReportsTableAloneGivesItsBudget() {
        var doc = TextParser.parse(REPORT.replace("项目全年预算500万元，全年实际支出480万元，预算执行率96%。", ""), "t.txt");
        Budget b = single(doc).budget();
        assertThat(b.planned()).isEqualByComparingTo("500");
        assertThat(b.executed()).isEqualByComparingTo("480");
        assertThat(source(b, "县级资金").executed()).isEqualByComparingTo("180");
        assertThat(doc.warnings()).anyMatch(w -> w.message().contains("资金表"));
    }

    /** Left alone: the report's totals, and h218's sources from sentences. */
    @Test
    void aReportsTotalsAreRead() throws IOException {
        Budget b = heldOutTable("h230").budget();
        assertThat(b.planned()).isEqualByComparingTo("300");
        assertThat(b.executed()).isEqualByComparingTo("286.4");
        assertThat(heldOutTable("h218").budget().sources()).hasSize(2);
    }

    // ---- 11. goal cells wrapped over two lines in their columns, under a wrapped 年度总体 / 目标 label ----

    /** h227 lines 11–13: 237bbdf read the label's 目标 and both columns' lines interleaved into the target, no achievement. */
    @Test
    void wrappedGoalColumnsAreReadPerColumn() throws IOException {
        Scorecard t = heldOutTable("h227");
        assertThat(t.overallGoal().target()).isEqualTo("完成电梯定期检验6500台以上、锅炉压力容器检验1200台以上，检验报告差错率控制在1%以内。");
        assertThat(t.overallGoal().achievement()).isEqualTo("完成电梯定期检验6812台、锅炉压力容器检验1246台，检验报告差错率0.4%，全年未发生特种设备死亡事故。");
    }

    /** The same class with the label cut after 年度总体目 and each cell over three lines. */
    @Test
    void otherWrappedGoalColumnsAreReadPerColumn() {
        Scorecard t = parse("""
                项目支出绩效自评表
                项目名称          某县农村公路养护项目
                年度总体目  预期目标                              实际完成情况
                标          完成农村公路养护里程320公里，         完成农村公路养护里程326公里，
                            优良中等路率达到80%以上，             优良中等路率82.5%，
                            群众满意度90%以上。                   群众满意度93%。
                一级指标  二级指标        三级指标          年度指标值    实际完成值   分值   得分
                产出指标  数量指标        农村公路养护里程  ≥320公里      326公里      50     50
                满意度指标 服务对象满意度指标 群众满意度    ≥90%          93%          50     50
                """);
        assertThat(t.overallGoal().target()).isEqualTo("完成农村公路养护里程320公里，优良中等路率达到80%以上，群众满意度90%以上。");
        assertThat(t.overallGoal().achievement()).isEqualTo("完成农村公路养护里程326公里，优良中等路率82.5%，群众满意度93%。");
    }

    // ---- 12. a source named after the body giving it (省总工会补助资金) ----

    /** A report's sentence listing a body's subsidy (省残联补助资金) and a level's money: both the total's sources. */
    @Test
    void aBodysSubsidyIsASourceInSentences() {
        Budget b = parse("""
                某市2023年度残疾人康复项目绩效评价报告
                一、项目基本情况
                2023年下达项目资金150万元，其中：省残联补助资金100万元、市级财政资金50万元。
                截至2023年12月31日，全年支出144万元，预算执行率96%。
                """).budget();
        assertThat(b.planned()).isEqualByComparingTo("150");
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("省残联补助资金", "市级财政资金");
    }

    /** A subsidy is a body's only after a body's name: the fund's own name (项目补助资金) or a bare 补助资金 is none. */
    @Test
    void onlyABodysNameMakesASubsidyASource() {
        assertThat(BudgetReader.bodysSubsidy("省总工会补助资金")).isTrue();
        assertThat(BudgetReader.bodysSubsidy("团省委补助资金")).isTrue();
        assertThat(BudgetReader.bodysSubsidy("项目补助资金")).isFalse();
        assertThat(BudgetReader.bodysSubsidy("补助资金")).isFalse();
        assertThat(BudgetReader.bodysSubsidy("2023年下达省总工会补助资金")).isFalse();
    }
}
