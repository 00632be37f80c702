package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;

/**
 * The row the text stops in is returned with what is visible, never with a guess (issue 10): the two classes that
 * ReRenderedTablesTest listed as misplaced, each with its real rows and a variant.
 */
class CutRowsTest {

    // ---- a long name cut right after a figure it holds (007, one cell per line) ----

    static final String XIANGYANG = String.join("\n", "2021年度财政项目绩效自评表", "项目名称", "东津院区建设补助", "一级指标", "二级指标", "三级指标",
            "年度指标值", "全年完成值", "得分", "产出指标", "数量指标", "成本控制", "不超过预算", "不超过预算", "10", "质量指标", "保证财政建设补助专款专用",
            "专款专用", "专款专用", "10", "效益指标", "经济效益指标") + "\n";

    @Test
    void aNameCutAfterAFigureItHoldsIsReturnedWholeAndTheFigureSaid() {
        ParsedDocument doc = TextParser.parse(XIANGYANG + "完成东津院区建设,医院东津医疗收入达到5亿元\n", "007-cut.txt");
        List<Indicator> rows = doc.tables().get(0).indicators();
        assertThat(rows).hasSize(3);
        Indicator last = rows.get(2);
        assertThat(last.name()).isEqualTo("完成东津院区建设,医院东津医疗收入达到5亿元");
        assertThat(last.target()).isNull();
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("达到5亿元"));
        // the same class: another name ending in a comparator and a figure
        ParsedDocument variant = TextParser.parse(XIANGYANG + "新院区投入使用后门诊服务覆盖人口不少于30万人\n", "v.txt");
        Indicator v = variant.tables().get(0).indicators().get(2);
        assertThat(v.name()).isEqualTo("新院区投入使用后门诊服务覆盖人口不少于30万人");
        assertThat(v.target()).isNull();
    }

    @Test
    void theSameCellIsStillSplitWhereTheTextGoesOn() {
        // not cut: a cell holding a name and its target glued (a row printed in one cell), with rows after it
        ParsedDocument doc = TextParser.parse(XIANGYANG + "医院东津医疗收入达到5亿元\n可持续影响指标\n院区建成后服务范围扩大\n扩大\n扩大\n10\n", "007-glued.txt");
        Indicator row = doc.tables().get(0).indicators().get(2);
        assertThat(row.name()).isEqualTo("医院东津医疗收入");
        assertThat(row.target()).isEqualTo("达到5亿元");
    }

    // ---- the last row of a text, its value cells empty: its visible 分值 and 得分 are kept (016, one cell per paragraph) ----

    @Test
    void aLastRowWithEmptyValuesKeepsItsWeightAndScore() throws Exception {
        // 016 re-rendered one cell per paragraph, the text ending after the 得分 of its 8th row (empty value cells)
        for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources()) {
            if (!s.name().startsWith("016_")) continue;
            String text = ReRenderedTablesTest.render(s.table(), ReRenderedTablesTest.Style.PARAGRAPHS).text();
            String end = "“三公经费控制率\n\n\u00a0\n\n\u00a0\n\n2\n\n2\n\n";
            text = text.substring(0, text.indexOf(end) + end.length());
            List<Indicator> rows = TextParser.parse(text, "016-paragraphs.txt").tables().get(0).indicators();
            Indicator last = rows.get(rows.size() - 1);
            assertThat(last.name()).isEqualTo("“三公经费控制率");
            assertThat(last.target()).isNull();
            assertThat(last.weight()).isEqualByComparingTo("2");
            assertThat(last.score()).isEqualByComparingTo("2");
            // the same row with other figures
            rows = TextParser.parse(text.replace(end, "“三公经费控制率\n\n\u00a0\n\n\u00a0\n\n5\n\n3\n\n"), "v.txt").tables().get(0).indicators();
            assertThat(rows.get(rows.size() - 1).weight()).isEqualByComparingTo("5");
            assertThat(rows.get(rows.size() - 1).score()).isEqualByComparingTo("3");
            return;
        }
        throw new AssertionError("016 not among the sources");
    }

    // ---- a space-separated department row whose 职责序号 and 部门职责 are merged above, cut inside its 指标解释 ----

    static final String LINYI_HEAD = "2022年临沂市医疗保障局部门预算整体绩效目标表\n"
            + "职责序号 部门职责 职责目标 目标内容 绩效指标 指标解释 年度指标值\n"
            + "4 强化医保基金监管 推进监管体制改革 建立医保基金监管联席会议制度，健全医保基金监管执法体系，加强部门联合执法，联合惩戒。 医保基金监管联席部门数量 "
            + "医保基金监管建立部门联动机制。 9个\n";

    @Test
    void aDepartmentRowCutInItsDefinitionKeepsItsGoalContentAndName() {
        String text = LINYI_HEAD + "健全完善基金的监督检查 打击欺诈骗保行为。 违规行为查处率 利用交叉检查、飞行检查、专项检查和投诉举报等方式对全市定点医疗机构基本医疗";
        List<Indicator> rows = TextParser.parse(text, "linyi-cut.txt").tables().get(0).indicators();
        assertThat(rows).hasSize(2);
        Indicator last = rows.get(1);
        assertThat(last.duty()).isEqualTo("4 强化医保基金监管");
        assertThat(last.dutyGoal()).isEqualTo("健全完善基金的监督检查");
        assertThat(last.goalContent()).isEqualTo("打击欺诈骗保行为。");
        assertThat(last.name()).isEqualTo("违规行为查处率");
        assertThat(last.definition()).startsWith("利用交叉检查");
        // the same class with other words: a goal, its content, a name ending otherwise and a cut definition
        String variant = LINYI_HEAD + "加强定点机构协议管理 开展年度协议考核。 协议考核覆盖定点机构 对全市定点医药机构协议履行情况开展";
        Indicator v = TextParser.parse(variant, "v.txt").tables().get(0).indicators().get(1);
        assertThat(v.dutyGoal()).isEqualTo("加强定点机构协议管理");
        assertThat(v.goalContent()).isEqualTo("开展年度协议考核。");
        assertThat(v.name()).isEqualTo("协议考核覆盖定点机构");
    }

    @Test
    void aNewNumberedDutyIsStillReadAsADuty() {
        String text = LINYI_HEAD + "5 完善医疗保障经办管理 提升经办服务效能 推进医保经办业务网上办、掌上办。 经办服务事项掌上办办理率 掌上办总数量/经办服务事项总数量。 81%\n";
        Indicator last = TextParser.parse(text, "linyi-new-duty.txt").tables().get(0).indicators().get(1);
        assertThat(last.duty()).isEqualTo("5 完善医疗保障经办管理");
        assertThat(last.dutyGoal()).isEqualTo("提升经办服务效能");
        assertThat(last.target()).isEqualTo("81%");
    }

    // ---- department rows cut at any character (found by cutting the Linyi table at every character, 5 styles) ----

    @Test
    void aCutRowWhoseCellsReadAsWellOneColumnOverIsNotReadAndSaid() {
        // goal · content · name · the first words of the definition, or duty · goal · content · name: the visible cells
        // do not tell (the duty and its number are merged above; a new duty may be printed without its number)
        String above = "2 完善医疗保障筹资和待遇政策，健全多层次的医疗保障体系 离休人员和群体特别保障 特优保财政补助资金及时足额到位。 特优群体特别保障人数 "
                + "对于优秀共产党员纳入特别保障人员的数量。 140人\n";
        for (String cut : List.of("稳步提高城乡居民基本医疗保险筹资标准 稳步提高财政补助标准 居民基本医疗保险政府补助标准 各级财政平均居民基本医",
                "稳步提高个人缴费标准 提高个人缴费水平 居民医保个人缴费标准 城乡居民")) { // the same class, other words
            ParsedDocument doc = TextParser.parse(LINYI_HEAD + above + cut, "linyi-cut.txt");
            List<Indicator> rows = doc.tables().get(0).indicators();
            assertThat(rows).extracting(Indicator::name).containsExactly("医保基金监管联席部门数量", "特优群体特别保障人数");
            assertThat(doc.warnings()).anySatisfy(w -> {
                assertThat(w.line()).isEqualTo(5);
                assertThat(w.message()).contains("read about as well in other columns");
            });
        }
    }

    @Test
    void aCutRowWithEnoughCellsToTellItsColumnsIsStillReturned() {
        // a numbered duty, its goal, content and name, cut in the definition: only one reading fits
        String text = LINYI_HEAD + "5 完善医疗保障经办管理 提升经办服务效能 推进医保经办业务网上办、掌上办。 经办服务事项掌上办办理率 掌上办总数";
        Indicator last = TextParser.parse(text, "linyi-cut.txt").tables().get(0).indicators().get(1);
        assertThat(last.name()).isEqualTo("经办服务事项掌上办办理率");
        assertThat(last.definition()).isEqualTo("掌上办总数");
    }

    @Test
    void aDefinitionCutAfterASourceWordStaysTheDefinition() {
        // 指报告 (指报告期末…) ends like a source (…报告): the text goes on, so its end tells nothing
        String row = "2 稳步扩大医疗保障制度的覆盖面 扩大医疗保障制度覆盖面 巩固基本医疗保险全民参保覆盖面，提升参保质量。 基本医疗保险的参保率 ";
        for (String cut : List.of("指报告", "按年度统计")) {
            Indicator last = TextParser.parse(LINYI_HEAD + row + cut, "linyi-cut.txt").tables().get(0).indicators().get(1);
            assertThat(last.name()).isEqualTo("基本医疗保险的参保率");
            assertThat(last.definition()).isEqualTo(cut);
            assertThat(last.target()).isNull();
        }
    }

    static final String LINYI_LINES = String.join("\n", "2022年临沂市医疗保障局部门预算整体绩效目标表", "职责序号", "部门职责", "职责目标",
            "目标内容", "绩效指标", "指标解释", "年度指标值", "工作活动", "1", "推进医保支付方式改革", "推进医保的支付方式改革",
            "完善总额控制下的多元复合式医保支付方式。", "试点医疗机构数", "稳步推进DRG支付方式改革，在试点医院实现按DRG实际付费。", "4家", "\u00a0") + "\n";

    @Test
    void oneCellPerLineTheNextRowsFirstCharactersAfterAnEmptyLastCellAreNotThatCell() {
        // the row's 工作活动 is printed empty; the text stops in the next row's first cell (a duty, or its 序号)
        for (String cut : List.of("统", "统筹城乡", "2")) {
            ParsedDocument doc = TextParser.parse(LINYI_LINES + cut, "linyi-lines-cut.txt");
            List<Indicator> rows = doc.tables().get(0).indicators();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).activity()).as(cut).isNull();
            assertThat(rows.get(0).target()).isEqualTo("4家");
            assertThat(doc.warnings()).as(cut).anySatisfy(w -> assertThat(w.line()).isEqualTo(18));
        }
    }

    // ---- a text that stops inside a figure after its point, or inside a long level label (found by cutting every
    // seed and corpus table at every character: 014 pipes, 010/dalian/suining in every style) ----

    static final String LONGYANG = """
            2022年度项目支出绩效自评表
            | 项目名称 | 化肥减量增效示范 |
            | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
            | 产出指标 | 数量指标 | 一、示范区建立 | ≧20000亩 | 20000亩 | 15.0 |
            | 1、水稻侧深施肥+缓控释肥 | ≧500亩 | 500亩 | 5.0 |
            | 3、施用配方肥 | ≧18500亩 | 18500亩 | 5.""";

    @Test
    void aFigureCutAfterItsPointStaysInItsRow() {
        List<Indicator> rows = TextParser.parse(LONGYANG, "014-cut.txt").tables().get(0).indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("一、示范区建立", "1、水稻侧深施肥+缓控释肥", "3、施用配方肥");
        assertThat(rows.get(2).actual()).isEqualTo("18500亩");
    }

    @Test
    void aTextCutInsideTheSuffixOfALongLevelLabelHasNoRowThere() {
        String text = """
                2022年度项目支出绩效自评表
                | 项目名称 | 营养改善计划 |
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
                | 产出指标 | 数量指标 | 学生受资助人数 | ≧735人次 | 735 | 10 | 10 |
                | 满意度指标 | 服务对象满意度指""";
        List<Indicator> rows = TextParser.parse(text, "010-cut.txt").tables().get(0).indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("学生受资助人数");
        // a name that is the beginning of a label stays a name when the text goes on
        List<Indicator> named = TextParser.parse(text.replace("服务对象满意度指", "服务对象满意度指标 | 服务对象满意度 | ≥95% | 98% | 10 | 10 |"),
                "010.txt").tables().get(0).indicators();
        assertThat(named).extracting(Indicator::name).containsExactly("学生受资助人数", "服务对象满意度");
    }

    // ---- a budget row with its empty amount cells printed: each value in its own column (016/017 cut inside the rate) ----

    @Test
    void aBudgetRowWithPrintedEmptyCellsPlacesEachValueInItsColumn() {
        String head = "部门整体绩效自评表\n";
        String pipes = head + "| 项目资金(万元) | 全年预算数 | 全年执行数 | 执行率 |\n| 年度资金总额 | \u00a0 | \u00a0 | 76";
        String tabs = head + "项目资金(万元)\t全年预算数\t全年执行数\t执行率\n年度资金总额\t\t\t76";
        String lines = head + "项目资金(万元)\n全年预算数\n全年执行数\n执行率\n年度资金总额\n\u00a0\n\u00a0\n76";
        for (String text : List.of(pipes, pipes + "%", tabs, tabs + "%", lines, lines + "%")) {
            var tables = TextParser.parse(text, "budget.txt").tables();
            var b = tables.isEmpty() ? null : tables.get(0).budget();
            assertThat(b == null ? null : b.planned()).as(text).isNull(); // the rate is never read as an amount
            if (b != null && b.ratePercent() != null) assertThat(b.ratePercent()).as(text).isEqualByComparingTo("76");
        }
    }
}
