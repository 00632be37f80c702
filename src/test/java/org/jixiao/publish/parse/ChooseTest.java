package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** The warning that says which of two readings of a table was kept says why truly: a higher score, less text passed over, or neither. */
class ChooseTest {

    private static Scorecard suining() throws IOException {
        String text = Files.readString(CorpusScoreTest.dir("seeds").resolve("suining-2021-transfer-self-evaluation.txt"));
        return TextParser.parse(text, "suining.txt").tables().get(0);
    }

    @Test
    void equalReadingsKeepTheLineReadingAndSaySoWithoutClaimingMoreCompleteRows() throws IOException {
        Scorecard a = suining(), b = suining();
        List<ParseWarning> said = new ArrayList<>();
        assertThat(TextParser.choose(a, List.of(), b, List.of(), said, 7)).isSameAs(a);
        assertThat(said).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("按行读取", "得分和未读入的文字都相同", "the line reading kept");
            assertThat(w.message()).doesNotContain("较多", "more complete");
        });
    }

    @Test
    void aTieIsBrokenByTheTextPassedOverAndTheWarningSaysSo() throws IOException {
        Scorecard a = suining(), b = suining();
        List<ParseWarning> byLines = List.of(ParseWarning.of(3, "跳过无法识别的行", "unrecognised line skipped"));
        List<ParseWarning> said = new ArrayList<>();
        assertThat(TextParser.choose(a, byLines, b, List.of(), said, 7)).isSameAs(b);
        assertThat(said).last().satisfies(w -> assertThat(w.message()).contains("按单元格网格读取", "得分相同,未读入的文字较少",
                "less text passed over"));
    }
}
