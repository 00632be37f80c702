package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.HeldOutRows.heldOutTable;
import static org.jixiao.publish.parse.HeldOutRows.names;
import static org.jixiao.publish.parse.HeldOutRows.targets;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out fifteenth batch's (h183–h194) misses on bcc83e4, by class: a total row labelled 合计 or 总计 (not 总分)
 * read as an indicator (h186, space rows); a document's closing lines after a table (印发 line, signature over two
 * names) split on ideographic spaces and read as rows (h187, tab rows); a 申报表 with 中期 and 年度 groups whose
 * 三级指标 names differ, whose name came from the 中期 group while its target came from the 年度 group (h188). Each on
 * the document's own lines and on a variant of the same class, with the case the class must leave alone (right on
 * bcc83e4, and to stay so).
 */
class FifteenthBatchClassesTest {

    /** The document's table has its rows, the last one named {@code last}; the line after it is no row. */
    private static void endsAtItsLastRow(String doc, int rows, String last, String notName, String notTarget) throws IOException {
        Scorecard t = heldOutTable(doc);
        assertThat(names(t)).hasSize(rows).endsWith(last).doesNotContain(notName);
        assertThat(targets(t)).doesNotContain(notTarget);
    }

    // ---- a total row labelled 合计 / 总计 ----

    /** h186 line 27: 合计, a run of 18 spaces for the empty cells, then 100 and 98.74 (the weights' and scores' sums). */
    @Test
    void aHeJiTotalRowInSpaceRowsIsNoIndicator() throws IOException {
        endsAtItsLastRow("h186", 9, "受益群众满意度", "合计", "100");
    }

    private static final String TOTAL = """
            项目支出绩效自评表
            项目名称%1$s某县少数民族发展资金
            一级指标%1$s二级指标%1$s三级指标%1$s指标值%1$s全年实际值%1$s分值%1$s得分
            产出指标%1$s数量指标%1$s特色村寨项目数%1$s≥5个%1$s5个%1$s50%1$s50
            满意度指标%1$s服务对象满意度指标%1$s受益群众满意度%1$s≥90%%%1$s95%%%1$s50%1$s50
            %2$s%3$s100%1$s100
            """;

    /** The same class with 总计 in space rows and 合计 in tab rows (the empty cells as empty tabs): bcc83e4 reads either as a row. */
    @Test
    void aTotalRowLabelledHeJiOrZongJiIsNoIndicatorInEveryLayout() {
        for (String text : List.of(TOTAL.formatted("   ", "总计", " ".repeat(18)), TOTAL.formatted("\t", "合计", "\t".repeat(5)))) {
            Scorecard t = single(TextParser.parse(text, "t.txt"));
            assertThat(names(t)).as(text).containsExactly("特色村寨项目数", "受益群众满意度");
        }
    }

    /** Left alone: the same row labelled 总分 in space rows, and h183's 总分 row in pipes, end the table (right on bcc83e4). */
    @Test
    void aZongFenTotalRowIsNoIndicator() throws IOException {
        Scorecard t = single(TextParser.parse(TOTAL.formatted("   ", "总分", " ".repeat(18)), "t.txt"));
        assertThat(names(t)).containsExactly("特色村寨项目数", "受益群众满意度");
        assertThat(names(heldOutTable("h183"))).hasSize(8).doesNotContain("总分").endsWith("异地就医参保群众满意度");
    }

    // ---- closing lines of an official document after a table ----

    /** h187 lines 78–79: 抄送：区政府办公室，区审计局。 / 重庆市綦江区城市管理局办公室　　　　2024年3月20日印发 (ideographic spaces). */
    @Test
    void theIssuingLineAfterATableIsNoRow() throws IOException {
        endsAtItsLastRow("h187", 9, "市民满意度", "重庆市綦江区城市管理局办公室", "2024年3月20日印发");
    }

    private static final String TARGETS = """
            区域绩效目标表
            项目名称%1$s某市城市提升补助资金
            一级指标%1$s二级指标%1$s三级指标%1$s指标值
            产出指标%1$s数量指标%1$s人行道整治面积%1$s≥2万平方米
            满意度指标%1$s服务对象满意度指标%1$s市民满意度%1$s≥90%%

            %2$s
            """;

    /** The same class: the 印发 line after tab rows (bcc83e4 read the office and its date as a row). */
    @Test
    void theIssuingLineAfterTabRowsIsNoRow() {
        String tabs = TARGETS.formatted("\t", "抄送：市政府办公室。\n某市城市管理局办公室　　　　2024年3月20日印发");
        Scorecard t = single(TextParser.parse(tabs, "t.txt"));
        assertThat(names(t)).containsExactly("人行道整治面积", "市民满意度");
    }

