package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.HeldOutRows.heldOutTable;
import static org.jixiao.publish.parse.HeldOutRows.names;
import static org.jixiao.publish.parse.HeldOutRows.row;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.ArrayList;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out sixteenth batch's (h195–h206) misses on c62c1fc, by class: a 二级 label cut inside its word by a PDF's
 * line wrap (服务对象满 / 意度指标) glued to the row's name, its second half read as a row with the reason's continuation
 * (h198, space rows); a side-by-side goal whose wrapped piece begins with a decimal (3.2万人次) taken as a numbered item
 * and kept on a line of its own (h198); text after the table's last row (a site's 分享到：, a numbered section heading
 * with its prose and the footer) kept as a last row with a name and no value, as a row cut inside its name would be
 * (h199 one cell per line, h201 pipe rows); the project label 专项资金名称 not known to the grid's reading (h199); a
 * report title's unit ending in 委员会 cut after its 委 (h195's unit and project as a title, TitleTest). Each on the
 * document's own lines and on a variant of the same class, with the case the class must leave alone (right on
 * c62c1fc, and to stay so).
 */
class SixteenthBatchClassesTest {

    // ---- a 二级 label cut inside its word by a line wrap ----

    /**
     * h198 lines 26–27 (PDF space columns): 满意度指标 服务对象满 | 查档群众满意度 | ≥95% | 94.1% | 15 | 13 | 线上预约…，已, and
     * under it 意度指标 with the reason's continuation 优化预约页面并增设咨询电话. c62c1fc reads the name 服务对象满查档群众满意度
     * (level2 null) and a row 意度指标 with target 优化预约页面并增设咨询电话.
     */
    @Test
    void aLevelLabelWrappedInsideItsWordIsOneLabel() throws IOException {
        Scorecard t = heldOutTable("h198");
        assertThat(names(t)).hasSize(8).endsWith("查档群众满意度").doesNotContain("意度指标", "服务对象满查档群众满意度");
        Indicator last = row(t, "查档群众满意度");
        assertThat(last.level2()).isEqualTo("服务对象满意度指标");
        assertThat(last.reason()).isEqualTo("线上预约查档流程说明不够清晰，已优化预约页面并增设咨询电话");
    }

    private static final String WRAPPED_LABEL = """
            项目支出绩效自评表
            项目名称            某区档案数字化加工
            一级指标   二级指标     三级指标              年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施
            产出指标   数量指标     档案数字化加工画幅    ≥10万画幅     11万画幅      50      50
            效益指标   %s       档案查阅利用人次      ≥1万人次      0.9万人次     50      45      线上查档宣传不足，已
                       %s                                                                        开通预约查档
            """;

    /** The same class with 社会效 / 益指标: c62c1fc reads 社会效档案查阅利用人次 and a row 益指标 | 开通预约查档. */
    @Test
    void anotherLevelLabelWrappedInsideItsWordIsOneLabel() {
        Scorecard t = single(TextParser.parse(WRAPPED_LABEL.formatted("社会效", "益指标"), "t.txt"));
        assertThat(names(t)).containsExactly("档案数字化加工画幅", "档案查阅利用人次");
        assertThat(row(t, "档案查阅利用人次").level2()).isEqualTo("社会效益指标");
        assertThat(row(t, "档案查阅利用人次").reason()).isEqualTo("线上查档宣传不足，已开通预约查档");
    }

    /** Left alone: h198's 可持续影响 / 指标 (the wrap at the word 指标) is one label (right on c62c1fc). */
    @Test
    void aLevelLabelWrappedBeforeZhiBiaoIsOneLabel() throws IOException {
        Scorecard t = heldOutTable("h198");
        assertThat(row(t, "数字档案馆系统运行").level2()).isEqualTo("可持续影响指标");
        assertThat(names(t)).doesNotContain("指标");
    }

    // ---- a wrapped goal piece that begins with a decimal ----

    /** h198 lines 13–15: the 实际完成情况 column's third piece 3.2万人次。 (c62c1fc: …接待档案查阅利用\n3.2万人次。). */
    @Test
    void aWrappedGoalPieceBeginningWithADecimalIsJoined() throws IOException {
        Scorecard t = heldOutTable("h198");
        assertThat(t.overallGoal().achievement())
                .isEqualTo("完成馆藏纸质档案数字化加工126.5万画幅，数字档案馆系统全年稳定运行，接待档案查阅利用3.2万人次。");
        assertThat(t.overallGoal().target()).isEqualTo("完成馆藏纸质档案数字化加工120万画幅，保障数字档案馆系统全年稳定运行，提升档案利用服务效率。");
    }

