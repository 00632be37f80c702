package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out tenth batch's (h115–h128) row and table-field misses, by class: the goal's two cells printed side by side
 * and wrapped over several lines by a PDF's or a scan's text layer (h121 h127); a report whose one budget sentence names
 * 全年预算数 and 预算执行率 read as a table's budget, so neither its form nor its title was read (h122). Each on the
 * document's own lines and on a variant of the same class, with the case the class must leave alone.
 */
class TenthBatchClassesTest {

    // ---- the goal's two cells side by side, wrapped ----

    /** h121 (PDF text layer): 预期目标 | 实际完成情况 over three lines, each holding a piece of both cells. */
    @Test
    void aGoalWrappedSideBySideInAPdfsSpaceRows() throws IOException {
        goalIs(single(TextParser.parse(heldOut("h121"), "h121.txt")).overallGoal(),
                "保障住房公积金业务系统、网上服务平台和数据中心稳定运行，开展网络安全防护和攻防演练，提升线上业务办理能力。",
                "完成126台服务器及网络设备运维，开展网络安全攻防演练2次，核心业务系统全年可用率99.92%，全年未发生重大网络安全事件。");
    }

    /** h127 (an OCR'd scan, half-width punctuation): the same over two lines. */
    @Test
    void aGoalWrappedSideBySideInAScan() throws IOException {
        goalIs(single(TextParser.parse(heldOut("h127"), "h127.txt")).overallGoal(),
                "维护口岸联检查验设备，开展口岸通关业务培训，压缩进出口货物整体通关时间，优化口岸营商环境。",
                "完成42台查验设备维护，开展通关业务培训5次，进出口货物整体通关时间压缩12.6%。");
    }

    private static final String TAB_TABLE = """
            项目支出绩效自评表
            （2023年度）
            项目名称\t城区公厕改造提升
            主管部门\t某区城市管理局\t实施单位\t某区环境卫生服务中心
            年度总体目标\t年初设定目标\t全年实际完成情况
            \t%s\t%s
            \t%s\t%s
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
            产出指标\t数量指标\t改造提升公厕座数\t≥40座\t42座\t20\t20
            \t质量指标\t改造公厕验收合格率\t100%%\t100%%\t20\t20
            满意度指标\t服务对象满意度指标\t周边群众满意度\t≥90%%\t94%%\t20\t20
            """;

    /** The tab table with its goal's four pieces (two lines of target | achievement), read. */
    private static Scorecard tabTable(String... pieces) {
        return single(TextParser.parse(TAB_TABLE.formatted((Object[]) pieces), "tabs.txt"));
    }

    private static void goalIs(OverallGoal g, String target, String achievement) {
        assertThat(g.target()).isEqualTo(target);
        assertThat(g.achievement()).isEqualTo(achievement);
    }

    /** The same class in tab rows under other heads (年初设定目标 | 全年实际完成情况), one line per wrapped piece. */
    @Test
    void aGoalWrappedSideBySideInTabRows() {
        Scorecard t = tabTable("改造提升城区公厕40座，推进公厕", "改造提升城区公厕42座，全部通过", "智慧化管理，改善群众如厕环境。", "验收，周边群众满意度94%。");
        goalIs(t.overallGoal(), "改造提升城区公厕40座，推进公厕智慧化管理，改善群众如厕环境。", "改造提升城区公厕42座，全部通过验收，周边群众满意度94%。");
        assertThat(t.indicators()).hasSize(3);
    }

    /** Numbered items side by side keep a line each: a number begins an item, not a wrapped piece. */
    @Test
    void numberedItemsSideBySideKeepTheirLines() {
        goalIs(tabTable("1.改造提升城区公厕40座；", "1.改造提升城区公厕42座；", "2.公厕智慧化管理覆盖率100%。", "2.公厕智慧化管理覆盖率100%。").overallGoal(),
                "1.改造提升城区公厕40座；\n2.公厕智慧化管理覆盖率100%。", "1.改造提升城区公厕42座；\n2.公厕智慧化管理覆盖率100%。");
    }

    // ---- a report's budget sentence is the report's ----

    /** h122: 年初预算480万元，年中追加65万元，全年预算数545万元；全年执行数531.92万元，预算执行率97.60%: a report, not a table. */
    @Test
    void aReportsBudgetSentenceWithTheFormsColumnWordsLeavesItAReport() throws IOException {
        Scorecard r = single(TextParser.parse(heldOut("h122"), "h122.txt"));
        assertThat(r.form()).isEqualTo("evaluation-report");
        assertThat(r.title()).isEqualTo("南宁市医疗保障局2023年度医保信息化建设项目支出绩效自评报告");
        assertThat(r.project()).isEqualTo("医保信息化建设");
        assertThat(r.unit()).isEqualTo("南宁市医疗保障局");
        assertThat(r.indicators()).isEmpty();
    }

    /** The same class in a department's evaluation report, the column words in another order and 执行率 alone. */
    @Test
    void aDepartmentReportsBudgetSentence() {
        String text = """
                某市档案馆2023年度部门整体支出绩效评价报告
                一、部门概况
                某市档案馆为市委直属事业单位，内设6个科室。
                二、部门预算执行情况
                2023年度部门全年预算数1286.4万元，全年执行数1260.2万元，执行率97.96%。
                三、评价结论
                部门整体支出绩效评价得分94.5分，等级为“优”。
                """;
        Scorecard r = single(TextParser.parse(text, "dept-report.txt"));
        assertThat(r.form()).isEqualTo("evaluation-report");
        assertThat(r.title()).isEqualTo("某市档案馆2023年度部门整体支出绩效评价报告");
        assertThat(r.year()).isEqualTo(2023);
    }

    /** Left alone: a glued table's rate on a page that is no report is still the table's (one table, its rate). */
    @Test
    void aGluedRateOnAPageThatIsNoReportStaysATablesBudget() {
        Scorecard t = single(TextParser.parse("""
                项目支出绩效自评表
                预算数执行数执行率97.60%
                """, "glued.txt"));
        assertThat(t.form()).isNotEqualTo("evaluation-report");
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("97.6");
    }
}
