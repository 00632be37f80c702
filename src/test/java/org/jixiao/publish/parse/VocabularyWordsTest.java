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

    /**
     * {@link Vocabulary.Words#in} says whether any word of the list is written in a text, as a search for each word does
     * (Fields.hasLabel, TextParser.form's words of what was done), and {@link Vocabulary#province} names the first province
     * of the list that the first naming text contains, as a search for each province did: every corpus and held-out line,
     * and seeded random texts that name none, one or several provinces.
     */
    @Test
    void anyWordAndProvinceAsTheSearchForEachWord() throws IOException {
        List<String> lines = RealLines.of("corpus/docs", "heldout/docs");
        java.util.Random random = new java.util.Random(20261207);
        List<String> pieces = new ArrayList<>(List.of("局", "县", "市", "省", "自治区", "项目名称", "完成", "执行", " ", "2023年"));
        for (String p : Vocabulary.PROVINCES) { pieces.add(p); pieces.add(p.substring(0, 2)); pieces.add(p.substring(1)); }
        for (String l : Fields.LABELS) { pieces.add(l); pieces.add(l.substring(1)); }
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) b.append(pieces.get(random.nextInt(pieces.size())));
            lines.add(b.toString());
        }
        List<List<String>> lists = List.of(Fields.LABELS, Vocabulary.LABELS, Vocabulary.PROVINCES,
                List.of("实际完成", "完成值", "完成情况", "执行数", "执行率", "得分", "自评"));
        int hits = 0;
        for (List<String> list : lists) {
            Vocabulary.Words words = Vocabulary.words(list);
            for (String line : lines) {
                boolean want = list.stream().anyMatch(line::contains);
                assertThat(words.in(line)).as(line).isEqualTo(want);
                if (want) hits++;
            }
        }
        assertThat(hits).as("texts that hold a word").isGreaterThan(10_000);
        int named = 0;
        for (int k = 0; k + 2 < lines.size(); k += 3) {
            String[] texts = {lines.get(k), null, lines.get(k + 1), lines.get(k + 2)};
            String want = null;
            for (String t : texts) {
                if (t == null || want != null) continue;
                for (String p : Vocabulary.PROVINCES) if (t.contains(p)) { want = p; break; }
            }
            assertThat(Vocabulary.province(texts)).as(String.join(" / ", java.util.Arrays.asList(texts).toString())).isEqualTo(want);
            if (want != null) named++;
        }
        assertThat(named).as("text groups that name a province").isGreaterThan(1_000);
    }
}
