package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reading a line gives what the plain rules give: {@link Normalizer#line}, which tries a clean-up only where the
 * characters it needs stand, what every clean-up tried on every line gives; {@link Line#cells}, read between offsets, what
 * splitting copies of the line gives. Every line of the corpus, held-out and seed documents, and seeded random lines
 * made of the characters each rule turns on.
 */
class LineReadingTest {

    private static List<String> lines() throws IOException {
        return RealLines.of("corpus/docs", "heldout/docs", "seeds");
    }

    private static List<String> random(String[] pieces, int count) {
        java.util.Random random = new java.util.Random(20261206);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            out.add(b.toString());
        }
        return out;
    }

    /** Each label written with a space of any kind between its characters. */
    private static final List<Pattern> SPACED = Vocabulary.LABELS.stream().map(label -> {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            if (i > 0) re.append("[ \\u00a0\\u3000]");
            re.append(Pattern.quote(String.valueOf(label.charAt(i))));
        }
        return Pattern.compile(re.toString());
    }).toList();

    /** Every clean-up on every line, none passed over: zero-width characters out, page furniture out, spaced labels joined. */
    private static String everyCleanUp(String raw) {
        String s = raw.replace("\u200b", "").replace("\ufeff", "");
        s = Vocabulary.PAGE_FURNITURE.matcher(s).replaceAll(" ");
        for (int i = 0; i < SPACED.size(); i++) s = SPACED.get(i).matcher(s).replaceAll(Vocabulary.LABELS.get(i));
        return s;
    }

    @Test
    void normalisingInOnePassGivesWhatEveryCleanUpGives() throws IOException {
        List<String> lines = lines();
        lines.addAll(random(new String[] {"页", "第", "共", " ", "\u00a0", "\u3000", "\t", "3", "12", "-", "—", "Page", "Pa", "ge", " of ",
                "\u200b", "\ufeff", "产", "出", "指", "标", "产 出 指 标", "质 量 指 标", "年 度 指 标 值", "，", "/", "a", "项目"}, 30_000));
        int changed = 0;
        for (String line : lines) {
            String want = everyCleanUp(line);
            assertThat(Normalizer.line(line)).as(line).isEqualTo(want);
            if (!want.equals(line)) changed++;
        }
        assertThat(changed).as("lines a clean-up changed").isGreaterThan(1_000);
    }

    /** The cells as split before: copies of the line trimmed and cut, then each cell cut out of them. */
    private static List<String> splitByCopies(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('\t') < 0 && text.indexOf('|') < 0 && text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) {
            if (text.isEmpty()) return out;
            String c = Cells.clean(text);
            return List.of(c == null ? "" : c);
        }
        if (text.indexOf('\t') >= 0 || text.indexOf('|') >= 0) {
            char sep = text.indexOf('\t') >= 0 ? '\t' : '|';
            String t = text;
            if (sep == '|') {
                t = Cells.clean(t);
                if (t == null) return out;
                if (t.startsWith("|")) t = t.substring(1);
                if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
            }
            for (String part : t.split(Pattern.quote(String.valueOf(sep)), -1)) {
                String c = Cells.clean(part);
                out.add(c == null ? "" : c);
            }
            return out;
        }
        for (String part : text.split("[ \t\u3000]+")) {
            if (part.isEmpty()) continue;
            String c = Cells.clean(part);
            out.add(c == null ? "" : c);
        }
        return out;
    }

    @Test
    void cellsReadBetweenOffsetsAreTheCellsSplitFromCopies() throws IOException {
        List<String> lines = lines();
        lines.addAll(random(new String[] {"|", "||", " | ", "\t", "\t\t", " ", "  ", "\u3000", "\u00a0", "\u00a0\u00a0", "\u200b", "指标",
                "95%", "a", "≥3次", "\ufeff", " |", "| "}, 50_000));
        int multi = 0;
        for (String line : lines) {
            List<String> want = splitByCopies(line);
            assertThat(new Line(1, line).cells()).as("[" + line + "]").containsExactlyElementsOf(want);
            if (want.size() > 1) multi++;
        }
        assertThat(multi).as("lines of several cells").isGreaterThan(10_000);
    }
}
