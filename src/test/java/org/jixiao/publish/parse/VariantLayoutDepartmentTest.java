package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The Linyi department table's 29 rows re-laid out as other department target tables are: fewer columns, the
 * goal content omitted, another column order. The reader anchors on the header words, so each reads back.
 */
class VariantLayoutDepartmentTest {

    static final Scorecard LINYI = VariantLayoutTest.single(TextParser.parse(
            SeedParsingTest.resource("/seeds/linyi-2022-department-targets.txt"), "linyi.txt"));
    static final String TITLE = "2022年临沂市医疗保障局部门预算整体绩效目标表";

    /** One column of a generated table: its header word and its cell for a row (null is an empty cell). */
    record Col(String header, Function<Indicator, String> cell) {}

    static String seq(Indicator i) { return i.duty().substring(0, i.duty().indexOf(' ')); }
    static String duty(Indicator i) { return i.duty().substring(i.duty().indexOf(' ') + 1); }
    static Function<Indicator, String> ref(Function<References, String> f) { return i -> f.apply(i.references()); }

    static final Col SEQ = new Col("职责序号", VariantLayoutDepartmentTest::seq);
    static final Col DUTY = new Col("部门职责", VariantLayoutDepartmentTest::duty);
    static final Col GOAL = new Col("职责目标", Indicator::dutyGoal);
    static final Col CONTENT = new Col("目标内容", Indicator::goalContent);
    static final Col NAME = new Col("绩效指标", Indicator::name);
    static final Col DEF = new Col("指标解释", Indicator::definition);
    static final Col TARGET = new Col("年度指标值", Indicator::target);
    static final Col PLANNED = new Col("规划值", ref(References::planned));
    static final Col STANDARD = new Col("当年标准值", ref(References::standard));
    static final Col SSRC = new Col("来源", ref(References::standardSource));
    static final Col AVG3 = new Col("前三年均值", ref(References::threeYearAverage));
    static final Col LAST = new Col("上年值", ref(References::lastYear));
    static final Col HSRC = new Col("来源", ref(References::historySource));
    static final Col ACTIVITY = new Col("工作活动", Indicator::activity);

    /**
     * Tab-separated rows under the given header lines. Merged cells are written once: 序号, 职责, 职责目标 and its
     * content are empty on the rows that repeat them, as a merged cell copies.
     */
    static String table(List<String> header, List<Col> cols) {
        StringBuilder sb = new StringBuilder(TITLE).append("\n\n");
        for (String h : header) sb.append(h).append('\n');
        Indicator prev = null;
        for (Indicator i : LINYI.indicators()) {
            List<String> cells = new ArrayList<>();
            for (Col c : cols) {
                String v = c.cell().apply(i);
                boolean sameDuty = prev != null && prev.duty().equals(i.duty());
                boolean sameGoal = sameDuty && Objects.equals(prev.dutyGoal(), i.dutyGoal());
                boolean merged = c == SEQ || c == DUTY ? sameDuty
                        : c == GOAL ? sameGoal
                        : c == CONTENT && sameGoal && Objects.equals(prev.goalContent(), i.goalContent());
                cells.add(v == null || merged ? "" : v);
            }
            sb.append(String.join("\t", cells)).append('\n');
            prev = i;
        }
        return sb.toString();
    }

    static List<String> header(List<Col> cols) {
        List<String> hs = new ArrayList<>();
        for (Col c : cols) hs.add(c.header());
        return List.of(String.join("\t", hs));
    }

    static Scorecard read(String text) {
        Scorecard t = VariantLayoutTest.single(TextParser.parse(text, "department.txt"));
        assertThat(t.form()).isEqualTo("department-targets");
        assertThat(t.unit()).isEqualTo("临沂市医疗保障局");
        assertThat(t.indicators()).hasSameSizeAs(LINYI.indicators());
        return t;
    }

    static Object[] cells(Indicator i, boolean seqWritten, boolean contentWritten, boolean refsWritten) {
        return new Object[] {i.name(), i.target(), i.definition(), seqWritten ? i.duty() : duty(i), i.dutyGoal(),
                contentWritten ? i.goalContent() : null, i.activity(), refsWritten ? i.references() : null};
    }

    static void assertRowsRead(Scorecard t, boolean seq, boolean content, boolean refs) {
        for (int k = 0; k < LINYI.indicators().size(); k++) {
            Indicator a = t.indicators().get(k);
            Object[] actual = {a.name(), a.target(), a.definition(), a.duty(), a.dutyGoal(), a.goalContent(), a.activity(),
                    a.references()};
            assertThat(actual).as("row %d", k).containsExactly(cells(LINYI.indicators().get(k), seq, content, refs));
        }
    }