    /**
     * The same class in pipe rows: a joint signature of two offices over a date (bcc83e4 reads 某市城市管理局 | 某市财政局 and
     * 2024年 | 3月 as two rows, and lost the date's 18日): the signers' line is two units' names (Signature.signers).
     */
    @Test
    void aJointSignatureAfterPipeRowsIsNoRow() {
        String pipes = TARGETS.formatted(" | ", "某市城市管理局　　　　某市财政局\n2024年3月18日").lines()
                .map(l -> l.isBlank() || !l.contains(" | ") ? l : "| " + l + " |")
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Scorecard t = single(TextParser.parse(pipes, "t.txt"));
        assertThat(names(t)).containsExactly("人行道整治面积", "市民满意度");
    }

    /** The same signature in tab rows, three offices signing (one name alone was known before). */
    @Test
    void aJointSignatureOfThreeOfficesAfterTabRowsIsNoRow() {
        String tabs = TARGETS.formatted("\t", "某市城市管理局　　某市财政局　　某市发展和改革委员会\n2024年3月18日");
        ParsedDocument d = TextParser.parse(tabs, "t.txt");
        assertThat(names(single(d))).containsExactly("人行道整治面积", "市民满意度");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w.message()).contains("某市城市管理局"));
    }

    /**
     * A date alone on the text's last line after the rows, its signer not told (a note above it that is no unit's name):
     * no row, and said. Before, the date was read as a row cut off, 2024年 | 3月, and its 18日 was lost.
     */
    @Test
    void aDateAloneAfterTheRowsIsNoRowAndLosesNothing() {
        String tabs = TARGETS.formatted("\t", "2024年3月18日");
        ParsedDocument d = TextParser.parse(tabs, "t.txt");
        assertThat(names(single(d))).containsExactly("人行道整治面积", "市民满意度");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w.message()).contains("2024年3月18日"));
    }

    /** Left alone: two words that are no units' names over a date are still no signature (read as before). */
    @Test
    void twoWordsThatAreNoUnitsOverADateAreNoSignature() {
        assertThat(Signature.signers("某市城市管理局　　某市财政局")).isTrue();
        assertThat(Signature.signers("某市城市管理局")).isTrue();
        assertThat(Signature.signers("人行道整治面积　　市民满意度")).isFalse();
        assertThat(Signature.signers("某市城市管理局　　≥90%")).isFalse();
    }

    /** Left alone: a table whose cells are separated by ideographic spaces reads its rows (right on bcc83e4). */
    @Test
    void aTableSeparatedByIdeographicSpacesReadsItsRows() {
        Scorecard t = single(TextParser.parse(TARGETS.formatted("　", "").stripTrailing() + "\n", "t.txt"));
        assertThat(names(t)).containsExactly("人行道整治面积", "市民满意度");
        assertThat(targets(t)).containsExactly("≥2万平方米", "≥90%");
    }

    // ---- 中期 and 年度 groups whose names differ ----

    /** h188 lines 41–53: 中期 累计举办科普宣传活动 ≥90场, 年度 举办科普宣传活动 ≥30场 (one cell per line); the target is the 年度 one. */
    @Test
    void theNameOfATwoGroupRowIsTheYearGroups() throws IOException {
        Scorecard t = heldOutTable("h188");
        assertThat(names(t)).hasSize(8).startsWith("举办科普宣传活动", "培训基层科普骨干")
                .doesNotContain("累计举办科普宣传活动", "累计培训基层科普骨干");
        assertThat(targets(t)).startsWith("≥30场", "≥400人次", "≥5万人次", "2024年9月30日前");
    }

    /** The same class in pipe rows of two groups: bcc83e4 reads 累计举办科普活动 with the 年度 target ≥30场. */
    @Test
    void theNameOfATwoGroupPipeRowIsTheYearGroups() {
        String text = """
                | 项目支出绩效目标申报表 | | | | | | | |
                | 项目名称 | 某市科普经费 | | | | | | |
                | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 |
                | | 产出指标 | 数量指标 | 累计举办科普活动 | ≥90场 | 数量指标 | 举办科普活动 | ≥30场 |
                | | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥85% | 服务对象满意度指标 | 群众满意度 | ≥90% |
                """;
        Scorecard t = single(TextParser.parse(text, "p.txt"));
        assertThat(names(t)).containsExactly("举办科普活动", "群众满意度");
        assertThat(targets(t)).containsExactly("≥30场", "≥90%");
    }

    /** Left alone: h164, the same two groups one cell per line with the same names in both, reads the 年度 targets. */
    @Test
    void twoGroupsWithTheSameNamesReadTheYearTargets() throws IOException {
        Scorecard t = heldOutTable("h164");
        assertThat(names(t)).startsWith("开发公益性岗位数量", "安置就业困难人员人数");
        assertThat(targets(t)).startsWith("≥1500个", "≥1400人");
    }
}
