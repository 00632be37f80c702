package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2: normalised lines → the cells of the table in reading order, one builder per separator style. A cell
 * remembers its line and whether it began a printed line ({@code lineStart}), which the row alignment uses when
 * rows are printed one per line and ignores when they are not.
 */
final class CellGrid {
    private CellGrid() {}

    /** A cell: its text, its line, whether it began a printed line; its header key computed once, when first asked. */
    static final class Cell {
        private final String text;
        private final int line;
        private final boolean lineStart;
        private String key, bare;

        Cell(String text, int line, boolean lineStart) {
            this.text = java.util.Objects.requireNonNull(text);
            this.line = line;
            this.lineStart = lineStart;
        }

        String text() { return text; }

        int line() { return line; }

        boolean lineStart() { return lineStart; }

        boolean empty() { return text.isEmpty(); }

        /** {@link HeaderWords#key} of the text (the readers ask it of every cell, several times). */
        String key() {
            String k = key;
            if (k == null) key = k = HeaderWords.key(text);
            return k;
        }

        /** The key without its colons and * marks (a field or block label: 项目名称：, *年度目标). */
        String bare() {
            String b = bare;
            if (b == null) bare = b = GridTableReader.without(key(), ":*");
            return b;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Cell c && c.line == line && c.lineStart == lineStart && c.text.equals(text);
        }

        @Override public int hashCode() { return java.util.Objects.hash(text, line, lineStart); }

        @Override public String toString() { return "Cell[text=" + text + ", line=" + line + ", lineStart=" + lineStart + "]"; }
    }

    /** The separator style of a run of lines. */
    enum Style { PIPES, PARAGRAPHS, LINES, OTHER }

    static Style style(List<Line> lines) {
        int pipes = 0, content = 0, gaps = 0, singleGaps = 0, run = -1, shortLines = 0;
        for (Line l : lines) {
            if (l.empty()) { if (run >= 0) run++; continue; }
            content++;
            if (l.text().indexOf('|') >= 0) pipes++;
            if (strippedLength(l.text()) <= 40 && l.text().indexOf('\t') < 0) shortLines++;
            if (run >= 0) { gaps++; if (run == 1) singleGaps++; }
            run = 0;
        }
        if (pipes >= 8 && pipes * 4 >= content) return Style.PIPES;
        if (gaps >= 20 && singleGaps * 10 >= gaps * 7) return Style.PARAGRAPHS;
        // a short table (or one cut off early) is one cell per line as well: the choice by score decides
        if (content >= 8 && shortLines * 10 >= content * 8) return Style.LINES;
        return Style.OTHER;
    }

    /** {@code s.strip().length()}, without the copy. */
    private static int strippedLength(String s) {
        int a = 0, b = s.length();
        while (a < b && Character.isWhitespace(s.codePointAt(a))) a += Character.charCount(s.codePointAt(a));
        while (b > a && Character.isWhitespace(s.codePointBefore(b))) b -= Character.charCount(s.codePointBefore(b));
        return b - a;
    }

    static List<Cell> build(Style style, List<Line> lines) {
        List<Cell> raw = style == Style.PIPES ? pipes(lines) : style == Style.OTHER ? List.of() : perLine(lines);
        return mergeBroken(raw);
    }