    private static final String SIDE_BY_SIDE = """
            项目支出绩效自评表
            项目名称            某区档案数字化加工
            年度总体目标   预期目标                                    实际完成情况
                           %s        %s
                           %s                                 %s
            一级指标   二级指标     三级指标              年度指标值    实际完成值    分值    得分
            产出指标   数量指标     档案数字化加工画幅    ≥10万画幅     11万画幅      50      50
            效益指标   社会效益指标 档案查阅利用人次      ≥1万人次      1.8万人次     50      50
            """;

    /** The same class in both columns (1.5万人次。 / 1.8万人次。): c62c1fc keeps a line break before each. */
    @Test
    void wrappedGoalPiecesBeginningWithDecimalsAreJoined() {
        Scorecard t = single(TextParser.parse(SIDE_BY_SIDE.formatted("完成档案数字化加工10万画幅，接待查阅",
                "完成档案数字化加工11万画幅，接待查阅", "1.5万人次。", "1.8万人次。"), "t.txt"));
        assertThat(t.overallGoal().target()).isEqualTo("完成档案数字化加工10万画幅，接待查阅1.5万人次。");
        assertThat(t.overallGoal().achievement()).isEqualTo("完成档案数字化加工11万画幅，接待查阅1.8万人次。");
    }

    /** Left alone: numbered pieces (1.… / 2.…) keep each item on its own line (right on c62c1fc). */
    @Test
    void numberedGoalPiecesKeepTheirLines() {
        Scorecard t = single(TextParser.parse(SIDE_BY_SIDE.formatted("1.完成档案数字化加工10万画幅；",
                "1.完成档案数字化加工11万画幅；", "2.接待查阅1万人次以上。", "2.接待查阅1.8万人次。"), "t.txt"));
        assertThat(t.overallGoal().target()).isEqualTo("1.完成档案数字化加工10万画幅；\n2.接待查阅1万人次以上。");
        assertThat(t.overallGoal().achievement()).isEqualTo("1.完成档案数字化加工11万画幅；\n2.接待查阅1.8万人次。");
    }

    // ---- text after the last row kept as a row with a name and no value ----

    /** h199 line 58: 分享到： after the last row (one cell per line), then 【打印本页】【关闭窗口】 and the footer. */
    @Test
    void aSharePromptAfterTheLastRowIsNoRow() throws IOException {
        Scorecard t = heldOutTable("h199");
        assertThat(names(t)).hasSize(8).endsWith("受支持企业满意度").doesNotContain("分享到：");
    }

    /** h201 lines 26–28: 九、其他重要事项的情况说明 / 无。 / 版权所有… after the pipe rows and a blank line (read as one cell). */
    @Test
    void aSectionAndFooterAfterPipeRowsAreNoRow() throws IOException {
        Scorecard t = heldOutTable("h201");
        assertThat(names(t)).hasSize(8).endsWith("社会公众满意度").noneMatch(n -> n.startsWith("九、"));
    }

    private static final String LINES_TABLE = """
            区域绩效目标表
            资金名称
            某市科技补助资金
            市级主管部门
            某市科学技术局
            一级指标
            二级指标
            三级指标
            指标值
            产出指标
            数量指标
            支持项目数量
            ≥10个
            满意度指标
            服务对象满意度指标
            企业满意度
            ≥90%
            """;

    private static final String PIPE_TARGETS = """
            | 2024年部门（单位）整体支出绩效目标表 | | | |
            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 产出指标 | 数量指标 | 接收进馆档案数量 | ≥2万卷 |
            | | | 开展档案宣传活动 | ≥6次 |
            | | 质量指标 | 馆藏档案完好率 | 100% |
            | | 时效指标 | 档案查阅办结时限 | 当日办结 |
            | | 成本指标 | 每卷档案数字化成本 | ≤12元 |
            | 效益指标 | 社会效益指标 | 档案利用服务能力 | 明显提升 |
            | | 可持续影响指标 | 档案安全保障水平 | 持续提升 |
            | 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% |

            十、其他需要公开的事项
            无。
            版权所有：某地区档案局　新ICP备00000000号
            """;

