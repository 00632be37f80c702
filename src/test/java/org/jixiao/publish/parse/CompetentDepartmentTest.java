package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table that prints a 主管部门 per level of government (中央 / 省级 / 地方, 市县, 县级) has as its competentDepartment
 * the most local one (PARSE-FORMAT.md: the department the unit answers to), in every separator style the held-out set
 * has it, and whatever order the levels are printed in.
 */
class CompetentDepartmentTest {

    static String doc(String base) throws IOException {
        return Files.readString(CorpusScoreTest.dir("heldout/docs").resolve(base + ".txt"));
    }

    static String competent(String text) {
        ParsedDocument d = TextParser.parse(text, "t.txt");
        assertThat(d.tables()).hasSize(1);
        return d.tables().get(0).competentDepartment();
    }

    @ParameterizedTest
    @CsvSource({
            "h01_guangxin_yiliaojiuzhu_2023_transfer_selfeval_paragraphs, 上饶市医疗保障局",        // 中央, 地方: paragraphs
            "h03_liuzhou_jumin_yibao_2024_regional_targets_spaces, 柳州市医疗保障局",                // 中央, 省级, 市县: spaces
            "h15_shehong_weijian_gongwei_2021_transfer_selfeval_tabs_pagebreak, 四川省卫生健康委员会", // 中央, 地方: tab rows
            "h16_renshou_nongji_2023_regional_targets_paragraphs_ascii, 仁寿县农业农村局",             // 省级, 县级: paragraphs
            "h30_hengyang_shuili_fazhan_2023_transfer_selfeval_tabs_yiyuan_ascii_cut, 衡阳市水利局",   // both on one tab row
            "h02_luan_yibao_xinxihua_2024_project_targets_tabs, [128]六安市医疗保障局",               // 主管部门及代码
            "h21_longhui_jiaoyu_zhuxuejin_2023_transfer_selfeval_tabs_merged_repeat, 邵阳市教育局"})  // merged cells repeated
    void theMostLocalDepartmentPrintedIsTheCompetentOne(String base, String expected) throws IOException {
        assertThat(competent(doc(base))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aMergedHeaderCellRepeatedInEveryColumnItSpansIsReadOnce() throws IOException {
        // tab rows copied from a spreadsheet: 转移支付（项目）名称 | 普通高中国家助学金 ×5, 资金使用单位 | 隆回县教育局 ×2
        var t = TextParser.parse(doc("h21_longhui_jiaoyu_zhuxuejin_2023_transfer_selfeval_tabs_merged_repeat"), "h21.txt").tables().get(0);
        assertThat(t.project()).isEqualTo("普通高中国家助学金");
        assertThat(t.unit()).isEqualTo("隆回县教育局");
        assertThat(Fields.merged("邵阳市教育局\t资金使用单位")).isEqualTo("邵阳市教育局\t资金使用单位"); // different cells stay
    }

    @ParameterizedTest
    @CsvSource({
            "h01_guangxin_yiliaojiuzhu_2023_transfer_selfeval_paragraphs, 国家医疗保障局, 上饶市医疗保障局",
            "h15_shehong_weijian_gongwei_2021_transfer_selfeval_tabs_pagebreak, 国家卫生健康委员会, 四川省卫生健康委员会"})
    void printedLocalFirstTheLocalOneIsStillTheCompetentOne(String base, String central, String local) throws IOException {
        // the two departments exchanged in place: the local one now printed first, under the 中央 label's line
        String text = doc(base);
        String swapped = text.replace("中央主管部门", "\u0001").replace("地方主管部门", "中央主管部门").replace("\u0001", "地方主管部门")
                .replace(central, "\u0002").replace(local, central).replace("\u0002", local);
        assertThat(swapped).isNotEqualTo(text);
        assertThat(swapped.indexOf("地方主管部门")).isLessThan(swapped.indexOf("中央主管部门"));
        assertThat(competent(swapped)).isEqualTo(local);
    }
}
