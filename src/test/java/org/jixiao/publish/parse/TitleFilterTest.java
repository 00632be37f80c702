package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Title#of} is asked of every line of every document: a line where no title word can stand is passed over before
 * it is copied and searched ({@link Title#mayHoldWord}). The quick test never says no where the title words' regex
 * finds one: every line of the corpus, the held-out set and the seeds, and random lines of title words, their pieces
 * and table words (seeded).
 */
class TitleFilterTest {
    @Test
    void theQuickTestSaysYesWhereverTheRegexFindsATitleWord() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String set : List.of("corpus/docs", "heldout/docs", "seeds")) {
            try (Stream<Path> s = Files.list(CorpusScoreTest.dir(set))) {
                for (Path doc : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) lines.addAll(Files.readString(doc).lines().toList());
            }
        }
        String[] words = {"绩效目标自评表", "绩效自评表", "整体绩效目标表", "绩效目标表", "绩效目标申报表", "绩效评价指标表", "绩效", "目标", "表",
                "自评", "评表", "标表", "报表", "指标", "申报", "(2023年度)", "(一)", "（12）", "|", " ", "　", "项目", "名称:", "1、", "统计表",
                "附表", "评价", "。", "2022年度", "a"};
        Random random = new Random(20261206);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k >= 0; k--) b.append(words[random.nextInt(words.length)]);
            lines.add(b.toString());
        }
        int titles = 0, passedOver = 0;
        for (String line : lines) {
            boolean regex = Title.WORDS.matcher(line).find();
            if (regex) assertThat(Title.mayHoldWord(line)).as(line).isTrue();
            else if (!Title.mayHoldWord(line)) passedOver++;
            if (Title.of(line) != null) titles++;
        }
        assertThat(titles).as("lines read as titles").isGreaterThan(10_000);
        assertThat(passedOver).as("lines passed over at once").isGreaterThan(50_000);
        // a real title in a pipe row, and a line with 表 but no title word
        assertThat(Title.of("| 项目支出绩效目标表 | | |")).isEqualTo("项目支出绩效目标表");
        assertThat(Title.mayHoldWord("附表1:部门预算收支总表")).isFalse();
    }
}
