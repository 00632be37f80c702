package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A second untitled table printed with only its indicator header — no header fields, no budget — was merged into the
 * first (its rows read as the first's). It is told from a page break's repeated header only where that is certain: its
 * rows begin again at the first level (产出指标) after the first table's rows had gone on past it. Real held-out tables
 * (title lines out; the second cut to its indicator header and rows) in pipes, spaces, lines and tabs; the held-out
 * page-break documents stay one table each (UntitledTablesInARowTest), and so does a repeat whose rows go on.
 */
class HeaderOnlyTableTest {

    private static final List<String> TABLES = List.of(
            "heldout/docs/h59_shijiazhuang_shenji_yewu_2023_project_selfeval_pipes.txt",
            "heldout/docs/h61_huhehaote_yibao_nengli_2023_transfer_selfeval_spaces.txt",
            "heldout/docs/h63_quanzhou_qiaolian_jiaoliu_2023_project_selfeval_lines_rate_before_weight.txt",
            "heldout/docs/h47_hechi_qixiang_renying_2023_transfer_selfeval_xlsx_tabs.txt");

    @Test
    void aTableOfIndicatorsAloneUnderAnotherIsATableOfItsOwn() throws IOException {
        UntitledTablesInARowTest.everyPair(TABLES, (first, second) -> {
            assertThat(only(rowsOnly(second)).project()).isNull(); // no header fields above its rows
            UntitledTablesInARowTest.readAsAlone(untitled(first), rowsOnly(second), first + " + rows of " + second);
        });
    }

    @Test
    void aRepeatedHeaderWhoseRowsGoOnIsNoNewTable() throws IOException {
        // the header printed again inside the rows, before the 满意度指标 rows: the rows go on at a level not yet read
        String a = untitled(TABLES.get(1));
        int at = a.indexOf("满意度指标");
        int line = a.lastIndexOf('\n', at) + 1;
        String header = a.lines().filter(l -> l.contains("三级指标")).findFirst().orElseThrow();
        String repeated = a.substring(0, line) + header + "\n" + a.substring(line);
        Scorecard one = only(repeated);
        assertThat(one.indicators()).isEqualTo(only(a).indicators());
    }

    private static Scorecard only(String text) {
        return UntitledTablesInARowTest.only(text);
    }

    private static String untitled(String doc) throws IOException {
        return UntitledFirstTableTest.untitled(UntitledFirstTableTest.text(doc));
    }

    /** The table from its indicator header's line on: its rows, with no header fields or budget above them. */
    private static String rowsOnly(String doc) throws IOException {
        String t = untitled(doc);
        int header = t.indexOf("三级指标"), level1 = t.lastIndexOf("一级指标", header);
        // a header printed a cell per line begins at its 一级指标, on the lines just above
        int from = level1 >= 0 && header - level1 < 12 ? level1 : header;
        return t.substring(t.lastIndexOf('\n', from) + 1);
    }
}
