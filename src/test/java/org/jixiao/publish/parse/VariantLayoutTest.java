package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** The seed rows re-laid out the ways other web pages copy tables; each must read back to the same cells. */
class VariantLayoutTest {

    static final String SUINING = SeedParsingTest.resource("/seeds/suining-2021-transfer-self-evaluation.txt");
    static final String DALIAN = SeedParsingTest.resource("/seeds/dalian-2021-evaluation-report.txt");
    static final Scorecard SUINING_TABLE = single(TextParser.parse(SUINING, "s.txt"));

    static Scorecard single(ParsedDocument doc) {
        assertThat(doc.tables()).hasSize(1);
        return doc.tables().get(0);
    }

    static List<String> lines(String text) { return new ArrayList<>(List.of(text.split("\n", -1))); }

    /** Lines 6-44 of the Suining seed are the table (1-based, inclusive). */
    static List<String> suiningTableLines() { return lines(SUINING).subList(5, 44); }

    static String[] cells(Indicator i) { return new String[] {i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.reason()}; }

    static void assertSameIndicators(Scorecard actual, Scorecard expected) {
        assertThat(actual.indicators()).hasSameSizeAs(expected.indicators());
        for (int k = 0; k < expected.indicators().size(); k++) {
            assertThat(cells(actual.indicators().get(k))).as("row %d", k).containsExactly(cells(expected.indicators().get(k)));
        }
    }

    @Test
    void aWholeTableFlattenedOntoOneLineWithSpacesReadsAsTheSeed() {
        String flat = String.join(" ", suiningTableLines());
        Scorecard t = single(TextParser.parse(flat, "flat.txt"));
        assertSameIndicators(t, SUINING_TABLE);
        assertThat(t.budget().planned()).isEqualByComparingTo("320");
        assertThat(t.project()).isEqualTo(SUINING_TABLE.project());
    }

    @Test
    void oneCellPerLineReadsAsTheSeed() {
        List<String> out = new ArrayList<>();
        for (String l : suiningTableLines()) {
            for (String c : l.split(" ")) out.add(c);
        }
        Scorecard t = single(TextParser.parse(String.join("\n", out), "cells.txt"));
        assertSameIndicators(t, SUINING_TABLE);
        assertSameHeaderAndBudget(t, SUINING_TABLE);
    }

    @Test
    void oneCellPerParagraphWithNoBreakSpacesForEmptyCellsReadsAsTheSuiningSeed() {
        List<String> out = new ArrayList<>();
        for (String l : suiningTableLines()) {
            for (String c : l.split(" ")) out.add(c);
        }
        Scorecard t = single(TextParser.parse(String.join("\n\n", out), "paragraphs.txt"));
        assertSameIndicators(t, SUINING_TABLE);
        assertSameHeaderAndBudget(t, SUINING_TABLE);
        assertThat(t.overallGoal()).isEqualTo(SUINING_TABLE.overallGoal());
    }

    @Test
    void oneCellPerParagraphReadsAsTheDalianTable() {
        Scorecard dalian = dalianTable();
        String text = String.join("\n\n", dalianCells(dalian, false)) + "\n";
        Scorecard t = single(TextParser.parse(text, "dalian-paragraphs.txt"));
        assertSameIndicators(t, dalian);
        assertSameHeaderAndBudget(t, dalian);
        assertThat(t.overallGoal()).isEqualTo(dalian.overallGoal());
    }

    @Test
    void oneCellPerParagraphWithEmptyCellsLeftOutReadsAsTheDalianTable() {
        Scorecard dalian = dalianTable();
        // an empty cell copied as nothing: its paragraph is gone and two more empty lines stand where it was
        List<String> cells = new ArrayList<>(dalianCells(dalian, false));
        cells.replaceAll(c -> c.equals("\u00a0") ? "" : c);
        Scorecard t = single(TextParser.parse(String.join("\n\n", cells) + "\n", "dalian-bare-paragraphs.txt"));
        assertSameIndicators(t, dalian);
        assertSameHeaderAndBudget(t, dalian);
    }

