package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table's title is the text of the cell that names the form, nothing of what stands before it in its line: the real
 * lines of the corpus and the held-out set where the title kept a pipe (h04, h09, h18 …), a page's label (005), or was
 * not found because it is glued to the table's first field (016, 017, h19), and the table named 绩效评价指标表 (011).
 */
class TitleTest {

    @Test
    void aPipeRowsTitleIsItsCellWithoutTheSeparators() {
        assertThat(Title.of("| 项目支出绩效目标申报表 | | | | | | | |")).isEqualTo("项目支出绩效目标申报表");
        assertThat(Title.of("| 部门整体支出绩效自评表 | ||||")).isEqualTo("部门整体支出绩效自评表");
        // the same title with the year after it keeps its form's words only, as before
        assertThat(Title.of("| 转移支付区域（项目）绩效目标自评表 | | |")).isEqualTo("转移支付区域（项目）绩效目标自评表");
    }

    @Test
    void aTitleInTheSecondCellOfARowIsThatCell() {
        assertThat(Title.of("附件1 | 2023年度项目支出绩效自评表 | |")).isEqualTo("2023年度项目支出绩效自评表");
    }

    @Test
    void aReportsTitleIsWithoutThePagesLabel() {
        // 005 line 13 (line 7 goes on with 文号:, so it is no title)
        assertThat(Title.report("名称: 蒙城县医疗保障局2024年度城乡居民基本医疗保险县级补助资金项目支出绩效评价报告"))
                .isEqualTo("蒙城县医疗保障局2024年度城乡居民基本医疗保险县级补助资金项目支出绩效评价报告");
        assertThat(Title.report("2022年度医疗保障基金监管绩效自评报告")).isEqualTo("2022年度医疗保障基金监管绩效自评报告");
    }

    @Test
    void aReportsTitleNamesItsUnitAndProject() {
        var f = Title.reportFields("蒙城县医疗保障局2024年度城乡居民基本医疗保险县级补助资金项目支出绩效评价报告"); // 005
        assertThat(f.unit()).isEqualTo("蒙城县医疗保障局");
        assertThat(f.project()).isEqualTo("城乡居民基本医疗保险县级补助资金");
        f = Title.reportFields("红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告"); // 009: the year last
        assertThat(f.unit()).isEqualTo("红河州第二人民医院");
        assertThat(f.project()).isEqualTo("国家基本公共卫生服务项目州级补助资金");
        f = Title.reportFields("溆浦县2023年度城乡义务教育补助经费绩效自评报告"); // h28: a place is no unit
        assertThat(f.unit()).isNull();
        assertThat(f.project()).isEqualTo("城乡义务教育补助经费");
        f = Title.reportFields("寻甸回族彝族自治县医疗保险中心2023年部门整体支出绩效自评报告"); // 004: a department's, no project
        assertThat(f.unit()).isEqualTo("寻甸回族彝族自治县医疗保险中心");
        assertThat(f.project()).isNull();
        assertThat(Title.reportFields("关于2023年度绩效自评工作的说明").unit()).isNull();
    }

    /**
     * With the year last, the unit is the organisation's whole name, not its first ending: 社会 (某县社会保险事业管理局
     * would give 某县社会), 司法, 会计 end or begin in an ending's character; an office or a branch named after its
     * organisation (政府办公室, 县委宣传部, 生态环境局临湘分局) belongs to the unit; a project that begins with what an
     * ending's character begins (馆藏, 政府投资, 医保经办, 东津院区) does not; 政府 followed by the rest of a unit's name
     * (某市人民政府驻京联络处) is no end.
     */
    @Test
    void aReportsTitleWithTheYearLastNamesItsWholeUnit() {
        String[][] titles = {
                {"某县社会保险事业管理局城乡居民基本养老保险补助资金2023年度绩效自评报告", "某县社会保险事业管理局", "城乡居民基本养老保险补助资金"},
                {"某县司法局法律援助经费2023年度绩效自评报告", "某县司法局", "法律援助经费"},
                {"某市会计核算中心财务集中核算经费2023年度绩效自评报告", "某市会计核算中心", "财务集中核算经费"},
                {"某县人民政府办公室电子政务运维经费2023年度绩效自评报告", "某县人民政府办公室", "电子政务运维经费"},
                // 政府 inside a unit's name, more of the name after it (h130's 天津市滨海新区政府专职消防队管理中心)
                {"某市人民政府驻京联络处驻京联络服务经费2023年度绩效自评报告", "某市人民政府驻京联络处", "驻京联络服务经费"},
                {"某区政府应急救援指挥中心应急物资储备专项资金2023年度绩效自评报告", "某区政府应急救援指挥中心", "应急物资储备专项资金"},
                {"某县人民政府乡村振兴补助资金2023年度绩效自评报告", "某县人民政府", "乡村振兴补助资金"},
                {"中共某县委宣传部新时代文明实践中心建设经费2023年度绩效自评报告", "中共某县委宣传部", "新时代文明实践中心建设经费"},
                {"红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩效自评报告", "红河州第二人民医院", "国家基本公共卫生服务项目州级补助资金"}};
        for (String[] t : titles) {
            var f = Title.reportFields(t[0]);
            assertThat(f.unit()).as(t[0]).isEqualTo(t[1]);
            assertThat(f.project()).as(t[0]).isEqualTo(t[2]);
        }
    }

