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
        everyPair(TABLES, (first, second) -> readAsAlone(untitled(text(first)), untitled(text(second)), first + " + " + second));
    }

    /** A check of two documents, one printed after the other. */
    interface Pair {
        void check(String first, String second) throws IOException;
    }

    /** The check of every ordered pair of two different documents of {@code docs}. */
    static void everyPair(List<String> docs, Pair pair) throws IOException {
        for (String first : docs) for (String second : docs) if (!first.equals(second)) pair.check(first, second);
    }

    @Test
    void aHeaderRepeatedAfterAPageBreakIsStillOneTable() throws IOException {
        for (String doc : PAGE_BREAKS) {
            Scorecard titled = only(text(doc));
            Scorecard untitled = only(untitled(text(doc)));
            assertThat(untitled.indicators()).as(doc).isEqualTo(titled.indicators());
            assertThat(untitled.budget()).as(doc).isEqualTo(titled.budget());
        }
    }

    /**
     * Two texts printed one after the other read as two tables, each as it reads alone (alone, each reads as one table).
     */
    static void readAsAlone(String first, String second, String pair) {
        Scorecard a = one(first), b = one(second);
        List<Scorecard> both = TextParser.parse(first + "\n" + second, "both").tables();
        assertThat(both).as(pair).hasSize(2);
        same(both.get(0), a, pair);
        same(both.get(1), b, pair);
    }

    private static void same(Scorecard read, Scorecard alone, String pair) {
        assertThat(read.title()).as(pair).isEqualTo(alone.title());
        assertThat(read.form()).as(pair).isEqualTo(alone.form());
        assertThat(read.project()).as(pair).isEqualTo(alone.project());
        assertThat(read.unit()).as(pair).isEqualTo(alone.unit());
        assertThat(read.budget()).as(pair).isEqualTo(alone.budget());
        assertThat(read.overallGoal()).as(pair).isEqualTo(alone.overallGoal());
        assertThat(read.indicators()).as(pair).isEqualTo(alone.indicators());
    }

    /** The one table a text reads as. */
    static Scorecard one(String text) {
        List<Scorecard> tables = TextParser.parse(text, "one").tables();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    /** The one table a text reads as, with rows. */
    static Scorecard only(String text) {
        Scorecard t = one(text);
        assertThat(t.indicators()).isNotEmpty();
        return t;
    }

    private static String untitled(String text) { return UntitledFirstTableTest.untitled(text); }

    private static String text(String resource) throws IOException { return UntitledFirstTableTest.text(resource); }
}
