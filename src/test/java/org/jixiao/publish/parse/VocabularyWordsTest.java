package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Vocabulary.Words} finds, at every place, the word a search of the whole list in its order finds (the rule it
 * replaced in DocumentSite, IndicatorReader and Cells.comparatorAt, and its first-two-characters filter): every place of
 * every corpus and held-out line, and seeded random text drawn from the words, their pieces and table text.
 */
class VocabularyWordsTest {

    /** The plain rule: the first word of the list written at i. */
    private static String plain(List<String> words, String s, int i) {
        for (String w : words) if (s.startsWith(w, i)) return w;
        return null;
    }

    @Test
    void findsTheWordTheOrderedSearchFindsEverywhere() throws IOException {
        List<String> lines = RealLines.of("corpus/docs", "heldout/docs");
        List<List<String>> lists = List.of(Vocabulary.COMPARATOR_WORDS, Vocabulary.LABELS,
                List.of("说明", "注:", "注：", "附件", "联系人", "填报人", "联系电话", "本站", "本文档", "本文库", "下载", "下载后"),
                // words of one character among longer ones (DocumentSite's cues): the two-character filter passes over none
                List.of("资源ID", ".", "下载后", ">", "格", "格式", "剩", "本站"));
        java.util.Random random = new java.util.Random(20261206);
        List<String> pieces = new ArrayList<>(List.of("≥", "95%", " ", "指标", "a", "。", "不", "下", "本"));
        for (List<String> l : lists) for (String w : l) { pieces.add(w); pieces.add(w.substring(0, 1)); pieces.add(w.substring(1)); }
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) b.append(pieces.get(random.nextInt(pieces.size())));
            lines.add(b.toString());
        }
        int found = 0;
        for (List<String> list : lists) {
            Vocabulary.Words words = Vocabulary.words(list);
            for (String line : lines) {
                for (int i = 0; i <= line.length(); i++) {
                    String want = plain(list, line, i);
                    assertThat(words.at(line, i)).as(line + " @" + i).isEqualTo(want);
                    if (i < line.length()) assertThat(words.mayBegin(line.charAt(i)) || want == null).isTrue();
                    if (want != null) found++;
                }
            }
        }
        assertThat(found).as("places where a word stands").isGreaterThan(10_000);
        // the level labels IndicatorReader looks for where a cell begins: the first of LABELS (in order) that is a level's
        List<String> levels = Vocabulary.LABELS.stream()
                .filter(l -> Vocabulary.LEVEL1.contains(l) || Vocabulary.LEVEL2.containsKey(l)).toList();
        int levelFound = 0;
        for (String line : lines) {
            for (int i = 0; i <= line.length(); i++) {
                String want = plain(levels, line, i);
                assertThat(Vocabulary.LEVEL_LABELS.at(line, i)).as(line + " @" + i).isEqualTo(want);
                if (want != null) levelFound++;
            }
        }
        assertThat(levelFound).as("places where a level label stands").isGreaterThan(1_000);
    }
}