    @Test
    void aDepartmentTableWithoutReferenceValuesReadsItsRowsWithNoReferences() {
        List<Col> cols = List.of(SEQ, DUTY, GOAL, CONTENT, NAME, DEF, TARGET, ACTIVITY);
        // 职责目标 spans its short name and its content, as in the Linyi header
        String text = table(List.of("职责序号\t部门职责\t职责目标\t\t绩效指标\t指标解释\t年度指标值\t工作活动"), cols);
        assertRowsRead(read(text), true, true, false);
    }

    @Test
    void aDepartmentTableWithoutGoalContentLeavesTheContentNull() {
        List<Col> cols = List.of(SEQ, DUTY, GOAL, NAME, DEF, TARGET, PLANNED, STANDARD, SSRC, AVG3, LAST, HSRC, ACTIVITY);
        List<String> header = List.of(
                "职责序号\t部门职责\t职责目标\t绩效指标\t指标解释\t年度指标值\t指标参考值\t\t\t\t\t\t工作活动",
                "\t\t\t\t\t\t标准值 (规划目标、行业标准或其他明确标准)\t\t\t历史值 (统计年鉴/统计公报/内部统计/其他需明确的来源)",
                "\t\t\t\t\t\t规划值\t当年标准值\t来源\t前三年均值\t上年值\t来源");
        assertRowsRead(read(table(header, cols)), true, false, true);
    }

    @Test
    void aDepartmentTableInAnotherColumnOrderWithoutSequenceNumbersIsReadByItsHeaderWords() {
        List<Col> cols = List.of(DUTY, GOAL, CONTENT, NAME, TARGET, PLANNED, STANDARD, SSRC, AVG3, LAST, HSRC, DEF, ACTIVITY);
        assertRowsRead(read(table(header(cols), cols)), false, true, true);
    }

    @Test
    void columnsNamedWithWordsTheFormDoesNotDefineAreSkippedWithTheirCells() {
        Col kind = new Col("指标类型", i -> Cells.quantityLike(i.target()) ? "定量" : "定性");
        Col remark = new Col("备注", i -> i.name().length() % 3 == 0 ? "按季度监测" : null);
        List<Col> cols = List.of(SEQ, DUTY, GOAL, CONTENT, NAME, kind, DEF, TARGET, PLANNED, STANDARD, SSRC, AVG3, LAST, HSRC,
                ACTIVITY, remark);
        assertRowsRead(read(table(header(cols), cols)), true, true, true);
    }

    static final List<String> LINYI_HEADER = List.of(
            "职责序号\t部门职责\t职责目标\t\t绩效指标\t指标解释\t年度指标值\t指标参考值\t\t\t\t\t\t工作活动",
            "\t\t\t\t\t\t\t标准值 (规划目标、行业标准或其他明确标准)\t\t\t历史值 (统计年鉴/统计公报/内部统计/其他需明确的来源)",
            "\t\t\t\t\t\t\t规划值\t当年标准值\t\t前三年均值\t上年值\t来源",
            "\t\t\t\t\t\t\t\t标准值\t来源");
    static final List<Col> LINYI_COLUMNS = List.of(SEQ, DUTY, GOAL, CONTENT, NAME, DEF, TARGET, PLANNED, STANDARD, SSRC, AVG3,
            LAST, HSRC, ACTIVITY);

    /** The tab-separated table with every cell on its own line; an empty cell is a no-break space. */
    static List<String> oneCellPerLine(String tabbed) {
        List<String> out = new ArrayList<>();
        for (String line : tabbed.split("\n")) {
            if (line.isEmpty()) continue;
            for (String c : line.split("\t", -1)) out.add(c.isEmpty() ? "\u00a0" : c);
        }
        return out;
    }

    @Test
    void aDepartmentTableWithOneCellPerLineReadsAsTheTabSeparatedOne() {
        String text = String.join("\n", oneCellPerLine(table(LINYI_HEADER, LINYI_COLUMNS)));
        assertRowsRead(read(text), true, true, true);
    }

    @Test
    void aDepartmentTableWithOneCellPerParagraphReadsAsTheTabSeparatedOne() {
        String text = String.join("\n\n", oneCellPerLine(table(LINYI_HEADER, LINYI_COLUMNS)));
        assertRowsRead(read(text), true, true, true);
    }

    @Test
    void aDepartmentTableWithTheHistoryGroupBeforeTheStandardGroupPutsEachSourceInItsGroup() {
        List<Col> cols = List.of(SEQ, DUTY, GOAL, CONTENT, NAME, DEF, TARGET, AVG3, LAST, HSRC, PLANNED, STANDARD, SSRC, ACTIVITY);
        List<String> header = List.of(
                "职责序号\t部门职责\t职责目标\t目标内容\t绩效指标\t指标解释\t年度指标值\t指标参考值\t\t\t\t\t\t工作活动",
                "\t\t\t\t\t\t\t历史值\t\t\t标准值",
                "\t\t\t\t\t\t\t前三年均值\t上年值\t来源\t规划值\t当年标准值\t来源");
        assertRowsRead(read(table(header, cols)), true, true, true);
    }
}