    /**
     * Pipes: a cell is the text between two pipes. A cell printed over several lines ("项目资金" / "(万元)", or a
     * label one character per line) is joined without a separator; a lone "|" line separates cells, and the pipe
     * that opens a printed row opens no empty cell.
     */
    static List<Cell> pipes(List<Line> lines) {
        // (a pipe row holds several cells: sized for eight a line, the list of a table's cells is seldom copied to grow)
        List<Cell> out = new ArrayList<>(8 * lines.size() + 10);
        // the piece of the cell being read: the text since the last pipe on this line (from), after what earlier lines
        // of the same cell held (carry, already cleaned; null when the cell began on this line). pieceLine < 0 exactly
        // when the piece holds spaces only (it is set at the piece's first other character), i.e. when Cells.clean of
        // the piece is null; a piece of spaces only is nothing, whatever lines it spans. Each cell's text is cut out of
        // its line once (no StringBuilder copy per cell).
        String carry = null;
        int pieceLine = -1;
        boolean pieceLineStart = false;
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            String t = l.text();
            if (between(lines, li)) continue; // text between two pipe rows (附件2, 单位:万元): no cell of the table
            int n = t.length();
            // trimmed.startsWith("|") && trimmed.length() > 1 of trimmed = t.strip(), without the copy
            int a = 0, b = n;
            while (a < b && Character.isWhitespace(t.charAt(a))) a++;
            while (b > a && Character.isWhitespace(t.charAt(b - 1))) b--;
            // a lone "|" that ends the text after a closed row opens the row the text was cut in, not an empty cell (016
            // cut after the pipe that opens its next row read the row before's 分值 as its actual)
            boolean opening = a < b && t.charAt(a) == '|' && (b - a > 1 || cutAfterOpeningPipe(lines, li));
            boolean lineHasCell = false;
            int firstPipe = t.indexOf('|');
            int from = 0;
            // from pipe to pipe (indexOf, not every character): only a piece's first non-space character is looked for
            while (true) {
                int pipe = t.indexOf('|', from);
                int to = pipe < 0 ? n : pipe;
                if (pieceLine < 0) {
                    int k = from;
                    while (k < to && Cells.isSpace(t.charAt(k))) k++;
                    if (k < to) {
                        pieceLine = l.no();
                        pieceLineStart = !lineHasCell;
                    }
                }
                if (pipe < 0) break;
                boolean openingPipe = opening && !lineHasCell && pieceLine < 0 && pipe == firstPipe;
                if (!openingPipe) {
                    String text = pieceLine < 0 ? null : carry == null ? Cells.clean(t, from, pipe) : Cells.clean(carry + t.substring(from, pipe));
                    out.add(new Cell(text == null ? "" : text, pieceLine < 0 ? l.no() : pieceLine, pieceLineStart));
                    lineHasCell = true;
                }
                carry = null;
                pieceLine = -1;
                pieceLineStart = false;
                from = pipe + 1;
            }
            // the line ends inside a cell: its next line continues the cell, with no separator between Chinese text
            if (pieceLine >= 0) carry = carry == null ? Cells.clean(t, from, t.length()) : Cells.clean(carry + t.substring(from));
        }
        if (pieceLine >= 0 && carry != null) out.add(new Cell(carry, pieceLine, pieceLineStart));
        return out;
    }

    /** Whether line i is the text's last, a lone "|", after a line that closes its row with a pipe. */
    private static boolean cutAfterOpeningPipe(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) if (!lines.get(k).text().isBlank()) return false;
        if (i == 0) return false;
        String before = lines.get(i - 1).text().strip();
        return before.length() > 1 && before.charAt(0) == '|' && before.charAt(before.length() - 1) == '|';
    }

    /**
     * Whether line i is text standing after a whole pipe row: no pipe in it, the row before opens and closes with a
     * pipe, and the row after (if any) opens with one. Such a line (a caption such as 附件2 or 单位:万元 between two
     * tables, a heading, a sentence after the table) is not a cell; a cell broken over lines has a pipe after it.
     */
    static boolean between(List<Line> lines, int i) {
        String t = lines.get(i).text();
        if (t.indexOf('|') >= 0 || Cells.isBlank(t)) return false;
        String before = null, after = null;
        for (int k = i - 1; k >= 0 && before == null; k--) if (!lines.get(k).blank()) before = lines.get(k).text().strip();
        for (int k = i + 1; k < lines.size() && after == null; k++) if (!lines.get(k).blank()) after = lines.get(k).text().strip();
        return before != null && before.length() > 1 && before.startsWith("|") && before.endsWith("|")
                && (after == null || after.length() > 1 && after.startsWith("|"));
    }

    /** One cell per line (or per paragraph): a line of spaces only is an empty cell; an empty line separates. */
    static List<Cell> perLine(List<Line> lines) {
        List<Cell> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            if (l.empty() && l.text().isEmpty()) continue;
            String c = Cells.clean(l.text());
            out.add(new Cell(c == null ? "" : c, l.no(), true));
        }
        return out;
    }

    /**
     * A label or header word broken over two or three cells ("数量" / "指标", "偏差原因" / "分析及" / "改进措施") is put
     * back together when the pieces joined are a word of the vocabulary and the first piece alone is not. The halves of a
     * budget word wrapped over two rows (年初 | 预算数, HeaderWords.WRAPPED_TOPS) are not: the budget reader joins a top
     * with the half under it by rows, and a top beside a word of its own row (年初 | 预算数（A） over | 预算数 |) is no
     * broken word.
     */
    static List<Cell> mergeBroken(List<Cell> cells) {
        int n = cells.size();
        List<Cell> out = null; // made at the first join: most grids join nothing, and are returned as they came
        // the key of joined cells is the keys joined (key drops or maps each character alone)
        for (int i = 0; i < n; i++) {
            Cell c = cells.get(i);
            // longest first: 偏差原因 + 分析及 + 改进措施; nothing is joined to an empty next cell
            if (!c.empty() && c.text().length() <= 8 && i + 1 < n && !cells.get(i + 1).empty() && mayBeginKnown(c.key())) {
                String k0 = c.key(), k1 = cells.get(i + 1).key();
                // nothing is joined to an empty third cell either ("执行率 | 得分 | |" is two words, not 执行率得分)
                String k2 = i + 2 < n && !cells.get(i + 2).empty() ? cells.get(i + 2).key() : null;
                boolean three = k2 != null && k0.length() + k1.length() + k2.length() <= KNOWN_MAX && mayEndKnown(k1, k2) && knownJoined(k0, k1, k2);
                boolean two = !three && k0.length() + k1.length() <= KNOWN_MAX && mayEndKnown(k0, k1) && knownJoined(k0, k1, null) && !knownKey(k0);
                // (the wrapped halves asked last: of the few pairs that would join)
                if ((three || two) && !wrappedHalves(k0, k1)) {
                    if (out == null) { out = new ArrayList<>(n); out.addAll(cells.subList(0, i)); }
                    String text = three ? c.text() + cells.get(i + 1).text() + cells.get(i + 2).text() : c.text() + cells.get(i + 1).text();
                    out.add(new Cell(text, c.line(), c.lineStart()));
                    i += three ? 2 : 1;
                    continue;
                }
            }
            if (out != null) out.add(c);
        }
        return out == null ? cells : out;
    }

    /**
     * {@link #knownKey} of the keys joined ({@code k2} may be null), without joining them where the join cannot be known:
     * keys with nothing {@link #undecorated} reads off (no digit, no 效 or 可 to join into 效益效益 or 可持续, no * first,
     * no ) or 等 last) join into a key known only as written, so only when the first key begins a known word. Asked of
     * nearly every row's first cells (产出指标 | 数量指标 | …): one lookup of a key whose hash the String keeps.
     */
    static boolean knownJoined(String k0, String k1, String k2) {
        String last = k2 == null ? k1 : k2;
        if (!k0.isEmpty() && !k1.isEmpty() && !last.isEmpty() && k0.charAt(0) != '*' && last.charAt(last.length() - 1) != ')'
                && last.charAt(last.length() - 1) != '等' && plain(k0) && plain(k1) && (k2 == null || plain(k2))
                && !KNOWN_PREFIXES.contains(k0)) {
            return false;
        }
        return knownKey(k2 == null ? k0 + k1 : k0 + k1 + k2);
    }

    /** No digit, no 效 and no 可 in the key (see {@link #knownJoined}). */
    private static boolean plain(String k) {
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c == '效' || c == '可' || Cells.isDigit(c)) return false;
        }
        return true;
    }

    /** Whether two keys are the top and the bottom half of a budget word wrapped over two rows (年初 | 预算数（A）). */
    private static boolean wrappedHalves(String k0, String k1) {
        return HeaderWords.top(k0) && HeaderWords.wrapped(k0, k1) != null;
    }

    /** No key longer than this is a header word (HeaderWords.column) or a level label (Levels: 16). */
    private static final int KNOWN_MAX = 24;

    /**
     * Whether a key can begin a level label or a header word: the joined keys begin with the first cell's key, so a first
     * cell beginning with no label's or word's first character ("≥95%", "12", most cells) joins to nothing known.
     */
    private static boolean mayBeginKnown(String k0) {
        return !k0.isEmpty() && (Levels.mayBegin(k0.charAt(0)) || HeaderWords.mayBeginIndicatorOrBudgetWord(k0.charAt(0)));
    }

    /**
     * Whether a key can end a level label or a header word, so that keys joined ending with it can be {@link #knownKey}
     * (asked before joining them: most cells end with no such character). A header word matches exactly once a
     * trailing note such as (A) or (%) is dropped; a label ends with 指标 (or 可持续性, 可持续影响) once a weight note
     * (…30分, (50)) and a trailing 等 are dropped.
     */
    static boolean mayEndKnown(String k) {
        return !k.isEmpty() && Vocabulary.in(KNOWN_LASTS, k.charAt(k.length() - 1));
    }

    /**
     * {@link #mayEndKnown} of keys joined ending with {@code before} + {@code last}, where a trailing figure is read off
     * only as a weight note "(30": a key ending with digits can be known only when one to three digits end it and a
     * bracket stands before them (a weight or score cell, "10", joins to nothing known after a label).
     */
    static boolean mayEndKnown(String before, String last) {
        if (!mayEndKnown(last)) return false;
        int n = last.length(), d = 0;
        while (d < n && Cells.isDigit(last.charAt(n - 1 - d))) d++;
        if (d == 0) return true;
        if (d < n) return d <= 3 && last.charAt(n - 1 - d) == '(';
        // the last key is all digits: the bracket (or more digits) must end the key before it
        return d <= 3 && (before.isEmpty() || before.charAt(before.length() - 1) == '(' || Cells.isDigit(before.charAt(before.length() - 1)));
    }

    /** The characters {@link #mayEndKnown} looks for, as a set (a word's last character each, about 90 with repeats: one bit test, not a walk over them). */
    private static final long[] KNOWN_LASTS;
    static {
        StringBuilder sb = new StringBuilder("标性响等)分0123456789０１２３４５６７８９");
        for (var w : HeaderWords.INDICATOR) sb.append(w.text().charAt(w.text().length() - 1));
        for (var w : HeaderWords.BUDGET) sb.append(w.text().charAt(w.text().length() - 1));
        KNOWN_LASTS = Vocabulary.charSet(sb);
    }

    /** Whether a header key (HeaderWords.key of the text) is a level label or an indicator or budget header word. */
    static boolean knownKey(String k) {
        if (k.isEmpty() || k.length() > KNOWN_MAX) return false;
        // a key with nothing Levels or HeaderWords.column would read off (marks, notes, 等, doubled words) is known
        // exactly when it is a label or a word as written: one hash lookup instead of keying it three times again
        return undecorated(k) ? KNOWN.contains(k) : knownKeyRead(k);
    }

    /** Every level label and indicator or budget header word, as written. */
    private static final java.util.Set<String> KNOWN;
    static {
        java.util.Set<String> known = new java.util.HashSet<>(Vocabulary.LEVEL1);
        known.addAll(Vocabulary.LEVEL2.keySet());
        for (var w : HeaderWords.INDICATOR) known.add(w.text());
        for (var w : HeaderWords.BUDGET) known.add(w.text());
        KNOWN = java.util.Set.copyOf(known);
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String w : KNOWN) for (int i = 1; i < w.length(); i++) prefixes.add(w.substring(0, i));
        KNOWN_PREFIXES = java.util.Set.copyOf(prefixes);
    }

    /** Every beginning of a known word as written, shorter than the word ({@link #knownJoined}). */
    private static final java.util.Set<String> KNOWN_PREFIXES;

    /**
     * No leading * and no trailing ) (HeaderWords.column drops those), no digit, no trailing 等, no 效益效益 and no 可持续
     * (Levels reads weight notes, 等, doubled words and the 可持续 forms off a label).
     */
    private static boolean undecorated(String k) {
        char last = k.charAt(k.length() - 1);
        if (k.charAt(0) == '*' || last == ')' || last == '等') return false;
        for (int i = 0; i < k.length(); i++) if (Cells.isDigit(k.charAt(i))) return false;
        return !k.contains("效益效益") && !k.contains("可持续");
    }

    /** {@link #knownKey} by reading the key as Levels and HeaderWords read a cell. */
    static boolean knownKeyRead(String k) {
        if (k.isEmpty() || k.length() > KNOWN_MAX) return false;
        return Levels.level(k) != null || HeaderWords.column(k, HeaderWords.INDICATOR) != null
                || HeaderWords.column(k, HeaderWords.BUDGET) != null;
    }
}
