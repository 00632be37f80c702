package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the input (1-based number) and its cells: tab-, pipe- or space-separated; "" marks an empty cell. The
 * cells are split once and kept: several readers ask for them.
 */
final class Line {
    private final int no;
    private final String text;
    private List<String> cells;

    Line(int no, String text) {
        this.no = no;
        this.text = text;
    }

    /** A line whose cells are known (exactly what splitting its text would give). */
    Line(int no, String text, List<String> cells) {
        this.no = no;
        this.text = text;
        this.cells = java.util.Collections.unmodifiableList(cells);
    }

    int no() { return no; }

    String text() { return text; }

    @Override public String toString() { return "Line[" + no + ": " + text + "]"; }

    /** 0 not asked yet, else 1 + (blank ? 1 : 0) + (empty ? 2 : 0): several readers ask of every line, often. */
    private byte spaces;

    private int spaces() {
        if (spaces == 0) {
            boolean blank = Cells.isBlank(text);
            // every white space is a space of Cells.isSpace: a line not blank (nearly every line, told at its first
            // character) is not empty, and its isBlank is not asked
            spaces = (byte) (1 + (blank ? 1 : 0) + (blank && text.isBlank() && text.indexOf('\u00a0') < 0 ? 2 : 0));
        }
        return spaces - 1;
    }

    boolean blank() { return (spaces() & 1) != 0; }

    /** Nothing at all, not even a no-break space: the separator between paragraphs, never an empty cell. */
    boolean empty() { return (spaces() & 2) != 0; }

    boolean tabbed() { return text.indexOf('\t') >= 0; }

    /** The title this line is ({@link Title#of}), or null; asked once: the segmenter and the department reader ask of every line. */
    private String title;
    private boolean titleAsked;

    String title() {
        if (!titleAsked) { title = TextParser.title(text); titleAsked = true; }
        return title;
    }

    /**
     * The cells of the line. Tabs and pipes keep empty cells; with spaces, a cell holding only no-break spaces
     * is the empty cell the web page rendered as "&nbsp;".
     */
    List<String> cells() {
        if (cells == null) cells = split();
        return cells;
    }

    private List<String> split() {
        // indexOf's vector scans: a scan of the line per separator is cheaper than one pass char by char over a long line;
        // each asked once (a tab decides, then a pipe, then a space)
        boolean tab = text.indexOf('\t') >= 0;
        if (tab || text.indexOf('|') >= 0) return java.util.Collections.unmodifiableList(splitCells(tab ? '\t' : '|'));
        if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) {
            // one cell (one cell per line or paragraph: most lines of such a table), not split
            if (text.isEmpty()) return java.util.Collections.emptyList();
            String c = Cells.clean(text);
            return java.util.Collections.singletonList(c == null ? "" : c);
        }
        return java.util.Collections.unmodifiableList(splitSpaces());
    }

    /**
     * The cells between the separators, each cut out of the line once, trimmed (the line's own text is never copied
     * first: a line of pipes is read between its trimmed bounds, its outer pipes left out).
     */
    private List<String> splitCells(char sep) {
        List<String> out = new ArrayList<>();
        int a = 0, b = text.length();
        if (sep == '|') {
            while (a < b && Cells.isSpace(text.charAt(a))) a++;
            while (b > a && Cells.isSpace(text.charAt(b - 1))) b--;
            if (a == b) return out;
            if (text.charAt(a) == '|') a++;
            if (b > a && text.charAt(b - 1) == '|') b--;
        }
        for (int start = a; ; ) {
            int i = text.indexOf(sep, start, b); // the next separator by indexOf's vector scan
            if (i < 0) i = b;
            String c = Cells.clean(text, start, i);
            out.add(c == null ? "" : c);
            if (i == b) return out;
            start = i + 1;
        }
    }

    /** The cells of a line of space rows: runs of separators between them. */
    private List<String> splitSpaces() {
        List<String> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && isSep(text.charAt(i))) i++;
            if (i >= n) break;
            int j = i;
            while (j < n && !isSep(text.charAt(j))) j++;
            String c = Cells.clean(text, i, j); // cut out once, trimmed (not cut out, then trimmed into a copy)
            out.add(c == null ? "" : c);
            i = j;
        }
        return out;
    }

    /** A separator of space rows (a no-break space is a cell's text there). */
    static boolean isSep(char c) { return c == ' ' || c == '\t' || c == '\u3000'; }
}
