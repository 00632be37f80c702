package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.junit.jupiter.api.Test;

/** Issue 11: a published table's own 得分 column against the computed score, row by row, with the reason. */
class PublishedScoresTest {

    private static Scorecard corpus(String name) throws IOException {
        try (InputStream in = PublishedScoresTest.class.getResourceAsStream("/corpus/expected/" + name + ".json")) {
            return ScorecardJson.readTables(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getFirst();
        }
    }

    @Test
    void everyRowWithAPublishedScoreIsComparedAndEveryDifferenceExplained() throws IOException {
        for (String name : List.of("014_longyang_huafei_2022_project_selfeval", "010_yongde_minglang_yingyang_2022_project_selfeval")) {
            Scorecard s = corpus(name);
            SelfEvaluation e = Scorer.evaluate(s);
            PublishedScores.Comparison c = PublishedScores.compare(s, e);
            long withScore = s.indicators().stream().filter(i -> i.score() != null).count();
            assertThat(c.rows()).as(name).hasSize((int) withScore);
            for (PublishedScores.Row r : c.rows()) {
                assertThat(r.difference()).isEqualByComparingTo(r.published().subtract(r.computed()));
                assertThat(r.agrees()).isEqualTo(r.difference().signum() == 0);
                if (!r.agrees()) assertThat(r.why()).as(name + " " + r.name()).isNotEqualTo("一致").contains("表中");
            }
            System.out.println(name + ": " + c.differing() + " of " + c.rows().size() + " differ");
            c.rows().stream().filter(r -> !r.agrees()).limit(3).forEach(r -> System.out.println("  " + r.name() + ": " + r.why()));
        }
    }

    @Test
    void theReasonNamesRoundingDiscretionaryFullMarksOrAProportionalShortfall() {
        Scorecard s = Rows.card(Rows.budget("100", "100"),
                Rows.row("产出指标", "培训次数", "≥10次", "8次", "10").withScore(new java.math.BigDecimal("10")),
                Rows.row("产出指标", "覆盖率", "≥90%", "89%", "10").withScore(new java.math.BigDecimal("9.9")),
                Rows.row("产出指标", "检查家数", "≥300家", "150家", "10").withScore(new java.math.BigDecimal("8")),
                Rows.row("效益指标", "满意度", "≥90%", "95%", "10").withScore(new java.math.BigDecimal("10")));
        PublishedScores.Comparison c = PublishedScores.compare(s, Scorer.evaluate(s, Rows.national()));
        assertThat(c.rows()).extracting(PublishedScores.Row::why).satisfiesExactly(
                why -> assertThat(why).startsWith("表中酌情给了满分10.00").contains("8/10"),
                why -> assertThat(why).startsWith("本地取整：表中得分9.90为计算得分9.89取整的结果"),
                why -> assertThat(why).startsWith("表中得分8.00；按规则未完成部分按比例计分").contains("150/300"),
                why -> assertThat(why).isEqualTo("一致"));
        assertThat(c.differing()).isEqualTo(3);
    }

    @Test
    void aTableWithScoresButNoWeightsSaysTheWeightsDiffer() throws IOException {
        // 龙洋 2022: 得分 15, 5, 5 … printed without a 分值 column; the rules derive the weights themselves
        Scorecard s = corpus("014_longyang_huafei_2022_project_selfeval");
        PublishedScores.Comparison c = PublishedScores.compare(s, Scorer.evaluate(s));
        assertThat(c.rows()).filteredOn(r -> !r.agrees()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.why()).startsWith("表中未列分值，其得分" + Numbers.points(r.published()))
                    .contains("按规则推算分值为" + Numbers.points(r.weight()));
            assertThat(r.whyEn()).contains("states no weight");
        });
    }
}
