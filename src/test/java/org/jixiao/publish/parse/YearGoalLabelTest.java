package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.OverallGoal;
import org.junit.jupiter.api.Test;

/**
 * A target table's goal under its own label — 年度目标 (h45, h31 over three numbered lines, space rows) or 年度绩效目标
 * (h54 in pipe rows, h37 from a PDF, h40 a mirror's 年度績效目標) — was not read at all: only 年度总体目标/总体目标 began a
 * goal in the line reading, and the grid knew 年度目标 but not 年度绩效目标. The label counts where a line or cell
 * begins with it, never inside the goal's text.
 */
class YearGoalLabelTest {

    private static OverallGoal goal(String prefix) throws IOException {
        return single(TextParser.parse(heldOut(prefix), prefix + ".txt")).overallGoal();
    }

    @Test
    void theGoalUnderEitherLabelInEachLayout() throws IOException {
        assertThat(goal("h45").target()).isEqualTo("建设县级电子商务公共服务中心1个、村级电商服务站点60个，培训农村电商人才1500人次，带动农产品网络零售额增长15%以上。");
        assertThat(goal("h54").target()).startsWith("开通运行12338妇女维权公益服务热线").endsWith("调处化解婚姻家庭纠纷500件以上。");
        assertThat(goal("h31").target()).isEqualTo("1.完成全市公安视频监控点位运维，确保前端设备在线率不低于95%；\n2.新建重点区域高清视频监控点位120个；\n"
                + "3.提升视频图像信息在案件侦破中的应用水平。");
        assertThat(goal("h37").target()).startsWith("完成全市食品安全监督抽检4批次/千人");
        assertThat(goal("h40").target()).startsWith("支持企業(yè)開展研發(fā)活動(dòng)");
        assertThat(goal("h45").achievement()).isNull();
    }

    @Test
    void theLabelOnlyWhereTheLineBegins() {
        String text = """
                项目支出绩效目标表
                项目名称 档案数字化加工
                项目资金（万元） 年度资金总额 80
                年度目标 按期完成年度目标任务，年度目标值不低于上年
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 档案数字化扫描页数 ≥80万页
                """;
        OverallGoal g = single(TextParser.parse(text, "dangan.txt")).overallGoal();
        assertThat(g.target()).isEqualTo("按期完成年度目标任务，年度目标值不低于上年");
        assertThat(GoalReader.yearLabel("年度目标值 ≥5")).isZero();
        assertThat(GoalReader.yearLabel("| 年度绩效目标 | 完成任务 |")).isEqualTo(8);
    }
}
