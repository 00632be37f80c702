package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import org.jixiao.scorecard.OverallGoal;
import org.junit.jupiter.api.Test;

/**
 * The overall goal under its column heads: each text is the head's above it — 中期目标 is not the year's (h02), 年初设定目标
 * or 预期目标 heads the target and (全年)实际完成情况 the achievement (h01 h21 006), a merged head printed in each of its
 * cells is one (h21), and a numbered list goes on over its lines (h35 019: 1.… 2.… 3.…, 目标1 目标2 目标3) until the
 * numbering starts again under the next head. Read by lines (GoalReader) and by the grid (GridTableReader) alike.
 */
class GoalHeadsTest {

    static OverallGoal goal(String text) {
        return single(TextParser.parse(text, "goal.txt")).overallGoal();
    }

    @Test
    void theMidTermTargetIsNotTheYearsInEitherOrder() throws IOException {
        String h02 = heldOut("h02");
        String year = "保障市级医保信息平台全年稳定运行,完成医保电子凭证、移动支付应用推广,按时完成国家编码标准动态维护。";
        String mid = "完成医保信息平台运维保障,实现医保业务全流程线上办理,提升医保数据安全与治理能力。";
        assertThat(goal(h02)).isEqualTo(new OverallGoal(year, null));
        // the 年度 column printed first
        String swapped = h02.replace("总体目标\t中期目标(2024年-2026年)\t年度目标", "总体目标\t年度目标\t中期目标(2024年-2026年)")
                .replace("\t" + mid + "\t" + year, "\t" + year + "\t" + mid);
        assertThat(swapped).isNotEqualTo(h02);
        assertThat(goal(swapped)).isEqualTo(new OverallGoal(year, null));
    }

    @Test
    void aMergedHeadPrintedInEachOfItsCellsIsOne() throws IOException {
        OverallGoal g = goal(heldOut("h21"));
        assertThat(g.target()).isEqualTo("资助家庭经济困难普通高中学生，平均资助标准每生每年2000元，确保应助尽助。");
        assertThat(g.achievement()).isEqualTo("全年资助普通高中家庭经济困难学生6342人，资金全部按时足额发放到学生手中。");
    }

    @Test
    void aNumberedListGoesOnOverItsLinesUnderEachHead() throws IOException {
        String h35 = heldOut("h35");
        OverallGoal g = goal(h35);
        assertThat(g.target()).isEqualTo("1.城镇新增就业1800人以上；\n2.发放创业担保贷款2000万元；\n3.基本养老保险参保率稳定在95%以上。");
        assertThat(g.achievement()).isEqualTo("1.城镇新增就业1936人；\n2.发放创业担保贷款2350万元；\n3.基本养老保险参保率96.2%。");
        // numbered 一、二、三、 as well
        String chinese = h35.replace("1.城镇", "一、城镇").replace("2.发放", "二、发放").replace("3.基本", "三、基本");
        assertThat(goal(chinese).target()).startsWith("一、城镇新增就业1800人以上；\n二、").endsWith("三、基本养老保险参保率稳定在95%以上。");
        // by lines: the targets numbered 目标1 目标2, the achievement one paragraph (h01)
        OverallGoal h01 = goal(heldOut("h01"));
        assertThat(h01.target()).startsWith("目标1:").contains("\n目标2:").doesNotContain("全年资助");
        assertThat(h01.achievement()).startsWith("全年资助参保困难群众2.13万人");
    }
}
