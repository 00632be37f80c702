package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.HeldOutRows.heldOutTable;
import static org.jixiao.publish.parse.HeldOutRows.names;
import static org.jixiao.publish.parse.HeldOutRows.targets;
import static org.jixiao.publish.parse.TwelfthBatchClassesTest.budgetIs;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The held-out fourteenth batch's (h171–h182) misses on 777718e, by class: 中期 and 年度 printed as two value columns
 * of one row (三级指标 | 中期指标值 | 年度指标值, h177); a 中期/年度 budget whose first row is labelled 资金总额 (h177);
 * budget labels in one row and their amounts in the row below, printed one cell per paragraph (h175); and, found on a
 * variant, the same 中期/年度 budget in pipe rows; a line of
 * bracketed page links split by an ideographic space after a table read as a row (h174). Each on the document's own
 * lines and on a variant of the same class, with the case the class must leave alone (right on 777718e, and to stay so).
 */
class FourteenthBatchClassesTest {

    private static FundSource source(Budget b, String name) {
        return b.sources().stream().filter(s -> name.equals(s.name())).findFirst().orElseThrow(
                () -> new AssertionError("no source " + name + " in " + b.sources()));
    }

    // ---- 中期指标值 | 年度指标值: two value columns of one row ----

    /** h177 lines 35–75: 绩效指标 / 一级指标 / 二级指标 / 三级指标 / 中期指标值 / 年度指标值, then per row name, 中期 value, 年度 value. */
    @Test
    void theYearValueOfATwoPeriodRowIsItsTarget() throws IOException {
        Scorecard t = heldOutTable("h177");
        assertThat(names(t)).hasSize(9).doesNotContain("中期指标值").startsWith("市级储备粮轮换数量", "储备粮库存检查");
        assertThat(targets(t)).containsExactly("≥3万吨", "≥4次", "100%", "≥95%", "2024年10月底前", "≤100元/吨", "有所增强",
                "逐步健全", "≥90%");
        assertThat(t.indicators()).allSatisfy(i -> assertThat(i.actual()).isNull());
    }

    private static final String TWO_PERIODS = """
            项目支出绩效目标申报表
            | 项目名称 | 某市储备肉轮换补贴 | | | |
            | 主管部门 | 某市商务局 | 实施单位 | 某市储备肉管理中心 | |
            | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | %s |
            | | 产出指标 | 数量指标 | 储备肉轮换数量 | %s |
            | | | 质量指标 | 轮换入库检验合格率 | %s |
            | | 满意度指标 | 服务对象满意度指标 | 承储企业满意度 | %s |
            """;

