package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A table printed without a title above a titled one (a page that pastes an untitled table, then a titled form) is a
 * table of the document: it was dropped whenever any title followed it (the 17-table rendered benchmark read 14). Real
 * tables: held-out h59 (pipes) and h61 (spaces) with their title lines taken out, each followed by a titled held-out
 * table (h45 spaces, h46 pipes); each must read as it reads alone.
 */
class UntitledFirstTableTest {

    @Test
    void anUntitledTableAboveATitledOneIsReadAsItReadsAlone() throws IOException {
        for (String untitled : new String[] {"heldout/docs/h59_shijiazhuang_shenji_yewu_2023_project_selfeval_pipes.txt",
                "heldout/docs/h61_huhehaote_yibao_nengli_2023_transfer_selfeval_spaces.txt"}) {
            for (String titled : new String[] {"heldout/docs/h45_tianshui_shangwu_dianshang_2024_project_targets_spaces.txt",
                    "heldout/docs/h46_qilin_tongji_jingjipucha_2023_project_selfeval_pipes_merged_empty.txt"}) {
                String first = untitled(text(untitled));
                ParsedDocument a = TextParser.parse(first, "a"), b = TextParser.parse(text(titled), "b");
                assertThat(a.tables()).hasSize(1);
                assertThat(a.tables().get(0).title()).isNull();
                assertThat(b.tables()).hasSize(1);
                ParsedDocument both = TextParser.parse(first + "\n\n" + text(titled), "both");
                assertThat(both.tables()).as(untitled + " + " + titled).hasSize(2);
                assertThat(both.tables().get(0).indicators()).as(untitled).isEqualTo(a.tables().get(0).indicators());
                assertThat(both.tables().get(1).title()).isEqualTo(b.tables().get(0).title());
                assertThat(both.tables().get(1).indicators()).as(titled).isEqualTo(b.tables().get(0).indicators());
            }
        }
    }

    /** The text without its title lines (a table whose heading the page printed elsewhere). */
    static String untitled(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) if (Title.of(line) == null) out.append(line).append('\n');
        return out.toString();
    }

    static String text(String resource) throws IOException {
        try (InputStream in = UntitledFirstTableTest.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
