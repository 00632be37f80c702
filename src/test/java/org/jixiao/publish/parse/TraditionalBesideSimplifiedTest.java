package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A converted (traditional) table on the same page as a simplified one: corpus 001 and 002 (untitled, one cell per
 * line) beside held-out simplified tables printed with their page's header (首页 > …, a heading with 项目, 发布时间 …).
 * The traditional lines are folded as when alone, whichever table comes first: a simplified form standing only in
 * simplified lines (示范项目 in the next page's heading) no longer keeps 項 as written in the traditional table above
 * it — it did (項目名称), its indicator header was not found and its table was lost.
 */
class TraditionalBesideSimplifiedTest {
    static final List<String> TRADITIONAL = List.of("001_xuanzhou_yibao_shangcan_project_targets",
            "002_qingyang_yibao_jijinjianguan_project_targets");
    static final List<String> SIMPLIFIED = List.of("h45_tianshui_shangwu_dianshang_2024_project_targets_spaces",
            "h58_jian_gongxiaoshe_fazhan_2023_transfer_selfeval_spaces_ranges",
            "h72_sanming_yibao_nengli_2024_regional_targets_spaces_budget_left");

    @Test
    void theTraditionalLinesAreFoldedAsWhenAloneInEitherOrder() throws IOException {
        for (String t : TRADITIONAL) {
            String traditional = corpus(t), alone = Script.fold(traditional).text();
            assertThat(alone).contains("项目名称").doesNotContain("項");
            for (String s : SIMPLIFIED) {
                String simplified = heldOut(s);
                assertThat(Script.fold(traditional + "\n\n" + simplified).text()).as(t + " then " + s)
                        .isEqualTo(alone + "\n\n" + simplified);
                assertThat(Script.fold(simplified + "\n\n" + traditional).text()).as(s + " then " + t)
                        .isEqualTo(simplified + "\n\n" + alone);
            }
        }
    }

    /**
     * Read: the traditional table is found and reads its rows as alone, the simplified one after it reads as alone. (The
     * page header of the simplified table, standing under the untitled traditional one, is read as that table's last
     * row or as its last row's empty target: a row-reading matter, not the fold's — so the traditional table's rows are
     * compared by their levels and names, as written.)
     */
    @Test
    void aTraditionalTableAboveASimplifiedPageIsFoundAndReadAsAlone() throws IOException {
        for (String t : TRADITIONAL) {
            String traditional = corpus(t);
            Scorecard alone = TextParser.parse(traditional, "a").tables().get(0);
            for (String s : SIMPLIFIED) {
                String simplified = heldOut(s);
                List<Scorecard> both = TextParser.parse(traditional + "\n\n" + simplified, "both").tables();
                assertThat(both).as(t + " then " + s).hasSize(2);
                List<Indicator> rows = both.get(0).indicators();
                assertThat(rows).as(t).hasSizeGreaterThanOrEqualTo(alone.indicators().size());
                for (int i = 0; i < alone.indicators().size(); i++) {
                    assertThat(rows.get(i).level2()).as(t + " row " + i).isEqualTo(alone.indicators().get(i).level2());
                    assertThat(rows.get(i).name()).as(t + " row " + i).isEqualTo(alone.indicators().get(i).name());
                }
                assertThat(both.get(1)).as(s).isEqualTo(TextParser.parse(simplified, "s").tables().get(0));
            }
        }
    }

    private static String corpus(String name) throws IOException {
        return Files.readString(CorpusScoreTest.dir("corpus/docs").resolve(name + ".txt"));
    }

    private static String heldOut(String name) throws IOException {
        return Files.readString(CorpusScoreTest.dir("heldout/docs").resolve(name + ".txt"));
    }
}