    /** The same class one cell per line with other words: 年度指标值 first, then 中期指标值 (the value under 年度 is the target). */
    @Test
    void theYearValueOfATwoPeriodRowOneCellPerLineIsItsTarget() {
        String text = String.join("\n", "项目支出绩效目标申报表", "项目名称", "某市储备肉轮换补贴", "主管部门", "某市商务局",
                "一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值",
                "产出指标", "数量指标", "储备肉轮换数量", "≥1000吨", "≥3000吨",
                "质量指标", "轮换入库检验合格率", "100%", "100%",
                "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "≥85%") + "\n";
        Scorecard t = single(TextParser.parse(text, "p.txt"));
        assertThat(names(t)).containsExactly("储备肉轮换数量", "轮换入库检验合格率", "承储企业满意度");
        assertThat(targets(t)).containsExactly("≥1000吨", "100%", "≥90%");
    }

    /** Left alone: the same class in pipes (中期指标值 | 年度指标值 the last two cells of each row) reads right on 777718e. */
    @Test
    void theYearValueOfATwoPeriodRowInPipesIsItsTarget() {
        Scorecard t = single(TextParser.parse(TWO_PERIODS.formatted("中期指标值 | 年度指标值", "≥3000吨 | ≥1000吨",
                "100% | 100%", "≥85% | ≥90%"), "p.txt"));
        assertThat(names(t)).containsExactly("储备肉轮换数量", "轮换入库检验合格率", "承储企业满意度");
        assertThat(targets(t)).containsExactly("≥1000吨", "100%", "≥90%");
    }

    /**
     * The same class in the other layouts, with 中期目标值/年度目标值 and the 年度 column first: pipes (777718e read the later
     * column, here the 中期 one, as the target), tab rows and space rows. The 年度 value is the target, no actual, and the
     * 中期 value is said with the row's line.
     */
    @Test
    void theYearValueIsTheTargetInEveryLayoutAndEitherOrder() {
        String pipes = TWO_PERIODS.formatted("年度目标值 | 中期目标值", "≥1000吨 | ≥3000吨", "100% | 100%", "≥90% | ≥85%");
        String tabs = pipes.lines().map(l -> l.replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("\\s*\\|\\s*", "\t"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        String spaces = tabs.replaceAll("\t+", " ");
        for (String text : List.of(pipes, tabs, spaces)) {
            ParsedDocument d = TextParser.parse(text, "p.txt");
            Scorecard t = single(d);
            assertThat(names(t)).as(text).containsExactly("储备肉轮换数量", "轮换入库检验合格率", "承储企业满意度");
            assertThat(targets(t)).as(text).containsExactly("≥1000吨", "100%", "≥90%");
            assertThat(t.indicators()).allSatisfy(i -> assertThat(i.actual()).isNull());
            int row = List.of(text.split("\n")).indexOf(text.lines().filter(l -> l.contains("储备肉轮换数量")).findFirst().orElseThrow()) + 1;
            assertThat(d.warnings()).as(text).anySatisfy(w -> {
                assertThat(w.line()).isEqualTo(row);
                assertThat(w.message()).contains("≥3000吨");
            });
        }
    }

    /** Left alone: the same table with one 指标值 column reads its target. */
    @Test
    void theSameTableWithOneValueColumnReadsItsTarget() {
        Scorecard t = single(TextParser.parse(TWO_PERIODS.formatted("指标值", "≥1000吨", "100%", "≥90%"), "p.txt"));
        assertThat(names(t)).containsExactly("储备肉轮换数量", "轮换入库检验合格率", "承储企业满意度");
        assertThat(targets(t)).containsExactly("≥1000吨", "100%", "≥90%");
    }

    // ---- a 中期/年度 budget whose first row is labelled 资金总额 ----

    /** h177 lines 18–29: 项目资金（万元） / 中期资金总额 / 年度资金总额 / 资金总额 / 2760 / 920 / 其中：财政拨款 / 2760 / 920 / 其他资金 / — / —. */
    @Test
    void theYearColumnOfTheTotalRowIsPlanned() throws IOException {
        Budget b = heldOutTable("h177").budget();
        budgetIs(b, null, "920", null, null);
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("财政拨款");
        assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("920");
    }

    private static final String PERIOD_BUDGET = """
            项目支出绩效目标申报表
            | 项目名称 | 某市储备肉轮换补贴 | | |
            | 项目资金（万元） | | 中期资金总额 | 年度资金总额 |
            | | %s | 1500 | 480 |
            | | 其中：财政拨款 | 1500 | 480 |
            | | 其他资金 | — | — |
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 储备肉轮换数量 | ≥1000吨 |
            | 满意度指标 | 服务对象满意度指标 | 承储企业满意度 | ≥90%% |
            """;

    /**
     * The same class in pipes (found on a variant: 777718e reads neither total row, and takes the 中期 and 年度 amounts
     * of the 财政拨款 row for its 全年预算数 and 全年执行数), with the total labelled 资金总额 and with 年度资金总额.
     */
    @Test
    void theYearColumnOfAPipeTotalRowIsPlanned() {
        for (String label : List.of("资金总额", "年度资金总额")) {
            Budget b = single(TextParser.parse(PERIOD_BUDGET.formatted(label), "b.txt")).budget();
            budgetIs(b, null, "480", null, null);
            assertThat(source(b, "财政拨款").planned()).as(label).isEqualByComparingTo("480");
            assertThat(source(b, "财政拨款").executed()).as(label).isNull();
        }
    }

    /**
     * The same class one cell per line with the 年度 column first and the total labelled 年度资金总额, and in tab rows with
     * the 年度 column first: planned is the 年度 amount of the total row, each source's the 年度 amount of its own row, and
     * the column words are no row (777718e paired the first one-cell-per-line column word with the first amount).
     */
    @Test
    void theYearColumnOfTheTotalRowIsPlannedInEveryLayoutAndEitherOrder() {
        String lines = String.join("\n", "项目支出绩效目标申报表", "项目名称", "某市储备肉轮换补贴", "项目资金（万元）", "年度资金总额",
                "中期资金总额", "年度资金总额", "480", "1500", "其中：财政拨款", "480", "1500", "其他资金", "—", "—",
                "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "储备肉轮换数量", "≥1000吨",
                "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%") + "\n";
        String tabs = String.join("\n", "项目支出绩效目标申报表", "项目名称\t某市储备肉轮换补贴\t\t", "项目资金（万元）\t\t年度资金总额\t中期资金总额",
                "\t资金总额\t480\t1500", "\t其中：财政拨款\t480\t1500", "\t其他资金\t—\t—", "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t储备肉轮换数量\t≥1000吨", "满意度指标\t服务对象满意度指标\t承储企业满意度\t≥90%") + "\n";
        for (String text : List.of(lines, tabs)) {
            ParsedDocument d = TextParser.parse(text, "b.txt");
            Budget b = single(d).budget();
            budgetIs(b, null, "480", null, null);
            assertThat(b.sources()).as(text).extracting(FundSource::name).containsExactly("财政拨款");
            assertThat(source(b, "财政拨款").planned()).as(text).isEqualByComparingTo("480");
            assertThat(source(b, "财政拨款").executed()).as(text).isNull();
            assertThat(names(single(d))).as(text).containsExactly("储备肉轮换数量", "承储企业满意度");
            // the column words are read as such, not as an amount
            assertThat(d.warnings()).as(text).noneSatisfy(w -> assertThat(w.message()).contains("中期资金总额"));
        }
    }

    /** Left alone: the same block in space rows (h86 lines 8–12: 资金总额 186.5 68.4 / 其中：财政拨款 170 60 / 上年结转 16.5 8.4). */
    @Test
    void theYearColumnOfASpaceTotalRowIsPlanned() throws IOException {
        Budget b = heldOutTable("h86").budget();
        budgetIs(b, null, "68.4", null, null);
        assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("60");
        assertThat(source(b, "上年结转").planned()).isEqualByComparingTo("8.4");
    }

    // ---- budget labels in one row, amounts in the row below, one cell per paragraph ----

    /** h175 lines 16–28: 年度预算申请（万元） / 资金总额 / 财政拨款 / 其他资金 / 2486.3 / 2436.3 / 50, a blank line between cells. */
    @Test
    void labelsThenAmountsOneCellPerParagraphPairUp() throws IOException {
        Budget b = heldOutTable("h175").budget();
        budgetIs(b, null, "2486.3", null, null);
        assertThat(b.sources()).extracting(FundSource::name).containsExactly("财政拨款", "其他资金");
        assertThat(source(b, "财政拨款").planned()).isEqualByComparingTo("2436.3");
        assertThat(source(b, "其他资金").planned()).isEqualByComparingTo("50");
        assertThat(source(b, "其他资金").executed()).isNull();
    }

    private static final String LABELS_THEN_AMOUNTS = """
            2024年部门整体支出绩效目标表
            部门（单位）名称
            某市档案馆
            年度预算申请（万元）
            资金总额
            财政拨款
            其他资金
            386
            360
            26
            年度总体目标
            做好档案接收、保管和利用服务，推进档案数字化。
            一级指标
            二级指标
            三级指标
            指标值（2024年）
            产出指标
            数量指标
            接收进馆档案数量
            ≥2万卷
            满意度指标
            服务对象满意度指标
            查档群众满意度
            ≥95%
            """;

    /** The same class one cell per line with no blank lines. */
    @Test
    void labelsThenAmountsOneCellPerLinePairUp() {
        Scorecard t = single(TextParser.parse(LABELS_THEN_AMOUNTS, "l.txt"));
        budgetIs(t.budget(), null, "386", null, null);
        assertThat(source(t.budget(), "财政拨款").planned()).isEqualByComparingTo("360");
        assertThat(source(t.budget(), "其他资金").planned()).isEqualByComparingTo("26");
    }

    /** Left alone: the same table in tab rows, labels in one row and amounts below (h100's reading). */
    @Test
    void labelsThenAmountsInTabRowsPairUp() {
        String tabs = String.join("\n", "2024年部门整体支出绩效目标表", "部门（单位）名称\t某市档案馆\t\t",
                "年度预算申请（万元）\t资金总额\t财政拨款\t其他资金", "\t386\t360\t26",
                "年度总体目标\t做好档案接收、保管和利用服务，推进档案数字化。\t\t", "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t接收进馆档案数量\t≥2万卷", "满意度指标\t服务对象满意度指标\t查档群众满意度\t≥95%") + "\n";
        Scorecard t = single(TextParser.parse(tabs, "l.txt"));
        budgetIs(t.budget(), null, "386", null, null);
        assertThat(source(t.budget(), "财政拨款").planned()).isEqualByComparingTo("360");
        assertThat(source(t.budget(), "其他资金").planned()).isEqualByComparingTo("26");
        assertThat(names(t)).containsExactly("接收进馆档案数量", "查档群众满意度");
    }

    // ---- a line of bracketed page links after the table is no row ----

    /** h174 lines 40–41: a blank line, then 【打印本页】　【关闭窗口】 (an ideographic space between) under the tab rows. */
    @Test
    void bracketedPageLinksAfterTabRowsAreNoRow() throws IOException {
        Scorecard t = heldOutTable("h174");
        assertThat(names(t)).hasSize(9).doesNotContain("【打印本页】").endsWith("沿线群众满意度");
    }

    private static final String TAB_TABLE = """
            2024年某补助资金区域绩效目标表
            地方主管部门\t某市农业农村局\t\t
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t补助农户数\t≥1200户
            \t质量指标\t补助发放准确率\t100%%
            满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%%

            %s
            主办：某市人民政府办公室
            """;

    /** The same class with other link words. */
    @Test
    void otherBracketedLinksAfterTabRowsAreNoRow() {
        Scorecard t = single(TextParser.parse(TAB_TABLE.formatted("【打印】　【关闭】　【返回顶部】"), "t.txt"));
        assertThat(names(t)).containsExactly("补助农户数", "补助发放准确率", "受益农户满意度");
    }

    /** Left alone: the links glued together (no space between) end the table. */
    @Test
    void gluedBracketedLinksAfterTabRowsAreNoRow() {
        Scorecard t = single(TextParser.parse(TAB_TABLE.formatted("【打印】【关闭】"), "t.txt"));
        assertThat(names(t)).containsExactly("补助农户数", "补助发放准确率", "受益农户满意度");
        assertThat(t.indicators().get(1).level1()).isEqualTo("产出指标");
    }
}
