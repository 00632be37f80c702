package org.jixiao.publish.importing;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.publish.ParseJson;
import org.jixiao.publish.parse.HeaderWords;
import org.jixiao.publish.parse.ParseWarning;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.scorecard.json.ScorecardJson;
import tools.jackson.databind.JsonNode;

/**
 * Which text of a document became a cell of the parsed tables, which is a form's own label (一级指标, 全年预算数 …),
 * and which was skipped: the import preview marks the skipped text so a person sees what the reader left out before
 * confirming. The parser does not report positions, so the cells are found again in the text: spaces and line breaks
 * ignored (a cell may run over lines), each value taken at the unused place nearest to where the previous value was
 * found (the same 10 or 产出指标 stands in many rows).
 */
final class SourceUse {
    private SourceUse() {}

    /** How a piece of a line was used. */
    public enum Use { CELL, LABEL, SKIPPED, OTHER }

    /** A run of one line's text with one use. */
    public record Piece(String text, Use use) {
        public boolean skipped() { return use == Use.SKIPPED; }
        public String css() { return use.name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** One line of the document: its pieces, the warnings at it, and whether none of its text went into a cell. */
    public record Line(int number, List<Piece> pieces, List<String> warnings, boolean skipped) {}

    /** The lines, and how many have text that no cell took. */
    public record Marked(List<Line> lines, int skippedLines) {}

    /** How far (in non-space characters) from the previous cell the next one is looked for first. */
    private static final int NEAR = 600;
    /** Beyond this a document is shown without marks (the search would cost more than the preview is worth). */
    static final int MAX_MARKED = 2_000_000;
    /** Labels of the forms' blocks that are not column headers. */
    private static final List<String> BLOCK_LABELS = List.of("项目名称", "主管部门", "实施单位", "资金情况",
            "资金来源", "其中", "其他资金", "地方资金", "项目资金", "中央主管部门", "地方主管部门", "转移支付(项目)名称",
            "年度总体目标", "年初设定目标", "全年实际完成情况", "总分", "合计", "自评得分", "绩效目标", "绩效指标", "部门职责",
            "职责目标", "万元", "年度", "填报单位", "单位名称",
            // a department table's 指标参考值 block
            "职责序号", "指标参考值", "标准值", "规划目标", "行业标准或其他明确标准", "历史值", "统计年鉴", "统计公报",
            "内部统计", "其他需明确的来源", "规划值", "当年标准值", "前三年均值", "上年值", "来源");

    static Marked mark(String text, ParsedDocument doc, List<ParseWarning> warnings) {
        String[] raw = text.split("\\R", -1);
        // the document without spaces, each character knowing its line and column
        StringBuilder squeezed = new StringBuilder(text.length());
        List<int[]> at = new ArrayList<>(text.length());
        java.util.BitSet gap = new java.util.BitSet(); // a space or a line break stood before this character
        for (int l = 0; l < raw.length; l++) {
            boolean spaced = true;
            for (int c = 0; c < raw[l].length(); c++) {
                char ch = raw[l].charAt(c);
                if (space(ch)) { spaced = true; continue; }
                if (spaced) gap.set(squeezed.length());
                spaced = false;
                squeezed.append(ch);
                at.add(new int[] {l, c});
            }
        }
        Use[] use = new Use[squeezed.length()];
        if (text.length() <= MAX_MARKED) {
            String s = squeezed.toString();
            // the rows first, in order, each looked for near the one before; then the table's head (title, unit,
            // budget, goal) near its first row, so that the table's own title wins over a web page's headline
            int cursor = 0;
            for (TableCells t : cells(doc)) {
                int first = -1;
                for (Cell v : t.rows()) {
                    int[] found = take(s, gap, use, v, cursor, true);
                    if (found == null) continue;
                    if (first < 0) first = found[0];
                    cursor = Math.max(cursor, found[1]);
                }
                int near = first < 0 ? cursor : first;
                List<Cell> head = new ArrayList<>(t.head());
                head.sort((a, b) -> b.text().length() - a.text().length()); // the goal before the year in it
                for (Cell v : head) take(s, gap, use, v, near, false);
            }
            List<String> labels = new ArrayList<>(BLOCK_LABELS);
            HeaderWords.INDICATOR.forEach(w -> labels.add(w.text()));
            // the budget's column words and the top halves of those wrapped over two rows (年初 over 预算数): the reader's own
            HeaderWords.BUDGET.forEach(w -> labels.add(w.text()));
            HeaderWords.WRAPPED_TOPS.forEach(w -> labels.add(w.text()));
            labels.sort((a, b) -> b.length() - a.length());
            for (String l : labels) everywhere(s, use, l);
        } else {
            java.util.Arrays.fill(use, Use.OTHER);
        }
        Use[][] byLine = new Use[raw.length][];
        for (int l = 0; l < raw.length; l++) byLine[l] = new Use[raw[l].length()];
        for (int i = 0; i < use.length; i++) {
            int[] p = at.get(i);
            char ch = raw[p[0]].charAt(p[1]);
            byLine[p[0]][p[1]] = use[i] != null ? use[i] : Character.isLetterOrDigit(ch) ? Use.SKIPPED : Use.OTHER;
        }
        List<Line> lines = new ArrayList<>(raw.length);
        int skippedLines = 0;
        for (int l = 0; l < raw.length; l++) {
            int n = l + 1;
            List<Piece> pieces = pieces(raw[l], byLine[l]);
            boolean anyCell = pieces.stream().anyMatch(p -> p.use() == Use.CELL);
            boolean skipped = !anyCell && pieces.stream().anyMatch(Piece::skipped);
            if (skipped) skippedLines++;
            List<String> here = warnings.stream().filter(w -> w.line() == n).map(ParseWarning::message).toList();
            lines.add(new Line(n, pieces, here, skipped));
        }
        return new Marked(lines, skippedLines);
    }

    /** Runs of one use; spaces join the run they stand in. */
    private static List<Piece> pieces(String line, Use[] uses) {
        List<Piece> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Use current = null;
        for (int c = 0; c < line.length(); c++) {
            Use u = uses[c];
            if (u == null) { run.append(line.charAt(c)); continue; } // a space
            if (current != null && u != current) {
                out.add(new Piece(run.toString(), current));
                run.setLength(0);
            }
            if (current == null && !run.isEmpty()) { out.add(new Piece(run.toString(), Use.OTHER)); run.setLength(0); }
            current = u;
            run.append(line.charAt(c));
        }
        if (!run.isEmpty()) out.add(new Piece(run.toString(), current == null ? Use.OTHER : current));
        return out;
    }

    /**
     * Marks the occurrence of a cell's value nearest to {@code cursor} whose characters no other cell took; returns
     * where (start, end), or null. A row's value is looked for near the row before (later text preferred); one found
     * only far away is taken there when it is long enough not to be a coincidence (a short one, such as 10, is not),
     * and not when another occurrence is a cell already (a merged 产出指标 repeated per row). A head value (title, unit,
     * budget) is taken wherever it stands nearest the table. A level the reader completed (社会效益 → 社会效益指标)
     * is looked for as written.
     */
    private static int[] take(String s, java.util.BitSet gap, Use[] use, Cell cell, int cursor, boolean row) {
        String v = squeeze(cell.text());
        int[] found = take(s, gap, use, v, cell.number(), cursor, row);
        if (found == null && v.length() > 4 && v.endsWith("指标")) {
            found = take(s, gap, use, v.substring(0, v.length() - 2), false, cursor, row);
        }
        return found;
    }

    private static int[] take(String s, java.util.BitSet gap, Use[] use, String v, boolean number, int cursor, boolean row) {
        if (v.isEmpty()) return null;
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        if (row) {
            for (int i = s.indexOf(v, Math.max(0, cursor - NEAR)); i >= 0 && i <= cursor + NEAR; i = s.indexOf(v, i + 1)) {
                long d = i >= cursor ? i - cursor : 4L * (cursor - i);
                if (d < bestDistance && free(use, i, v.length()) && whole(s, gap, i, v, number)) { best = i; bestDistance = d; }
            }
        }
        if (best < 0 && (!row || v.length() >= 4)) {
            for (int i = s.indexOf(v); i >= 0; i = s.indexOf(v, i + 1)) {
                if (!whole(s, gap, i, v, number)) continue;
                if (row && taken(use, i, v.length())) return null;
                long d = Math.abs((long) i - cursor);
                if (d < bestDistance && free(use, i, v.length())) { best = i; bestDistance = d; }
            }
        }
        if (best < 0) return null;
        int end = best + v.length();
        if (number) end = zeros(s, gap, end, v.indexOf('.') >= 0); // 320 read from 320.00, 81.8 from 81.80
        for (int i = best; i < end; i++) use[i] = Use.CELL;
        return new int[] {best, end};
    }

    /** A number is not a piece of a longer one (10 in 100, 5 in 0.5); a space between two numbers separates them. */
    private static boolean whole(String s, java.util.BitSet gap, int i, String v, boolean number) {
        if (!number) return true;
        if (i > 0 && !gap.get(i) && (Character.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) return false;
        int end = zeros(s, gap, i + v.length(), v.indexOf('.') >= 0);
        if (end >= s.length() || gap.get(end)) return true;
        char after = s.charAt(end);
        return !Character.isDigit(after) && !(after == '.' && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1)));
    }

