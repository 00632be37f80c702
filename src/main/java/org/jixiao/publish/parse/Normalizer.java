package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Per-line clean-up before reading: page furniture out, labels written "产 出 指 标" put back together. */
final class Normalizer {
    private Normalizer() {}

    private static final List<Pattern> SPACED_LABELS = new ArrayList<>();
    private static final List<String> SPACED_TARGETS = new ArrayList<>();
    static {
        for (String l : Vocabulary.LABELS) {
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < l.length(); i++) {
                if (i > 0) re.append("[ \\u00a0\\u3000]");
                re.append(Pattern.quote(String.valueOf(l.charAt(i))));
            }
            SPACED_LABELS.add(Pattern.compile(re.toString()));
            SPACED_TARGETS.add(l);
        }
    }

    /** Three Han characters with one space after each of the first two ("产 出 指"): a label of the vocabulary may be spaced out. */
    static boolean spaced(String s) {
        int run = 0; // Han characters in a row, each followed by one space
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Script.isHan(c)) { run = 0; continue; }
            if (run == 2) return true;
            run = i + 1 < s.length() && isSpace(s.charAt(i + 1)) ? run + 1 : 0;
            if (run > 0) i++;
        }
        return false;
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\u00a0' || c == '\u3000'; }

    /** Whether the first character after the regex's white space (\\s) is a dash. */
    private static boolean dashFirst(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') continue;
            return c == '-' || c == '—';
        }
        return false;
    }

    /** Where a document site's chunks begin, or -1: {@link DocumentSite#start} (the rule by class lives there). */
    static int documentSite(String text) {
        return DocumentSite.start(text);
    }

    /** The length of a site's chunk counter beginning {@code raw}, or 0: {@link DocumentSite#counter}. */
    static int chunkCounter(String raw, int expected) {
        return DocumentSite.counter(raw, expected);
    }

    /**
     * Whether the text after a chunk counter continues the line before it: the site broke one word (参保群众满意 / 度),
     * Chinese text on both sides, the line before a short one (a line of rows or cells, not a glued run).
     */
    static boolean continues(String before, String rest) {
        if (before == null || before.isEmpty() || rest.isEmpty() || before.length() > 200) return false;
        return Script.isHan(before.charAt(before.length() - 1)) && Script.isHan(rest.charAt(0));
    }

    /** {@link #cues} bits: the text holds a zero-width character, a page word (页, Page), a dash. */
    static final int ZERO_WIDTH = 1, PAGE_WORD = 2, DASH = 4, ALL = 7;

    /**
     * What {@link #line} may find in the lines of {@code text}, asked of the whole text once (a few vector scans): a
     * clean-up whose cue stands nowhere in the document is asked of none of its lines (each line is a piece of the text;
     * most documents hold none of them). A spaced label is still looked for line by line: a scan of the whole text for
     * one costs more than the lines with a space cost.
     */
    static int cues(String text) {
        int cues = 0;
        if (text.indexOf('\u200b') >= 0 || text.indexOf('\ufeff') >= 0) cues |= ZERO_WIDTH;
        if (text.indexOf('页') >= 0 || text.indexOf("Page") >= 0) cues |= PAGE_WORD;
        if (text.indexOf('-') >= 0 || text.indexOf('—') >= 0) cues |= DASH;
        return cues;
    }

    static String line(String raw) {
        return line(raw, ALL);
    }

    /** The line cleaned, asking only what {@link #cues} of its document found (the same String when nothing changes). */
    static String line(String raw, int cues) {
        String s = raw;
        if ((cues & ZERO_WIDTH) != 0 && (s.indexOf('\u200b') >= 0 || s.indexOf('\ufeff') >= 0)) s = s.replace("\u200b", "").replace("\ufeff", "");
        // without 页 or Page, only a line that is a page number between dashes ("- 3 -", a PDF's "— 3 —") can be furniture
        if ((cues & PAGE_WORD) != 0 && (s.indexOf('页') >= 0 || s.indexOf("Page") >= 0)
                || (cues & DASH) != 0 && (s.indexOf('-') >= 0 || s.indexOf('—') >= 0) && dashFirst(s)) {
            s = Vocabulary.PAGE_FURNITURE.matcher(s).replaceAll(" ");
        }
        // a spaced label has a space after its characters: a line without one (one cell per line or paragraph: nearly
        // every line) is not scanned character by character for one
        if ((s.indexOf(' ') >= 0 || s.indexOf('\u00a0') >= 0 || s.indexOf('\u3000') >= 0) && spaced(s)) {
            for (int i = 0; i < SPACED_LABELS.size(); i++) {
                String label = SPACED_TARGETS.get(i);
                // a label is looked for only where its first and last characters both stand in the line
                if (s.indexOf(label.charAt(0)) < 0 || s.indexOf(label.charAt(label.length() - 1)) < 0) continue;
                s = SPACED_LABELS.get(i).matcher(s).replaceAll(label);
            }
        }
        return s;
    }
}
