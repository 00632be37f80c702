package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A table's project, unit and 主管部门 where the corpus and the held-out set print them in ways the header fields did
 * not read: a traditional 代碼 in the label (001), fields glued into one run of text with the rows (007, 013, h19),
 * a unit under 部门（单位）名称 (h17) or under a label cut at its first character (级预算单位名称, 019).
 */
class HeaderFieldsTest {

    private static Scorecard table(String set, String base) throws IOException {
        String text = Files.readString(CorpusScoreTest.dir(set + "/docs").resolve(base + ".txt"));
        var tables = TextParser.parse(text, base + ".txt").tables();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void aTraditionalLabelWithItsCodeIsTheDepartmentsLabel() throws IOException {
        // 主管部門及代碼 | [066]宣城市宣州區(qū)醫(yī)療保障局, one cell per line between pipe lines
        var t = table("corpus", "001_xuanzhou_yibao_shangcan_project_targets");
        assertThat(t.competentDepartment()).isEqualTo("[066]宣城市宣州區(qū)醫(yī)療保障局");
    }

    @Test
    void fieldsGluedIntoTheTablesRunOfTextEndAtTheNextLabel() throws IOException {
        // …项目名称东津院区建设补助主管部门襄阳市卫生健康委项目实施单位襄阳市中心医院项目类别1、部门预算项目…
        var t = table("corpus", "007_xiangyang_zhongxinyiyuan_2021_project_selfeval");
        assertThat(t.project()).isEqualTo("东津院区建设补助");
        assertThat(t.competentDepartment()).isEqualTo("襄阳市卫生健康委");
        assertThat(t.unit()).isEqualTo("襄阳市中心医院");
        // 资金名称耕地地力保护补贴省级主管部门湖南省农业农村厅县级主管部门桃源县农业农村局资金情况（万元）…
        var h19 = table("heldout", "h19_taoyuan_nongye_diliibuzhu_2024_regional_targets_glued");
        assertThat(h19.project()).isEqualTo("耕地地力保护补贴");
        assertThat(h19.competentDepartment()).isEqualTo("桃源县农业农村局");
        // a pinyin mirror glued into one cell: the fields are read folded and given back as written
        var t13 = table("corpus", "013_xuancheng_nongye_dongfang_2023_transfer_selfeval");
        assertThat(t13.competentDepartment()).isEqualTo("省農(nóng)業(yè)農(nóng)村廳");
        assertThat(t13.unit()).isEqualTo("宣城市農(nóng)業(yè)農(nóng)村局");
    }

    @Test
    void aGluedValueThatEndsNoOrganisationsNameIsNoDepartment() throws IOException {
        // 016: 主管部门财政处室自评总分(分)97.6 — an office inside a department, and where the value ends is a guess
        var t = table("corpus", "016_chongqing_kexuecheng_rongmeiti_2021_dept_selfeval");
        assertThat(t.competentDepartment()).isNull();
        assertThat(Fields.organisation("财政处室")).isFalse();
        assertThat(Fields.organisation("襄阳市卫生健康委")).isTrue();
        assertThat(Fields.organisation("怀化市医疗保障事务中心")).isTrue();
    }

    @Test
    void aUnitUnderItsDepartmentOrBudgetUnitLabel() throws IOException {
        // one cell per paragraph: 部门（单位）名称 ⏎⏎ 醴陵市民政局
        assertThat(table("heldout", "h17_liling_minzheng_2023_dept_selfeval_paragraphs_yuan").unit()).isEqualTo("醴陵市民政局");
        // 级预算单位名称 (一级…, its first character lost) ⏎⏎ 陵区林业局, read by the grid
        assertThat(table("corpus", "019_lingling_linye_2021_dept_selfeval").unit()).isEqualTo("陵区林业局");
        assertThat(Fields.unitLabel("二级预算单位名称")).isTrue();
        assertThat(Fields.unitLabel("预算单位")).isFalse();
    }
}