    /** The end of the trailing zeros (after a decimal point) a number's value leaves out. */
    private static int zeros(String s, java.util.BitSet gap, int end, boolean hasPoint) {
        int e = end;
        if (!hasPoint) {
            if (e + 1 >= s.length() || s.charAt(e) != '.' || s.charAt(e + 1) != '0' || gap.get(e) || gap.get(e + 1)) return end;
            e++;
        }
        while (e < s.length() && s.charAt(e) == '0' && !gap.get(e)) e++;
        return e < s.length() && !gap.get(e) && Character.isDigit(s.charAt(e)) ? end : e;
    }

    /** Every occurrence of a label among the characters no cell took. */
    private static void everywhere(String s, Use[] use, String label) {
        for (int i = s.indexOf(label); i >= 0; i = s.indexOf(label, i + 1)) {
            boolean none = true;
            for (int k = i; k < i + label.length(); k++) if (use[k] != null) { none = false; break; }
            if (none) for (int k = i; k < i + label.length(); k++) use[k] = Use.LABEL;
        }
    }

    private static boolean free(Use[] use, int from, int length) {
        for (int k = from; k < from + length; k++) if (use[k] != null) return false;
        return true;
    }

    private static boolean taken(Use[] use, int from, int length) {
        for (int k = from; k < from + length; k++) if (use[k] != Use.CELL) return false;
        return true;
    }

