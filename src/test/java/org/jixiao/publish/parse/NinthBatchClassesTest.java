package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out ninth batch's (h101–h114) row and table-field misses, by class: a signer and date under pipe rows read as
 * a row (h105); a notice's contact line under the rows read as a row or a reason (h106); a letter-spaced 总 分 row read
 * as an indicator (h112); the 年度总体目标 label wrapped in its cell, so no goal was read (h112); a report whose sentences
 * carry 预算数 and a rate taken for a glued table, losing its form, title, unit and project (h107). Each on the
 * document's own lines and on a variant of the same class, with the case the class must leave alone.
 */
class NinthBatchClassesTest {

    private static List<String> names(Scorecard t) {
        return t.indicators().stream().map(Indicator::name).toList();
    }

    // ---- the unit's name and the date under pipe rows ----

    /** h105: the last pipe row, a blank line, 四平市医疗保障局 / 2024年2月21日 (the pipes join the two lines into one cell). */
    @Test
    void aSignerAndDateUnderPipeRowsAreNoRow() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h105"), "h105.txt");
        List<Indicator> rows = single(doc).indicators();
        assertThat(rows).extracting(Indicator::name).hasSize(10).endsWith("欺诈骗保行为", "医保基金监管长效机制", "参保群众满意度")
                .noneMatch(n -> n.contains("四平市医疗保障局") || n.contains("2024年2月21日"));
        assertThat(rows.get(9).target()).isEqualTo("≥90%");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("表格止于签名").contains("四平市医疗保障局"));
    }

    private static final String PIPES = """
            | 项目支出绩效目标表 ||||
            | （2024年度） ||||
            | 项目名称 | 农村饮水安全维修养护经费 |||
            | 主管部门 | 某县水利局 | 实施单位 | 某县农村供水站 |
            | 年度绩效目标 | 完成农村供水工程维修养护，保障农村群众饮水安全。 |||
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 维修养护供水工程处数 | ≥45处 |
            |  | 质量指标 | 农村自来水普及率 | ≥92% |
            |  | 时效指标 | 维修养护完成时间 | 2024年10月底前 |
            | 效益指标 | 社会效益指标 | 农村群众饮水条件 | 持续改善 |
            | 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% |
            """;

    /** The same class with the older numerals' date (二〇二四年三月五日) and no blank line. */
    @Test
    void anotherSignerUnderPipeRowsIsNoRow() {
        ParsedDocument doc = TextParser.parse(PIPES + "某县水利局\n二〇二四年三月五日\n", "variant.txt");
        Scorecard t = single(doc);
        assertThat(names(t)).containsExactly("维修养护供水工程处数", "农村自来水普及率", "维修养护完成时间", "农村群众饮水条件", "受益群众满意度");
        assertThat(t.indicators().get(4).target()).isEqualTo("≥90%");
    }

    // ---- a notice's contact line under the rows ----

    /** h106, one cell per paragraph: 公示期间如有异议，请与…联系。联系电话：0455-8332617 under the last row. */
    @Test
    void aContactLineUnderParagraphRowsIsNeitherARowNorAReason() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h106"), "h106.txt");
        Scorecard t = single(doc);
        assertThat(t.indicators()).hasSize(8);
        Indicator last = t.indicators().get(7);
        assertThat(last.name()).isEqualTo("养殖场户满意度");
        assertThat(last.actual()).isEqualTo("91%");
        assertThat(last.reason()).isNull();
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("联系电话：0455-8332617"));
    }

    private static final String SPACES = """
            项目支出绩效自评表
            （2023年度）
            项目名称    城乡供水保障经费
            主管部门    某县水务局        实施单位    某县供水服务中心
            一级指标    二级指标    三级指标    年度指标值    实际完成值    偏差原因分析及改进措施
            产出指标    数量指标    新建供水管网长度    ≥12公里    12.6公里
              质量指标    水质达标率    100%    100%
            效益指标    社会效益指标    12345热线电话：供水诉求办结率    ≥95%    98%
            满意度指标    服务对象满意度指标    用水户满意度    ≥90%    93%
            """;

    /** Space rows (the line reader): 监督电话：… after a sentence ends the rows; a name that says 电话： before its values stays. */
    @Test
    void aContactLineUnderSpaceRowsEndsThemAndARowNamingATelephoneStays() {
        ParsedDocument doc = TextParser.parse(SPACES + "\n如对公示内容有异议，请于5个工作日内向县水务局反映。监督电话：0371-62351234\n", "variant.txt");
        Scorecard t = single(doc);
        assertThat(names(t)).containsExactly("新建供水管网长度", "水质达标率", "12345热线电话：供水诉求办结率", "用水户满意度");
        assertThat(t.indicators().get(3).actual()).isEqualTo("93%");
        assertThat(t.indicators().get(3).reason()).isNull();
    }

    // ---- a letter-spaced 总 分 row and a wrapped 年度总体目标 label (an OCR'd scan) ----

    /** h112: 总 分   100   99.8 after the last row; 年度总体 … 预期目标 … 实际完成情况 / 目  标 above the goal's texts. */
    @Test
    void aLetterSpacedTotalIsNoRowAndAWrappedGoalLabelIsRead() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h112"), "h112.txt");
        Scorecard t = single(doc);
        assertThat(t.indicators()).hasSize(9);
        assertThat(names(t)).doesNotContain("总分", "总 分");
        assertThat(t.indicators().get(8).name()).isEqualTo("被监测单位满意度");
        assertThat(t.overallGoal()).isNotNull();
        assertThat(t.overallGoal().target()).startsWith("保障网络安全监测预警平台稳定运行").endsWith("及时通报处置安全漏洞。");
        assertThat(t.overallGoal().achievement()).startsWith("监测网站及系统196个").endsWith("全年未发生重大网络安全事件。");
    }

    private static final String SCAN = """
            项目支出绩效自评表
                （2023 年度）
            项目名称        残疾人康复救助项目
            主管部门     某县残疾人联合会     实施单位     某县残疾人康复中心
            年度总      预期目标                    实际完成情况
              体目标
                  为残疾儿童提供康复训练，适配辅助器具。     救助残疾儿童86名，适配辅助器具320件。
            一级指标  二级指标     三级指标    年度指标值   实际完成值  分值     得分
            产出指标  数量指标     残疾儿童康复救助人数    ≥80人   86人  20     20
                  质量指标  辅助器具适配合格率     ≥95%    98%   20  20
            满意度指标  服务对象满意度指标  残疾人家庭满意度   ≥90%    95%   10  10
            说  明：本表由项目实施单位填报。
            """;

    /** The same classes elsewhere in the label (年度总 / 体目标) and another spaced stop word (说  明：). */
    @Test
    void anotherWrappingAndAnotherSpacedStopWordAreReadTheSameWay() {
        ParsedDocument doc = TextParser.parse(SCAN, "variant.txt");
        Scorecard t = single(doc);
        assertThat(names(t)).containsExactly("残疾儿童康复救助人数", "辅助器具适配合格率", "残疾人家庭满意度");
        assertThat(t.indicators().get(2).score()).isEqualByComparingTo("10");
        assertThat(t.overallGoal().target()).isEqualTo("为残疾儿童提供康复训练，适配辅助器具。");
        assertThat(t.overallGoal().achievement()).isEqualTo("救助残疾儿童86名，适配辅助器具320件。");
    }

    // ---- a report whose sentences carry 预算数 and a rate ----

    /** h107: 全年预算数为268.5万元 … 预算执行率98.02% in a 自评报告 with no table: a report, with its title, unit and project. */
    @Test
    void aReportWithABudgetSentenceStaysAReport() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h107"), "h107.txt");
        Scorecard t = single(doc);
        assertThat(t.form()).isEqualTo("evaluation-report");
        assertThat(t.title()).isEqualTo("淄博市住房公积金管理中心2023年度住房公积金信息化系统运维项目支出绩效自评报告");
        assertThat(t.unit()).isEqualTo("淄博市住房公积金管理中心");
        assertThat(t.project()).isEqualTo("住房公积金信息化系统运维");
        assertThat(t.indicators()).isEmpty();
        assertThat(t.budget().ratePercent()).isEqualByComparingTo(new BigDecimal("98.02"));
    }

    /** Another report's wording of the same sentence (全年预算数调整为…，执行率…) under another unit's title. */
    @Test
    void anotherReportWithABudgetSentenceStaysAReport() {
        String text = """
                某市档案馆2023年度档案数字化项目支出绩效自评报告
                一、项目基本情况
                档案数字化项目用于馆藏档案扫描、著录和数据质检。
                二、项目资金情况
                项目年初预算80万元，全年预算数调整为92万元，全年执行90.16万元，预算执行率98%。
                三、自评结论
                该项目自评得分95分。
                """;
        Scorecard t = single(TextParser.parse(text, "variant.txt"));
        assertThat(t.form()).isEqualTo("evaluation-report");
        assertThat(t.title()).isEqualTo("某市档案馆2023年度档案数字化项目支出绩效自评报告");
        assertThat(t.unit()).isEqualTo("某市档案馆");
        assertThat(t.indicators()).isEmpty();
    }
}
