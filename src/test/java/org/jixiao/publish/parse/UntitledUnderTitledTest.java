package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An untitled table printed under a titled one is a table of its own: the titled table's segment ran to the next title
 * and swallowed it (its rows read as the titled table's, 部门整体绩效目标 too; the rendered 17-table benchmark read 16).
 * The titled table now ends where the untitled one's header fields begin, as one untitled table ends where the next
 * begins: fields with a budget block after them, or, below the titled table's rows, fields over an indicator header
 * (Fuliang's department table, 018: 实施单位 and no budget), with its heading. Real held-out tables as published
 * (titled) and with their title lines taken out, and 018 re-rendered in every layout, in both orders.
 */
class UntitledUnderTitledTest {

    private static final List<String> TITLED = List.of(
            "heldout/docs/h45_tianshui_shangwu_dianshang_2024_project_targets_spaces.txt",
            "heldout/docs/h46_qilin_tongji_jingjipucha_2023_project_selfeval_pipes_merged_empty.txt",
            "heldout/docs/h47_hechi_qixiang_renying_2023_transfer_selfeval_xlsx_tabs.txt",
            "heldout/docs/h60_datong_dizhen_taiwang_2023_project_selfeval_xlsx_tabs_yuan_decimal_rate.txt");

    private static final List<String> UNTITLED = List.of(
            "heldout/docs/h59_shijiazhuang_shenji_yewu_2023_project_selfeval_pipes.txt",
            "heldout/docs/h61_huhehaote_yibao_nengli_2023_transfer_selfeval_spaces.txt",
            "heldout/docs/h58_jian_gongxiaoshe_fazhan_2023_transfer_selfeval_spaces_ranges.txt");

    private static List<String> untitled() throws IOException {
        List<String> out = new ArrayList<>();
        for (String doc : UNTITLED) out.add(UntitledFirstTableTest.untitled(UntitledFirstTableTest.text(doc)));
        // Fuliang's department table under its heading 部门整体绩效目标 (no 表: no title), 实施单位 over its rows, no budget
        for (String style : RenderedTables.styles()) out.addAll(RenderedTables.render("018_fuliang_linye_dept_targets.json", style));
        return out;
    }

    @Test
    void anUntitledTableUnderATitledOneIsReadAsItReadsAloneInBothOrders() throws IOException {
        List<String> untitled = untitled();
        for (String t : TITLED) {
            String titled = UntitledFirstTableTest.text(t);
            assertThat(UntitledTablesInARowTest.only(titled).title()).as(t).isNotNull();
            for (String u : untitled) {
                assertThat(UntitledTablesInARowTest.only(u).title()).isNull();
                String pair = t + " + " + u.substring(0, Math.min(30, u.length()));
                UntitledTablesInARowTest.readAsAlone(titled, u, "under: " + pair);
                UntitledTablesInARowTest.readAsAlone(u, titled, "over: " + pair);
            }
        }
    }

    @Test
    void aHeadingWithoutItsBiaoIsNoRowAndNoTitle() {
        assertThat(Title.heading("部门整体绩效目标")).isTrue();
        assertThat(Title.heading("项目支出绩效目标")).isTrue();
        assertThat(Title.heading("转移支付区域(项目)绩效目标自评")).isTrue();
        // an indicator named so is no heading: 年度 names no thing evaluated
        assertThat(Title.heading("完成年度绩效目标")).isFalse();
        assertThat(Title.heading("绩效目标完成率")).isFalse();
        assertThat(Title.of("部门整体绩效目标")).isNull();
    }
}
