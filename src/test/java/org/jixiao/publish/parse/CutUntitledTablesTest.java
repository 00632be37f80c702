package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * An untitled transfer-payment table cut off before its indicator header — its 转移支付(项目)名称 fields and budget all
 * there is of it — is a table: alone it read as nothing (the cut-off table's fields were looked for under 项目名称 and
 * 实施单位 only, where the check for a next table beside it also read 转移支付…名称), and above another untitled table
 * it was merged into it (its fields and budget taken for the second's). Real held-out transfer tables in every layout
 * (paragraphs, tabs, pipes, spaces, lines), title lines taken out and cut at their indicator header, before and after
 * whole untitled tables: each reads as it reads alone.
 */
class CutUntitledTablesTest {

    private static final List<String> TRANSFERS = List.of(
            "heldout/docs/h01_guangxin_yiliaojiuzhu_2023_transfer_selfeval_paragraphs.txt",
            "heldout/docs/h15_shehong_weijian_gongwei_2021_transfer_selfeval_tabs_pagebreak.txt",
            "heldout/docs/h32_ningxiang_jiaotong_nongcungonglu_2023_transfer_selfeval_pipes.txt",
            "heldout/docs/h38_sangzhi_tuiyi_youfu_2023_transfer_selfeval_wechat_lines.txt",
            "heldout/docs/h47_hechi_qixiang_renying_2023_transfer_selfeval_xlsx_tabs.txt",
            "heldout/docs/h58_jian_gongxiaoshe_fazhan_2023_transfer_selfeval_spaces_ranges.txt",
            "heldout/docs/h61_huhehaote_yibao_nengli_2023_transfer_selfeval_spaces.txt");

    private static final List<String> WHOLE = List.of(
            "heldout/docs/h59_shijiazhuang_shenji_yewu_2023_project_selfeval_pipes.txt",
            "heldout/docs/h61_huhehaote_yibao_nengli_2023_transfer_selfeval_spaces.txt",
            "heldout/docs/h63_quanzhou_qiaolian_jiaoliu_2023_project_selfeval_lines_rate_before_weight.txt");

    @Test
    void aTransferTableCutBeforeItsIndicatorHeaderIsReadAloneAsItsFieldsAndBudget() throws IOException {
        for (String doc : TRANSFERS) {
            Scorecard whole = UntitledTablesInARowTest.one(untitled(doc)), cut = UntitledTablesInARowTest.one(cut(doc));
            assertThat(cut.form()).as(doc).isEqualTo("transfer-self-evaluation");
            assertThat(cut.project()).as(doc).isNotNull().isEqualTo(whole.project());
            assertThat(cut.unit()).as(doc).isEqualTo(whole.unit());
            assertThat(cut.budget()).as(doc).isEqualTo(whole.budget());
            assertThat(cut.indicators()).as(doc).isEmpty();
        }
    }

    @Test
    void aCutTransferTableBeforeOrAfterAWholeOneIsATableOfItsOwn() throws IOException {
        for (String t : TRANSFERS) {
            for (String w : WHOLE) {
                if (t.equals(w)) continue;
                UntitledTablesInARowTest.readAsAlone(untitled(w), cut(t), w + " + " + t);
                UntitledTablesInARowTest.readAsAlone(cut(t), untitled(w), t + " + " + w);
            }
        }
    }

    private static String untitled(String doc) throws IOException {
        return UntitledFirstTableTest.untitled(UntitledFirstTableTest.text(doc));
    }

    /** The untitled table up to the line of its indicator header (三级指标): a page's copy that stops there. */
    private static String cut(String doc) throws IOException {
        String t = untitled(doc);
        int header = t.indexOf("三级指标");
        assertThat(header).as(doc).isPositive();
        return t.substring(0, t.lastIndexOf('\n', header) + 1);
    }
}