    /** A cell value; a number as its plain digits (the text may show more zeros after the point). */
    record Cell(String text, boolean number) {}

    /** A table's cell values: its head (title, unit, budget, goal …) and its indicator rows in order. */
    record TableCells(List<Cell> head, List<Cell> rows) {}

    /** Every cell value of the parsed tables (the PARSE-FORMAT fields as written), table by table. */
    static List<TableCells> cells(ParsedDocument doc) {
        JsonNode root = ScorecardJson.MAPPER.readTree(ParseJson.toJson(doc));
        List<TableCells> out = new ArrayList<>();
        for (JsonNode table : root.path("tables")) {
            List<Cell> head = new ArrayList<>();
            List<Cell> rows = new ArrayList<>();
            for (var field : table.properties()) collect(field.getValue(), field.getKey().equals("indicators") ? rows : head);
            out.add(new TableCells(head, rows));
        }
        return out;
    }

    private static void collect(JsonNode node, List<Cell> out) {
        if (node.isContainer()) {
            for (JsonNode child : node) collect(child, out);
        } else if (node.isNumber()) {
            out.add(new Cell(node.decimalValue().stripTrailingZeros().toPlainString(), true));
        } else if (node.isString()) {
            out.add(new Cell(node.asString(), false));
        }
    }

    static String squeeze(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) if (!space(v.charAt(i))) b.append(v.charAt(i));
        return b.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u3000';
    }
}
