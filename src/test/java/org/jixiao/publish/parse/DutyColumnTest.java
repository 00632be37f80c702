package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The layouts of a 部门职责 column before the level columns, and of a numbered section after a table's last row, that
 * ThirteenthBatchClassesTest does not print: each duty given to the rows under it in every layout, the merged cell
 * left out of a pipe row, the column's other header words, one cell per paragraph; a section heading ends the rows, a
 * row's name numbered like a heading does not.
 */
class DutyColumnTest {

    private static List<String> duties(Scorecard t) { return t.indicators().stream().map(Indicator::duty).toList(); }

    private static List<String> names(Scorecard t) { return t.indicators().stream().map(Indicator::name).toList(); }

    /** Pipe rows that leave the merged duty cell out (the row begins at its level), under 部门职能, with a section after. */
    @Test
    void pipeRowsWithoutTheMergedDutyCellCarryTheDutyDown() {
        Scorecard t = single(TextParser.parse("""
                2024年部门整体绩效目标表
                | 部门（单位）名称 | 某市档案馆 ||||
                | 年度总体目标 | 做好档案接收、保管和利用服务，推进档案数字化。 ||||
                | 部门职能 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
                | 档案收集保管 | 产出指标 | 数量指标 | 接收进馆档案数量 | ≥2万卷 |
                | 质量指标 | 馆藏档案完好率 | 100% |
                | 档案利用服务 | 产出指标 | 数量指标 | 档案数字化扫描页数 | ≥80万页 |
                | 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥95% |

                七、其他需要说明的事项
                本部门2024年无政府性基金预算和国有资本经营预算，相关公开表格为空表。
                """, "d.txt"));
        assertThat(names(t)).containsExactly("接收进馆档案数量", "馆藏档案完好率", "档案数字化扫描页数", "查档群众满意度");
        assertThat(duties(t)).containsExactly("档案收集保管", "档案收集保管", "档案利用服务", "档案利用服务");
        assertThat(t.indicators().get(3).level1()).isEqualTo("满意度指标");
    }

    /** h160's tab rows under 职责名称, and h162's cells one per paragraph: the duties as printed on the page. */
    @Test
    void otherHeaderWordsAndOneCellPerParagraphGiveTheDuties() throws IOException {
        Scorecard tabs = single(TextParser.parse(heldOut("h160").replace("部门职责\t", "职责名称\t"), "h160.txt"));
        assertThat(duties(tabs)).containsExactly("机构编制管理", "机构编制管理", "机构编制管理", "机构编制监督检查", "机构编制监督检查",
                "机构编制监督检查", "事业单位登记管理", "事业单位登记管理", "事业单位登记管理");
        assertThat(names(tabs)).doesNotContain("本部门2024年无政府性基金预算和国有资本经营预算，相关公开表格为空表。");
        Scorecard paragraphs = single(TextParser.parse(heldOut("h162").replace("\n", "\n\n"), "h162.txt"));
        assertThat(paragraphs.indicators()).hasSize(8);
        assertThat(duties(paragraphs).subList(0, 4)).containsOnly("离退休干部服务管理");
        assertThat(duties(paragraphs).subList(4, 8)).containsOnly("离退休干部党建和活动阵地建设");
        // a reason before a level that goes on (效益 -> 满意度) stays the row's reason: no duty begins there
        assertThat(paragraphs.indicators().get(6).reason()).isEqualTo("活动中心部分场地设施老化，已列入2024年维修计划");
        assertThat(paragraphs.indicators().get(3).reason()).isNull();
    }

    /** A row's name numbered like a section (一、示范区建立, 014's rows) one cell per line, followed by its target: a row. */
    @Test
    void aRowNamedLikeASectionIsARow() {
        Scorecard t = single(TextParser.parse("""
                项目绩效目标表
                项目名称
                化肥减量增效示范
                一级指标
                二级指标
                三级指标
                年度指标值
                产出指标
                数量指标
                一、示范区建立
                ≧20000亩
                二、田间试验
                ≧15组
                满意度指标
                服务对象满意度指标
                农户满意度
                ≥90%
                """, "p.txt"));
        assertThat(names(t)).containsExactly("一、示范区建立", "二、田间试验", "农户满意度");
    }
}
