package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.jixiao.scorecard.OverallGoal;
import org.junit.jupiter.api.Test;

/**
 * A pipe table's overall goal is read by the column words printed under its label: 预期目标 (or 年度目标) the target,
 * 实际完成情况 the achievement, a 中期目标 beside the 年度目标 neither; a merged cell's empty cells are passed over.
 */
class GoalColumnsTest {

    private static OverallGoal goal(String base) throws IOException {
        String text = Files.readString(CorpusScoreTest.dir("heldout/docs").resolve(base + ".txt"));
        return TextParser.parse(text, base + ".txt").tables().get(0).overallGoal();
    }

    @Test
    void theAchievementUnder实际完成情况IsRead() throws IOException {
        // | 年度总体目标 | 预期目标 | 实际完成情况 | then the two texts, the row broken inside the second
        OverallGoal g = goal("h08_luxi_weijian_jiceng_2022_project_selfeval_pipes_broken");
        assertThat(g.target()).startsWith("改善乡镇卫生院和村卫生室基础设施条件");
        assertThat(g.achievement()).startsWith("完成8个乡镇卫生院设备购置和12个村卫生室").endsWith("63.2%。");
    }

    @Test
    void mergedEmptyCellsBetweenTheColumnWordsArePassedOver() throws IOException {
        // | 年度总体目标 | 预期目标 | | | 实际完成情况 | | | | — the texts under them likewise
        OverallGoal g = goal("h04_pingjiang_weijian_2023_dept_selfeval_pipes_yuan");
        assertThat(g).isNotNull();
        assertThat(g.target()).startsWith("完成基本公共卫生服务项目");
        assertThat(g.achievement()).startsWith("全年完成基本公共卫生服务各项任务");
    }

    @Test
    void theYearsTargetNotTheMidTermOne() throws IOException {
        // | 总体目标 | 中期目标（2024年-2025年） | | | 年度目标 | — a target table: no achievement
        OverallGoal g = goal("h18_yuexi_shuili_shuiku_2024_project_targets_midterm_pipes_broken");
        assertThat(g.target()).startsWith("完成7座小型病险水库主体工程除险加固");
        assertThat(g.achievement()).isNull();
    }
}
