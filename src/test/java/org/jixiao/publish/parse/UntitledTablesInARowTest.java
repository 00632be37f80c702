package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Two tables printed one after another without titles (a page listing two projects' tables with no headings) are two
 * tables: they were read as one, the second's header fields, budget and rows merged into the first or lost. Real tables
 * (pipes, spaces, lines) with their title lines taken out, every ordered pair; each must read as it reads alone. A
 * table that repeats its indicator header after a page break is still one table (no header fields or budget before
 * the repeat).
 */
class UntitledTablesInARowTest {

    private static final List<String> TABLES = List.of(
            "heldout/docs/h59_shijiazhuang_shenji_yewu_2023_project_selfeval_pipes.txt",
            "heldout/docs/h61_huhehaote_yibao_nengli_2023_transfer_selfeval_spaces.txt",
            "heldout/docs/h45_tianshui_shangwu_dianshang_2024_project_targets_spaces.txt",
            "heldout/docs/h46_qilin_tongji_jingjipucha_2023_project_selfeval_pipes_merged_empty.txt",
            "heldout/docs/h63_quanzhou_qiaolian_jiaoliu_2023_project_selfeval_lines_rate_before_weight.txt",
            "heldout/docs/h58_jian_gongxiaoshe_fazhan_2023_transfer_selfeval_spaces_ranges.txt",
            "heldout/docs/h32_ningxiang_jiaotong_nongcungonglu_2023_transfer_selfeval_pipes.txt");

    private static final List<String> PAGE_BREAKS = List.of(
            "heldout/docs/h15_shehong_weijian_gongwei_2021_transfer_selfeval_tabs_pagebreak.txt",
            "heldout/docs/h37_yueyang_shijian_choujian_2024_project_targets_pdf_spaces_pagebreak.txt",
            "heldout/docs/h50_zhangye_lincao_shengtai_2024_regional_targets_pdf_spaces_pages.txt");

    @Test
    void twoUntitledTablesInARowAreReadEachAsItReadsAlone() throws IOException {
        for (String first : TABLES) {
            for (String second : TABLES) {
                if (first.equals(second)) continue;
                String a = untitled(text(first)), b = untitled(text(second));
                Scorecard alone1 = only(TextParser.parse(a, "a")), alone2 = only(TextParser.parse(b, "b"));
                ParsedDocument both = TextParser.parse(a + "\n" + b, "both");
                String pair = first + " + " + second;
                assertThat(both.tables()).as(pair).hasSize(2);
                same(both.tables().get(0), alone1, pair);
                same(both.tables().get(1), alone2, pair);
            }
        }
    }

    @Test
    void aHeaderRepeatedAfterAPageBreakIsStillOneTable() throws IOException {
        for (String doc : PAGE_BREAKS) {
            Scorecard titled = only(TextParser.parse(text(doc), "t"));
            Scorecard untitled = only(TextParser.parse(untitled(text(doc)), "u"));
            assertThat(untitled.indicators()).as(doc).isEqualTo(titled.indicators());
            assertThat(untitled.budget()).as(doc).isEqualTo(titled.budget());
        }
    }

    private static void same(Scorecard read, Scorecard alone, String pair) {
        assertThat(read.project()).as(pair).isEqualTo(alone.project());
        assertThat(read.unit()).as(pair).isEqualTo(alone.unit());
        assertThat(read.budget()).as(pair).isEqualTo(alone.budget());
        assertThat(read.overallGoal()).as(pair).isEqualTo(alone.overallGoal());
        assertThat(read.indicators()).as(pair).isEqualTo(alone.indicators());
    }

    private static Scorecard only(ParsedDocument doc) {
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).indicators()).isNotEmpty();
        return doc.tables().get(0);
    }

    private static String untitled(String text) { return UntitledFirstTableTest.untitled(text); }

    private static String text(String resource) throws IOException { return UntitledFirstTableTest.text(resource); }
}
