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

    /**
     * A target table's goal of numbered items with a space between them (h187 glued: 年度总体目标目标1：…。 目标2：…。): the
     * list goes on, so it is one target — before, the space was read as the cell break between a target and an achievement
     * the form does not have. Left alone: two cells whose second begins the numbering again, or is not numbered, are the
     * target and what was done.
     */
    @Test
    void numberedItemsThatGoOnAreOneGoal() {
        String head = "2024年市级城市提升补助资金区域绩效目标表\n";
        String rows = "\n一级指标二级指标三级指标年度指标值\n产出指标数量指标新增公共停车泊位≥600个\n";
        OverallGoal one = TextParser.parse(head + "年度总体目标目标1：完成人行道整治8.5万平方米以上。 目标2：市民满意度达到90%以上。" + rows, "g.txt")
                .tables().get(0).overallGoal();
        assertThat(one.target()).startsWith("目标1：完成人行道整治").contains("目标2：市民满意度达到90%以上。");
        assertThat(one.achievement()).isNull();
        OverallGoal two = TextParser.parse(head + "年度总体目标1.完成人行道整治8.5万平方米。 1.完成人行道整治8.6万平方米。" + rows, "g.txt")
                .tables().get(0).overallGoal();
        assertThat(two.target()).isEqualTo("1.完成人行道整治8.5万平方米。");
        assertThat(two.achievement()).isEqualTo("1.完成人行道整治8.6万平方米。");
    }
}