    /**
     * Every unit and project of the expectations (seeds, corpus, held-out) whose unit ends as an organisation's name does
     * (…局, …中心, …中学, a bureau's …股), in either script (h180's 西寧市社會救助服務中心: its 社會 is no ending), with a project (not a department's
     * 整体支出, no year of its own), written as a report's title both ways —
     * the year after the unit and the year last — reads back as that unit and that project.
     */
    @Test
    void everyExpectedUnitAndProjectReadBackFromAReportsTitle() throws IOException {
        int read = 0;
        for (EveryBudgetPrintingTest.Expected e : EveryBudgetPrintingTest.expectedTables()) {
            String unit = e.table().path("unit").asString(null), project = e.table().path("project").asString(null);
            // a department's whole spending (…整体支出) is no project a title names (004)
            if (unit == null || project == null || !Fields.organisation(unit) || unit.contains("(") || project.contains("(")
                    || project.contains("整体") || project.matches(".*20\\d\\d.*")) continue; // a title prints one year
            // before 绩效 a title's 项目 is the form's word, not the project's (h94's convention: …培训项目支出绩效… → …培训)
            String[][] ways = {{unit + project + "2023年度绩效自评报告", project},
                    {unit + "2023年度" + project + "绩效评价报告", project.replaceFirst("项目$", "")}};
            for (String[] way : ways) {
                var f = Title.reportFields(way[0]);
                assertThat(f.unit()).as(way[0]).isEqualTo(unit);
                assertThat(f.project()).as(way[0]).isEqualTo(way[1]);
                read++;
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(150);
    }

    @Test
    void aTitleGluedToItsTablesFirstFieldEndsAtItsTitleWord() throws IOException {
        assertThat(Title.of(line("corpus/docs/016_chongqing_kexuecheng_rongmeiti_2021_dept_selfeval.txt", 2)))
                .isEqualTo("部门整体绩效自评表");
        assertThat(Title.of(line("corpus/docs/017_liangping_linye_2023_dept_selfeval.txt", 2)))
                .isEqualTo("重庆市梁平区林业局2023年度部门整体绩效自评表");
        assertThat(Title.of(line("heldout/docs/h19_taoyuan_nongye_diliibuzhu_2024_regional_targets_glued.txt", 11)))
                .isEqualTo("耕地地力保护补贴区域绩效目标表");
    }

    @Test
    void aLongLineWhoseTitleWordStandsInASentenceOrQuotationHasNoTitle() throws IOException {
        // 016 line 1: 《部门整体绩效自评表.docx》由会员分享… — a document site's sentence about the file
        assertThat(Title.of(line("corpus/docs/016_chongqing_kexuecheng_rongmeiti_2021_dept_selfeval.txt", 1))).isNull();
        assertThat(Title.of("根据《关于开展2023年度项目支出绩效自评表填报工作的通知》要求,我局组织对全部项目开展自评,形成自评报告如下,"
                + "现将有关情况公示,欢迎社会各界监督,对自评结果有异议的,请于公示期内向我局反映,联系电话见附件,特此公告。本次自评共涉及项目十二个"))
                .isNull();
    }

    @Test
    void anEvaluationIndicatorTableIsTitledAndATargetTable() throws IOException {
        String text = Files.readString(CorpusScoreTest.dir("corpus/docs").resolve("011_ningjin_gaozhong_zhuxuejin_2019_indicator_table.txt"));
        assertThat(Title.of(text.lines().findFirst().orElseThrow())).isEqualTo("2019年度宁晋县高中助学金项目绩效评价指标表");
        var tables = TextParser.parse(text, "011").tables();
        assertThat(tables).extracting(t -> t.form()).containsExactly("project-targets");
        assertThat(tables.get(0).title()).isEqualTo("2019年度宁晋县高中助学金项目绩效评价指标表");
    }

    private static String line(String resource, int no) throws IOException {
        List<String> lines = Files.readAllLines(CorpusScoreTest.dir(resource.substring(0, resource.lastIndexOf('/')))
                .resolve(resource.substring(resource.lastIndexOf('/') + 1)));
        return lines.get(no - 1);
    }
}