    /**
     * The same class: 分享到： after one cell per line (the line reading kept there; c62c1fc reads a row 分享到：), and a
     * section with its prose and the footer after an eight-row pipe 目标表 (c62c1fc: a row 十、其他需要公开的事项无。版权所有：…;
     * with four rows the section heading ends the rows, as h201's heading does in a shorter table).
     */
    @Test
    void aSharePromptAfterOneCellPerLineIsNoRow() {
        Scorecard lines = single(TextParser.parse(LINES_TABLE + "分享到：\n", "t.txt"));
        assertThat(names(lines)).containsExactly("支持项目数量", "企业满意度");
    }

    @Test
    void aSectionAndFooterAfterEightPipeRowsAreNoRow() {
        Scorecard pipes = single(TextParser.parse(PIPE_TARGETS, "t.txt"));
        assertThat(names(pipes)).hasSize(8).endsWith("查档群众满意度").noneMatch(n -> n.startsWith("十、"));
    }

    /** Left alone: h57, cut inside its last row's name (受益群众满, one cell per line), keeps that row (right on c62c1fc). */
    @Test
    void aRowCutInsideItsNameIsKept() throws IOException {
        assertThat(names(heldOutTable("h57"))).endsWith("受益群众满");
    }

    // ---- the project label 专项资金名称 ----

    /** h199 lines 13–14: 专项资金名称 / 科技成果转移转化补助资金 (one cell per line; the grid's reading is kept there). */
    @Test
    void theZhuanXiangZiJinMingChengLabelNamesTheProject() throws IOException {
        assertThat(heldOutTable("h199").project()).isEqualTo("科技成果转移转化补助资金");
    }

    private static Scorecard grid(String text) {
        return GridTableReader.read("project-targets", null, TextParser.lines(text), new ArrayList<>());
    }

    /** The same class on the grid's reading of a variant (c62c1fc: project null, the 主管部门 read). */
    @Test
    void theGridReadsTheZhuanXiangZiJinMingChengLabel() {
        Scorecard t = grid(LINES_TABLE.replace("资金名称", "专项资金名称"));
        assertThat(t.competentDepartment()).isEqualTo("某市科学技术局");
        assertThat(t.project()).isEqualTo("某市科技补助资金");
    }

    /** Left alone: 资金名称 and 项目名称 name the project in the grid's reading (right on c62c1fc). */
    @Test
    void theGridReadsTheKnownProjectLabels() {
        assertThat(grid(LINES_TABLE).project()).isEqualTo("某市科技补助资金");
        assertThat(grid(LINES_TABLE.replace("资金名称", "项目名称")).project()).isEqualTo("某市科技补助资金");
    }

    // ---- a report title's unit ending in 委员会 ----

    /** h195's unit and project as a report's title (TitleTest's reading of every expectation): c62c1fc cuts 共青团北京市海淀区委. */
    @Test
    void aUnitEndingInWeiYuanHuiIsReadWhole() {
        var f = Title.reportFields("共青团北京市海淀区委员会青少年思想引领及志愿服务2023年度绩效自评报告");
        assertThat(f.unit()).isEqualTo("共青团北京市海淀区委员会");
        assertThat(f.project()).isEqualTo("青少年思想引领及志愿服务");
    }

    /** The same class: 某市发展和改革委员会 before its project. */
    @Test
    void anotherUnitEndingInWeiYuanHuiIsReadWhole() {
        var f = Title.reportFields("某市发展和改革委员会重大项目前期工作经费2023年度绩效自评报告");
        assertThat(f.unit()).isEqualTo("某市发展和改革委员会");
        assertThat(f.project()).isEqualTo("重大项目前期工作经费");
    }

    /** Left alone: a unit ending in 委 (某市卫生健康委) and 中共某县委宣传部 (right on c62c1fc). */
    @Test
    void unitsEndingInWeiOrWithWeiInsideAreReadWhole() {
        var f = Title.reportFields("某市卫生健康委公共卫生服务经费2023年度绩效自评报告");
        assertThat(f.unit()).isEqualTo("某市卫生健康委");
        assertThat(f.project()).isEqualTo("公共卫生服务经费");
        var g = Title.reportFields("中共某县委宣传部新时代文明实践中心建设经费2023年度绩效自评报告");
        assertThat(g.unit()).isEqualTo("中共某县委宣传部");
    }
}
