package org.jixiao.publish.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as .html, as the text reader reads a published table: each table row a pipe row (a cell merged
 * across columns once, a cell merged down printed in its first row and empty below — as {@code XlsxImporter} prints a
 * sheet), every other block of text a line of its own; tags, scripts, styles and comments gone, character references
 * decoded. Without this the reader took the page's markup as text ("<h1>" in a title, "</th><td>" before a project).
 */
public final class HtmlText {
    private HtmlText() {}

    private static final Pattern START = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|table)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROPPED = Pattern.compile(
            "<!--.*?-->|<![^>]*>|<\\?[^>]*>|<(script|style|head|noscript|template)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // possessive: a long attribute (an inline style, a data: URI) is consumed without backtracking or deep recursion
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*+)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>");
    private static final Pattern SPAN = Pattern.compile("\\b(rowspan|colspan)\\s*=\\s*[\"']?\\s*(\\d{1,6})", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "table", "section", "article", "header", "footer", "title", "caption", "blockquote", "pre", "dd", "dt",
            "hr", "form", "center", "nav", "main", "aside");

    /** Whether a decoded file is a web page: it begins (after a comment or a BOM) with its doctype or a page tag. */
    static boolean isHtml(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return START.matcher(head.startsWith("\uFEFF") ? head.substring(1) : head).find();
    }

    /**
     * Whether a file is read as a web page: its text begins as a page does, or it is named as one (.html, .htm) and
     * begins with a tag (a page saved as a fragment, <div>…). The one decision for the CLI, the API and the upload page.
     */
    public static boolean isPage(String fileName, String text) {
        if (isHtml(text)) return true;
        if (fileName == null || !PAGE_NAME.matcher(fileName).find()) return false;
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        // a plain text named .html is read as text: without tags its lines would run together
        return i + 1 < t.length() && t.charAt(i) == '<' && (Character.isLetter(t.charAt(i + 1)) || t.charAt(i + 1) == '!');
    }

    private static final Pattern PAGE_NAME = Pattern.compile("(?i)\\.html?$");

    /** A file's decoded text as the reader reads it: a web page's text and table rows, anything else as it is. */
    public static String readable(String fileName, String text) {
        return isPage(fileName, text) ? of(text) : text;
    }

    static String of(String html) {
        String page = DROPPED.matcher(html).replaceAll(" ");
        Out out = new Out();
        Matcher m = TAG.matcher(page);
        int at = 0;
        while (m.find()) {
            out.text(page.substring(at, m.start()));
            at = m.end();
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean close = !m.group(1).isEmpty();
            switch (name) {
                case "tr" -> { if (close) out.endRow(); else out.startRow(); }
                case "td", "th" -> { if (close) out.endCell(); else out.startCell(m.group(3)); }
                case "br" -> out.breakLine();
                default -> { if (BLOCKS.contains(name)) out.block(); }
            }
        }
        out.text(page.substring(at));
        out.endRow();
        out.block();
        return out.toString();
    }

    /** The text as it is written out: lines, and the open table row with its cells placed in columns. */
    private static final class Out {
        final StringBuilder text = new StringBuilder();
        final StringBuilder line = new StringBuilder();
        /** Cells merged down from a row above, by their first column: {rows still covered, columns wide}. */
        final Map<Integer, int[]> coveredBelow = new HashMap<>();
        List<String> row;
        int column;
        StringBuilder cell;

        void text(String raw) {
            if (raw.isEmpty()) return;
            String t = entities(raw).replaceAll("[\\s\\u00a0]+", " ");
            if (cell == null && row != null && !t.isBlank()) startCell(""); // text in a row outside its cells: kept, as a cell
            if (cell != null) cell.append(t);
            else if (row == null) line.append(t);
            // white space between the cells of a row is the markup's, not a cell
        }

        void breakLine() {
            if (cell != null) cell.append(' ');
            else if (row == null) block();
        }

        void block() {
            if (row != null) return;
            String l = line.toString().strip();
            if (!l.isEmpty()) text.append(l).append('\n');
            line.setLength(0);
        }

        void startRow() {
            endRow();
            block();
            row = new ArrayList<>();
            column = 0;
        }

        void startCell(String attributes) {
            if (row == null) startRow();
            endCell();
            skipCovered();
            int rowspan = 1, colspan = 1;
            Matcher s = SPAN.matcher(attributes);
            while (s.find()) {
                int n = Math.max(1, Math.min(1000, Integer.parseInt(s.group(2))));
                if (s.group(1).equalsIgnoreCase("rowspan")) rowspan = n; else colspan = n;
            }
            // a cell merged down covers its columns in the rows below: they print empty there
            if (rowspan > 1) coveredBelow.put(column, new int[] {rowspan - 1, colspan});
            cell = new StringBuilder();
            row.add(null); // filled when the cell ends
            column += colspan;
        }

        /** A cell merged down from above prints as one empty cell, as a merged sheet cell does below its first row. */
        void skipCovered() {
            int[] merged;
            while ((merged = coveredBelow.get(column)) != null && !coveredHere.contains(column)) {
                coveredHere.add(column);
                row.add("");
                column += merged[1];
            }
        }

        final java.util.Set<Integer> coveredHere = new java.util.HashSet<>();

        void endCell() {
            if (cell == null) return;
            row.set(row.size() - 1, cell.toString().strip());
            cell = null;
        }

        void endRow() {
            if (row == null) return;
            endCell();
            skipCovered();
            boolean any = row.stream().anyMatch(c -> !c.isEmpty());
            if (any) {
                StringBuilder l = new StringBuilder("|");
                for (String c : row) l.append(' ').append(c.isEmpty() ? "\u00a0" : c).append(" |");
                text.append(l).append('\n');
            }
            // this row used one line of each merge that covered it; a merge that starts here covers the rows below
            for (int c : coveredHere) coveredBelow.computeIfPresent(c, (k, v) -> v[0] > 1 ? new int[] {v[0] - 1, v[1]} : null);
            coveredHere.clear();
            row = null;
        }

        @Override
        public String toString() { return text.toString(); }
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    // ≤ and ≥ of a target (≤40万元/公里) are printed by an editor as &le; and &ge;, quotes and dashes as their names
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", "\u00a0"), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ensp", " "),
            Map.entry("emsp", " "), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("le", "≤"), Map.entry("ge", "≥"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("plusmn", "±"),
            Map.entry("deg", "°"), Map.entry("permil", "‰"), Map.entry("divide", "÷"));

    /** Character references as the characters they stand for; an unknown name stays as written. */
    static String entities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1), r;
            if (e.startsWith("#x") || e.startsWith("#X")) r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            else if (e.startsWith("#")) r = codePoint(Integer.parseInt(e.substring(1)), m.group());
            else r = NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group());
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String codePoint(int cp, String written) {
        return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : written;
    }
}