    /** The central 10号 template: 分值 and 得分 columns, and the budget row carrying its own 分值 10 and 得分. */
    @Test
    void aProjectSelfEvaluationWithWeightAndScoreColumnsFillsWeightScoreAndBudget() {
        Scorecard dalian = dalianTable();
        StringBuilder text = new StringBuilder();
        for (List<String> row : dalianRows(dalian, true)) text.append(String.join("\t", row)).append('\n');
        Scorecard t = single(TextParser.parse(text.toString(), "central-10.txt"));
        assertThat(t.form()).isEqualTo("project-self-evaluation");
        assertSameIndicators(t, dalian);
        assertSameHeaderAndBudget(t, dalian);
        assertThat(t.budget().initial()).isEqualByComparingTo("900");
        for (int k = 0; k < t.indicators().size(); k++) {
            assertThat(t.indicators().get(k).weight()).as("weight of row %d", k).isEqualByComparingTo(weightOf(dalian.indicators().get(k)));
            assertThat(t.indicators().get(k).score()).as("score of row %d", k).isEqualByComparingTo(scoreOf(k, dalian.indicators().get(k)));
        }
        BigDecimal weights = t.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal scores = t.indicators().stream().map(Indicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(weights).as("indicator weights plus the budget's 10 make 100").isEqualByComparingTo("90");
        assertThat(scores).as("indicator scores plus the budget's 10 make the 总分 98").isEqualByComparingTo("88");
    }

    @Test
    void oneCellPerParagraphWithWeightAndScoreColumnsReadsAlike() {
        Scorecard dalian = dalianTable();
        Scorecard t = single(TextParser.parse(String.join("\n\n", dalianCells(dalian, true)), "central-10-paragraphs.txt"));
        assertSameIndicators(t, dalian);
        assertSameHeaderAndBudget(t, dalian);
        assertThat(t.indicators()).extracting(Indicator::weight).doesNotContainNull();
        assertThat(t.indicators().get(6).score()).isEqualByComparingTo("2");
    }

    @Test
    void anEmptyActualParagraphStaysNullBesideItsWeightAndScore() {
        Scorecard dalian = dalianTable();
        List<String> cells = dalianCells(dalian, true);
        int name = cells.indexOf("召开医保工作政府信息公开工作会");
        assertThat(cells.subList(name + 1, name + 5)).containsExactly("≧2次", "2次", "4", "4");
        cells.set(name + 2, "\u00a0"); // the 实际完成值 left empty, scored 0
        cells.set(name + 4, "0");
        Scorecard t = single(TextParser.parse(String.join("\n\n", cells), "empty-actual.txt"));
        Indicator i = t.indicators().get(1);
        assertThat(i.name()).isEqualTo("召开医保工作政府信息公开工作会");
        assertThat(i.target()).isEqualTo("≧2次");
        assertThat(i.actual()).as("an empty 实际完成值 is null, not the 分值 beside it").isNull();
        assertThat(i.weight()).isEqualByComparingTo("4");
        assertThat(i.score()).isEqualByComparingTo("0");
        assertThat(t.indicators().get(2).name()).isEqualTo(dalian.indicators().get(2).name());
        assertThat(t.indicators()).hasSameSizeAs(dalian.indicators());
    }

    static void assertSameHeaderAndBudget(Scorecard actual, Scorecard expected) {
        assertThat(actual.project()).isEqualTo(expected.project());
        assertThat(actual.unit()).isEqualTo(expected.unit());
        assertThat(actual.budget().planned()).isEqualByComparingTo(expected.budget().planned());
        assertThat(actual.budget().executed()).isEqualByComparingTo(expected.budget().executed());
        assertThat(actual.budget().ratePercent()).isEqualByComparingTo(expected.budget().ratePercent());
        assertThat(actual.budget().sources()).hasSameSizeAs(expected.budget().sources());
        for (int k = 0; k < expected.budget().sources().size(); k++) {
            assertThat(actual.budget().sources().get(k).name()).isEqualTo(expected.budget().sources().get(k).name());
            assertThat(actual.budget().sources().get(k).planned()).isEqualByComparingTo(expected.budget().sources().get(k).planned());
        }
    }

    /** The Dalian seed's self-evaluation table, as the seed test proves it is read. */
    static Scorecard dalianTable() {
        List<Scorecard> ts = TextParser.parse(DALIAN, "d.txt").tables();
        return ts.get(ts.size() - 1);
    }

    /** Invented weights: 4 for each 产出 row (19 rows, 76) and 14 for the satisfaction row, 90 with the budget's 10 aside. */
    static BigDecimal weightOf(Indicator i) { return new BigDecimal("满意度指标".equals(i.level1()) ? "14" : "4"); }

    /** Full marks except the 7th row (实时响应 against ≦30分钟 is judged 2 of 4): 88 of 90. */
    static BigDecimal scoreOf(int k, Indicator i) { return k == 6 ? new BigDecimal("2") : weightOf(i); }

    /** The Dalian table's cells one per entry (for one cell per line or per paragraph). */
    static List<String> dalianCells(Scorecard d, boolean central10) {
        List<String> out = new ArrayList<>();
        for (List<String> row : dalianRows(d, central10)) out.addAll(row);
        return out;
    }

    /**
     * The Dalian table's rows of cells; an empty cell is a no-break space as web pages render it. With
     * {@code central10} the table is the central 10号 项目支出绩效自评表: 年初预算数, 分值 and 得分 columns.
     */
    static List<List<String>> dalianRows(Scorecard d, boolean central10) {
        String nb = "\u00a0";
        List<List<String>> c = new ArrayList<>();
        c.add(List.of(central10 ? "项目支出绩效自评表" : d.title()));
        c.add(List.of("(" + d.year() + "年度)"));
        c.add(List.of("项目名称", d.project()));
        c.add(List.of("主管部门", d.competentDepartment(), "实施单位", d.unit()));
        var b = d.budget();
        var src = b.sources().get(0);
        if (central10) {
            c.add(List.of("项目资金(万元)", nb, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"));
            c.add(List.of(nb, "年度资金总额", "900", b.planned().toPlainString(), b.executed().toPlainString(), "10",
                    b.ratePercent().toPlainString() + "%", "10"));
            c.add(List.of(nb, "其中:" + src.name(), "900", src.planned().toPlainString(), src.executed().toPlainString(), "—",
                    src.ratePercent().toPlainString() + "%", "—"));
            c.add(List.of(nb, "其他资金", nb, nb, nb, "—", nb, "—"));
            c.add(List.of("年度总体目标", "预期目标", "实际完成情况"));
            c.add(List.of(nb, d.overallGoal().target(), d.overallGoal().achievement()));
            c.add(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施"));
        } else {
            c.add(List.of("项目资金(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"));
            c.add(List.of("年度资金总额", b.planned().toPlainString(), b.executed().toPlainString(), b.ratePercent().toPlainString() + "%"));
            c.add(List.of("其中:" + src.name(), src.planned().toPlainString(), src.executed().toPlainString(),
                    src.ratePercent().toPlainString() + "%"));
            c.add(List.of("其他资金", nb, nb, nb));
            c.add(List.of("年度总体目标", "年初设定目标", "全年实际完成情况"));
            c.add(List.of(d.overallGoal().target(), d.overallGoal().achievement()));
            c.add(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"));
        }
        String l1 = null, l2 = null;
        for (int k = 0; k < d.indicators().size(); k++) {
            Indicator i = d.indicators().get(k);
            List<String> r = new ArrayList<>();
            c.add(r);
            if (central10) r.add(nb);
            r.add(i.level1().equals(l1) ? nb : i.level1());
            r.add(i.level2().equals(l2) ? nb : i.level2());
            l1 = i.level1();
            l2 = i.level2();
            r.add(i.name());
            r.add(i.target() == null ? nb : i.target());
            r.add(i.actual() == null ? nb : i.actual());
            if (central10) {
                r.add(weightOf(i).toPlainString());
                r.add(scoreOf(k, i).toPlainString());
            }
            r.add(i.reason() == null ? nb : i.reason());
        }
        if (central10) c.add(List.of("总分", "100", "98", nb));
        return c;
    }

    @Test
    void pipeSeparatedRowsWithCollapsedEmptyCellsReadAsTheSeed() {
        List<String> out = new ArrayList<>();
        for (String l : suiningTableLines()) {
            List<String> cs = new ArrayList<>();
            for (String c : l.split(" ")) if (!c.replace("\u00a0", "").isBlank()) cs.add(c.replace("\u00a0", ""));
            out.add("| " + String.join(" | ", cs) + " |");
        }
        Scorecard t = single(TextParser.parse(String.join("\n", out), "pipes.txt"));
        assertSameIndicators(t, SUINING_TABLE);
    }

    @Test
    void neighbouringValueCellsGluedTogetherAreSplit() {
        String text = SUINING.replace("定点医药机构监督检查覆盖率 100% 100%", "定点医药机构监督检查覆盖率 100%100%")
                .replace("开展全域医保政策宣传活动次数 ≥4次 8", "开展全域医保政策宣传活动次数 ≥4次8");
        Scorecard t = single(TextParser.parse(text, "glued.txt"));
        assertSameIndicators(t, SUINING_TABLE);
    }

    @Test
    void pageFurnitureBetweenCellsIsIgnored() {
        List<String> ls = lines(SUINING);
        ls.add(36, "第 2 页 共 3 页");
        ls.add(33, "- 2 -");
        String text = String.join("\n", ls).replace("≥4次 4 ", "≥4次 第2页/共3页 4 ");
        Scorecard t = single(TextParser.parse(text, "pages.txt"));
        assertSameIndicators(t, SUINING_TABLE);
    }

    @Test
    void labelsWithASpaceBetweenEveryCharacterAreRecognised() {
        String text = SUINING.replace("满意度指标 服务对象满意度指标", "满 意 度 指 标 服 务 对 象 满 意 度 指 标")
                .replace("数量指标 开展全域", "数 量 指 标 开展全域").replace("\u00a0 时效指标", "\u00a0 时 效 指 标");
        Scorecard t = single(TextParser.parse(text, "spaced.txt"));
        assertSameIndicators(t, SUINING_TABLE);
    }

    @Test
    void severalTablesInOneTextAreReadInDocumentOrder() {
        ParsedDocument doc = TextParser.parse(SUINING + "\n" + DALIAN, "two.txt");
        assertThat(doc.tables()).extracting(Scorecard::project)
                .containsExactly("医疗服务与保障能力提升补助(医疗保障能力建设部分)", "医疗服务与保障能力提升补助");
        assertThat(doc.tables().get(1).indicators()).hasSize(20);
    }

    @Test
    void aTextCutOffInTheMiddleOfATableReturnsTheRowsReadAndAWarning() {
        int cut = SUINING.indexOf("\u00a0 参保信息核查系统适应性改造");
        ParsedDocument doc = TextParser.parse(SUINING.substring(0, cut + 15), "cut.txt");
        Scorecard t = single(doc);
        // the row the text stops in is returned with what is visible (issue 10): its name, no value
        assertThat(t.indicators()).hasSize(8);
        assertThat(t.indicators().get(6).name()).isEqualTo("参加省局信息化建设工作专班");
        assertThat(t.indicators().get(7).name()).isEqualTo("参保信息核查系统适应性改造");
        assertThat(t.indicators().get(7).target()).isNull();
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("中断").contains("cut off"));
    }

    static final String HEADER_BLOCK = """
            项目支出绩效自评表
            (2023年度)
            项目名称\t医保信息化建设
            主管部门\t四川省医疗保障局\t实施单位\t成都市医疗保障局
            """;

    @Test
    void weightAndScoreColumnsBeforeAndAfterTheValuesFillWeightAndScore() {
        String text = HEADER_BLOCK + """
                一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年完成值\t得分\t未完成原因和改进措施
                产出指标\t数量指标\t开展全域医保政策宣传活动次数\t10\t≥4次\t8次\t10\t
                \t\t开展医保工作政府信息公开工作会议或培训\t10\t≥4次\t\t0\t未开展
                """;
        Scorecard t = single(TextParser.parse(text, "weights.txt"));
        assertThat(t.form()).isEqualTo("project-self-evaluation");
        Indicator a = t.indicators().get(0), b = t.indicators().get(1);
        assertThat(a.weight()).isEqualByComparingTo("10");
        assertThat(a.score()).isEqualByComparingTo("10");
        assertThat(a.target()).isEqualTo("≥4次");
        assertThat(a.actual()).isEqualTo("8次");
        assertThat(b.actual()).as("an empty 完成值 stays null beside a score").isNull();
        assertThat(b.score()).isEqualByComparingTo("0");
        assertThat(b.reason()).isEqualTo("未开展");
        assertThat(b.level2()).isEqualTo("数量指标");
        assertThat(t.region()).isEqualTo("四川省");
    }

    @Test
    void comparatorValueAndUnitAsThreeColumnsComposeTheTarget() {
        String text = HEADER_BLOCK + """
                一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t全年完成值
                产出指标\t时效指标\t医保信息系统重大安全事件响应时间\t≤\t60\t分钟\t45
                效益指标\t社会效益指标\t参保群众政策知晓率\t定性\t普遍知晓\t\t普遍知晓
                """;
        Scorecard t = single(TextParser.parse(text, "cmp.txt"));
        assertThat(t.indicators()).extracting(Indicator::target).containsExactly("≤60分钟", "普遍知晓");
        assertThat(t.indicators()).extracting(Indicator::actual).containsExactly("45", "普遍知晓");
    }

    @Test
    void initialBudgetBesidePlannedBudgetAndMoneyInYuanIsConvertedToWanYuan() {
        String text = HEADER_BLOCK + """
                项目资金(元)\t\t年初预算数\t全年预算数\t全年执行数\t执行率
                \t年度资金总额\t3000000\t3200000\t2617500\t81.80%
                \t其中:财政拨款\t3000000\t3200000\t2617500\t81.80%
                一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值
                产出指标\t数量指标\t开展全域医保政策宣传活动次数\t≥4次\t8
                """;
        Scorecard t = single(TextParser.parse(text, "yuan.txt"));
        assertThat(t.budget().initial()).isEqualByComparingTo("300");
        assertThat(t.budget().planned()).isEqualByComparingTo("320");
        assertThat(t.budget().executed()).isEqualByComparingTo("261.75");
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("81.80");
        assertThat(t.budget().sources()).singleElement().satisfies(f -> assertThat(f.planned()).isEqualByComparingTo("320"));
    }

    @Test
    void anEmptyCellBetweenPipesIsACellAndAGroupLabelWithoutRowsIsSaid() throws Exception {
        // corpus 010: "| 生态效益 指标 |" then empty cells: a group printed without rows is left out with a warning
        ParsedDocument doc = TextParser.parse(java.nio.file.Files.readString(CorpusScoreTest.dir("corpus/docs")
                .resolve("010_yongde_minglang_yingyang_2022_project_selfeval.txt")), "010.txt");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("生态效益").contains("left out"));
        // a row cut after its 分值, its value cells printed empty: the 分值 is no target
        String text = """
                部门整体绩效自评表
                | 项目资金(万元) | 全年预算数 | 全年执行数 | 执行率 |
                | 年度资金总额 |   |   | 76% |
                | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |
                | 财政供养人员控制率 | 100% | 92% | 2 | 2 |
                | 基础信息完善 | 100% | 100% | 1 | 1 |
                | 预算完成率 | 70% | 76% | 2 | 2 |
                | 预算调整率 | 3% | 0 | 2 | 2 |
                | 结转结余率 | 2% | 0 | 2 | 2 |
                | 公用经费控制率 |   |   | 2""";
        Scorecard t = single(TextParser.parse(text, "cut.txt"));
        assertThat(t.indicators()).last().satisfies(i -> {
            assertThat(i.name()).isEqualTo("公用经费控制率");
            assertThat(i.target()).isNull();
            assertThat(i.weight()).isEqualByComparingTo("2");
        });
    }

    @Test
    void amountsThatWriteTheirOwnUnitAreConvertedCellByCell() {
        // tab rows go through the line reader's budget block: each amount in the unit it writes, a bare one in the block's
        String text = HEADER_BLOCK + """
                项目资金(万元)	全年预算数	全年执行数	执行率
                年度资金总额	3200000元	261.75万	81.80%
                其中:财政拨款	0.032亿元	2,617,500元	81.80%
                一级指标	二级指标	三级指标	年度指标值	全年完成值
                产出指标	数量指标	开展全域医保政策宣传活动次数	≥4次	8
                """;
        ParsedDocument doc = TextParser.parse(text, "suffix.txt");
        Scorecard t = single(doc);
        assertThat(t.budget().planned()).isEqualByComparingTo("320");
        assertThat(t.budget().executed()).isEqualByComparingTo("261.75");
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("81.80");
        assertThat(t.budget().sources()).singleElement().satisfies(f -> {
            assertThat(f.planned()).isEqualByComparingTo("320");
            assertThat(f.executed()).isEqualByComparingTo("261.75");
        });
        assertThat(doc.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("unreadable amount"));
    }

    @Test
    void moneyInYiYuanIsConvertedAndAZeroTotalRowIsNotTheBudget() {
        String text = HEADER_BLOCK + """
                项目资金(亿元)\t全年预算数\t全年执行数\t执行率
                年度资金总额\t0\t0\t0%
                其中:中央补助\t0.032\t0.026175\t81.80%
                一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值
                产出指标\t数量指标\t开展全域医保政策宣传活动次数\t≥4次\t8
                """;
        ParsedDocument doc = TextParser.parse(text, "yi.txt");
        Scorecard t = single(doc);
        assertThat(t.budget().planned()).isEqualByComparingTo("320");
        assertThat(t.budget().executed()).isEqualByComparingTo("261.75");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("total row is zero"));
    }

    @Test
    void the2021TreeReadsCostAsAFirstLevelWithItsThreeChildren() {
        String text = HEADER_BLOCK + """
                一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值
                成本指标\t经济成本指标\t项目总成本\t≤320万元\t261.75万元
                \t社会成本指标\t对参保人员的负面影响\t无\t无
                \t生态环境成本指标\t纸质材料消耗\t逐步减少\t减少30%
                产出指标\t成本指标\t单位服务成本\t≤10元\t9元
                """;
        Scorecard t = single(TextParser.parse(text, "cost.txt"));
        assertThat(t.indicators()).extracting(Indicator::level1)
                .containsExactly("成本指标", "成本指标", "成本指标", "产出指标");
        assertThat(t.indicators()).extracting(Indicator::level2)
                .containsExactly("经济成本指标", "社会成本指标", "生态环境成本指标", "成本指标");
        assertThat(t.indicators().get(0).actual()).isEqualTo("261.75万元");
    }

    @Test
    void anIndicatorNamedLikeA2021CostLabelStaysUnderThe2020CostLevel() {
        // corpus 015: 成本指标 | 社会成本指标 | definition | target — by the row's cells, 社会成本指标 is the name (the 2021
        // reading would leave the target in the definition column), whole and cut after the row alike
        String rows = HEADER_BLOCK + """
                一级指标 二级指标 三级指标 指标解释 年度指标值
                产出指标 数量指标 业务工作支出安排金额 该指标主要考察业务工作支出安排情况 28.8万元
                 成本指标 社会成本指标 该指标主要考察总成本控制情况 100%
                """;
        for (String text : List.of(rows + "效益指标 社会效益指标 保证单位正常运转 该指标主要考察单位运转 应保尽保\n", rows)) {
            Indicator cost = single(TextParser.parse(text, "cost2020.txt")).indicators().get(1);
            assertThat(cost.level1()).isEqualTo("产出指标");
            assertThat(cost.level2()).isEqualTo("成本指标");
            assertThat(cost.name()).isEqualTo("社会成本指标");
            assertThat(cost.target()).isEqualTo("100%");
            assertThat(cost.definition()).isEqualTo("该指标主要考察总成本控制情况");
        }
    }

    @Test
    void aRowNumberColumnBeforeTheLevelsIsNoPartOfTheName() {
        // 序号 | 一级指标 | …: tab and space rows begin with the row's number (pipes are read by the grid's header layout)
        String rows = """
                序号\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
                1\t产出指标\t数量指标\t培训人次\t≥200人次\t236人次\t20\t20
                2\t\t\t窗口改造数量\t≥11个\t11个\t20\t20
                3\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%\t95.4%\t20\t20
                """;
        for (String text : List.of(HEADER_BLOCK + rows, HEADER_BLOCK + rows.replace('\t', ' ').replace("2   窗口", "2 窗口"))) {
            List<Indicator> read = single(TextParser.parse(text, "numbered.txt")).indicators();
            assertThat(read).extracting(Indicator::name).as(text).containsExactly("培训人次", "窗口改造数量", "参保群众满意度");
            assertThat(read).extracting(Indicator::level2).as(text).containsExactly("数量指标", "数量指标", "服务对象满意度指标");
            assertThat(read.get(1).target()).isEqualTo("≥11个");
        }
    }

    @Test
    void aLoneRowNumberOnItsOwnLineIsNoPartOfTheRow() {
        // 序号 | 一级指标 | … one cell per line or paragraph: each row's number stands alone on its line (an empty cell
        // printed as a no-break space); the second table's weights and scores are 2 — the next row's number, kept
        String rows = """
                序号	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
                1	产出指标	数量指标	培训人次	≥200人次	236人次	20	20
                2			窗口改造数量	≥11个	11个	20	20
                3	满意度指标	服务对象满意度指标	参保群众满意度	≥90%	95.4%	20	20
                """;
        for (String table : List.of(rows, rows.replace("\t20\t20\n", "\t2\t2\n"))) {
            List<String> cells = new ArrayList<>();
            for (String line : (HEADER_BLOCK + table).strip().split("\n")) for (String c : line.split("\t", -1)) cells.add(c.isEmpty() ? "\u00a0" : c);
            for (String text : List.of(String.join("\n", cells) + "\n", String.join("\n\n", cells) + "\n")) {
                ParsedDocument doc = TextParser.parse(text, "numbered-lines.txt");
                List<Indicator> read = single(doc).indicators();
                assertThat(read).extracting(Indicator::name).as(text).containsExactly("培训人次", "窗口改造数量", "参保群众满意度");
                assertThat(read).extracting(Indicator::level2).as(text).containsExactly("数量指标", "数量指标", "服务对象满意度指标");
                assertThat(read.get(1).target()).isEqualTo("≥11个");
                String w = table == rows ? "20" : "2";
                assertThat(read).extracting(i -> i.weight().toPlainString() + "/" + i.score().toPlainString()).containsOnly(w + "/" + w);
                assertThat(doc.warnings()).filteredOn(x -> x.message().contains("序号列的行号")).hasSize(3);
            }
        }
    }

    @Test
    void aTableWhoseRowsReadBadlyKeepsItsBudget() {
        // rows begin with a number the header does not name (no 序号): the line reading names its rows by numbers and
        // scores below −1; it is still the only reading, so the table and its budget are kept, not dropped for nothing
        String text = HEADER_BLOCK + """
                项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t执行率
                年度资金总额\t50\t50\t48\t96%
                一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值
                1\t产出指标\t数量指标\t培训人次\t≥200人次\t236人次
                2\t\t\t窗口改造数量\t≥11个\t11个
                3\t\t质量指标\t业务差错率\t≤1%\t0.3%
                4\t效益指标\t社会效益指标\t一站式办结率\t≥95%\t97.6%
                5\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%\t95.4%
                """;
        Scorecard t = single(TextParser.parse(text, "unnamed-numbers.txt"));
        assertThat(t.budget().planned()).isEqualByComparingTo("50");
        assertThat(t.budget().executed()).isEqualByComparingTo("48");
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("96");
    }

    @Test
    void anEmptyActualCellIsNullEvenWithANumberBesideIt() {
        String text = HEADER_BLOCK + """
                一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t分值
                产出指标\t数量指标\t开展全域医保政策宣传活动次数\t≥4次\t\t20
                """;
        Indicator i = single(TextParser.parse(text, "empty.txt")).indicators().get(0);
        assertThat(i.actual()).isNull();
        assertThat(i.weight()).isEqualByComparingTo(new BigDecimal("20"));
    }
}
