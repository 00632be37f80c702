package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jixiao.bench.ParserBenchmark;
import org.junit.jupiter.api.Test;

/**
 * {@link Script.Folded#at} gives a kept text back as written by the place it was read from. It answers a run copied as
 * written (no line folded there) from the characters standing in it, and grows a text's runs from their first place,
 * instead of searching the folded text again for every longer run: it must answer exactly as the plain search (kept
 * here as the oracle) on every folded document of the corpus, the held-out set and the rendered documents (a
 * traditional, pinyin-annotated table among simplified ones), for random texts and ranges (seeded).
 */
class ScriptUnfoldTest {

    /** The search as first written: s as a whole, else its longest runs in turn, each looked for again from {@code from}. */
    static String plainAt(Script.Folded f, String s, int from, int to) {
        String text = f.text(), written = f.written();
        int p = plainFind(text, s, from, to);
        if (p >= 0) return written.substring(f.where(p), f.where(p + s.length()));
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int q = plainFind(text, s.substring(i, i + 1), from, to), end = i + 1;
            if (q < 0) {
                if (from > 0 || to < text.length()) return null;
                sb.append(s.charAt(i));
                i++;
                continue;
            }
            for (int r; end < s.length() && (r = plainFind(text, s.substring(i, end + 1), from, to)) >= 0; end++) q = r;
            sb.append(written, f.where(q), f.where(q + end - i));
            i = end;
        }
        return sb.toString();
    }

    private static int plainFind(String text, String s, int from, int to) {
        int p = text.indexOf(s, from);
        return p >= 0 && p + s.length() <= to ? p : -1;
    }

    static List<String> documents() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String set : List.of("corpus", "heldout")) {
            try (Stream<Path> s = Files.list(CorpusScoreTest.dir(set + "/docs"))) {
                for (Path doc : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) docs.add(Files.readString(doc));
            }
        }
        for (String style : RenderedTables.styles()) docs.add(ParserBenchmark.Rendered.text("projects", style));
        docs.add(FoldByPlaceTest.simplified() + "\n" + FoldByPlaceTest.traditional());
        return docs;
    }

    @Test
    void answersAsThePlainSearchOnEveryFoldedDocument() throws IOException {
        Random random = new Random(20261206);
        int folded = 0, compared = 0, changed = 0, inRuns = 0;
        for (String doc : documents()) {
            Script.Folded f = Script.fold(doc);
            if (!f.any()) continue;
            folded++;
            String text = f.text();
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.add(i + 1);
            starts.add(text.length());
            for (int k = 0; k < 3_000; k++) {
                // a range of whole lines (as TextParser's tables are), now and then the whole document or any range
                int a = starts.get(random.nextInt(starts.size())), b = starts.get(random.nextInt(starts.size()));
                int from = Math.min(a, b), to = Math.max(a, b);
                if (random.nextInt(10) == 0) { from = 0; to = text.length(); }
                else if (random.nextInt(10) == 0) { from = random.nextInt(text.length()); to = from + random.nextInt(text.length() - from + 1); }
                // a text: a piece of the folded text, two pieces joined, a piece with a character from elsewhere or none
                int p = random.nextInt(text.length()), len = 1 + random.nextInt(Math.min(30, text.length() - p));
                String s = text.substring(p, p + len);
                int kind = random.nextInt(4);
                if (kind == 1) { int q = random.nextInt(text.length()); s += text.substring(q, Math.min(text.length(), q + 1 + random.nextInt(12))); }
                if (kind == 2) { char[] c = s.toCharArray(); c[random.nextInt(c.length)] = text.charAt(random.nextInt(text.length())); s = new String(c); }
                if (kind == 3) s += "龘";
                String expected = plainAt(f, s, from, to);
                assertThat(f.at(s, from, to)).as("%s in [%d, %d)", s, from, to).isEqualTo(expected);
                compared++;
                if (expected != null && !expected.equals(s)) changed++;
                if (expected != null && plainFind(text, s, from, to) < 0) inRuns++;
            }
        }
        assertThat(folded).as("folded documents").isGreaterThanOrEqualTo(6);
        // the comparison reaches texts given back changed (traditional, annotated) and texts put together from runs
        assertThat(changed).as("texts given back as written differently").isGreaterThan(1_000);
        assertThat(inRuns).as("texts found only as runs").isGreaterThan(1_000);
        assertThat(compared).isGreaterThan(10_000);
    }
}
