package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.scorecard.OverallGoal;

/** 年度总体目标: the target set at the start of the year and what was achieved, split where the numbering restarts. */
final class GoalReader {
    private GoalReader() {}

    private static final List<String> HEADERS = List.of("年度总体目标", "总体目标", "年初设定目标", "年度设定目标", "预期目标",
            "全年实际完成情况", "实际完成情况", "实际完成目标");
    // 目标2 needs no mark after its number (019: 目标2森林经营16.3万亩); a bare number does (2023年 is no item), and a point
    // with a digit after it is a decimal's (3.2万人次 is no item 3, h198)
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:目标\\s*[(（]?\\s*([0-9]+|[一二三四五六七八九十]+)|[(（]?\\s*([0-9]+|[一二三四五六七八九十]+)\\s*(?:[.．](?![0-9])|[、:：)）]))");

    static OverallGoal read(List<Line> lines) {
        OverallGoal underHeads = underHeads(lines);
        if (underHeads != null) return underHeads;
        List<String> pieces = new ArrayList<>();
        boolean separated = false;
        // the label wrapped in its cell (年度总体 / 目  标, h112): the rest of it, looked for on a line of its own below
        String rest = null;
        for (Line l : lines) {
            String s = l.text();
            if (rest == null && pieces.isEmpty()) {
                int w = wrapped(s);
                if (w > 0) {
                    rest = LABEL.substring(w);
                    s = s.substring(s.length() - s.stripLeading().length() + w);
                }
            } else if (rest != null && !rest.isEmpty()) {
                String c = Cells.clean(s);
                if (c != null && rest.equals(c.replaceAll("\\s", ""))) { rest = ""; continue; } // the label's second line
            }
            for (String h : HEADERS) s = s.replace(h, " ");
            int label = yearLabel(s);
            if (label > 0) s = s.substring(label); // 年度目标 / 年度绩效目标 only where the line begins: the goal's text may say 年度目标
            List<String> cells = new Line(l.no(), s).cells();
            List<String> nonEmpty = new ArrayList<>();
            for (String c : cells) if (!c.isEmpty()) nonEmpty.add(c);
            if (l.tabbed() || s.indexOf('|') >= 0) separated |= nonEmpty.size() == 2;
            pieces.addAll(nonEmpty);
        }
        if (pieces.isEmpty()) return null;
        if (pieces.size() == 1) {
            String p = pieces.get(0);
            int len = Cells.doubledSuffix(p, 0);
            if (len > 0 && 2 * len == p.length()) return new OverallGoal(p.substring(0, len), p.substring(len));
            return new OverallGoal(p, null);
        }
        int split = -1;
        if (numberOf(pieces.get(0)) != null) {
            for (int i = 1; i < pieces.size() && split < 0; i++) {
                String n = numberOf(pieces.get(i));
                if ("1".equals(n) || "一".equals(n)) split = i;
            }
        }
        // two cells: the target and what was done — unless the second goes on the first's numbered list (目标1：… 目标2：…,
        // a targets table's one goal printed with a space between its items, h163, h187)
        if (split < 0 && (pieces.size() == 2 || separated) && !follows(numberOf(pieces.get(0)), numberOf(pieces.get(1)))) split = 1;
        if (split < 0) return new OverallGoal(String.join("\n", pieces), null);
        return new OverallGoal(String.join("\n", pieces.subList(0, split)), String.join("\n", pieces.subList(split, pieces.size())));
    }

    private static final String LABEL = "年度总体目标";

    /**
     * The length of a wrapped 年度总体目标 label where the line begins (年度总体 before the goal's heads 预期目标 / 实际完成情况,
     * its 目标 on the line below, as a scan or a PDF prints a narrow cell), or 0.
     */
    static int wrapped(String s) {
        int a = 0;
        while (a < s.length() && Cells.isSpace(s.charAt(a))) a++;
        if (!s.startsWith("年度总", a) || s.startsWith(LABEL, a) || !s.contains("预期目标") && !s.contains("实际完成")) return 0;
        int n = 3;
        if (s.startsWith("年度总体", a)) n = 4;
        if (s.startsWith("年度总体目", a)) n = 5;
        return a + n < s.length() && Cells.isSpace(s.charAt(a + n)) ? n : 0;
    }

    /** The target table's goal labels, 年度目标 and 年度绩效目标. */
    private static final List<String> YEAR_LABELS = List.of("年度绩效目标", "年度目标");

    /** The length up to the end of a 年度目标/年度绩效目标 label beginning {@code s} (after spaces, a pipe), or 0. */
    static int yearLabel(String s) {
        int a = 0;
        while (a < s.length() && (Cells.isSpace(s.charAt(a)) || s.charAt(a) == '|')) a++;
        if (a == s.length() || s.charAt(a) != '年') return 0; // asked of the lines above the indicators: most begin otherwise
        for (String l : YEAR_LABELS) {
            if (!s.startsWith(l, a)) continue;
            int e = a + l.length();
            // the label alone or followed by its text; not a longer word (年度目标值, 年度目标任务)
            if (e == s.length() || Cells.isSpace(s.charAt(e)) || s.charAt(e) == '|' || s.charAt(e) == ':' || s.charAt(e) == '：') return e;
        }
        return 0;
    }

    static String numberOf(String piece) {
        // asked of every goal piece: an item opens with 目标, a bracket or a numeral — most pieces answer at their first character
        char c = piece.isEmpty() ? ' ' : piece.charAt(0);
        if (c != '目' && c != '(' && c != '（' && !Cells.isDigit(c) && NUMERALS.indexOf(c) < 0) return null;
        Matcher m = NUMBERED.matcher(piece);
        return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    /** Whether number {@code next} follows {@code previous} (2 after 1, 三 after 二): the same numbered list goes on. */
    static boolean follows(String previous, String next) {
        if (previous == null || next == null) return false;
        if (Cells.isDigit(previous.charAt(0)) && Cells.isDigit(next.charAt(0)) && previous.length() < 4 && next.length() < 4) {
            return Integer.parseInt(next) == Integer.parseInt(previous) + 1;
        }
        int p = NUMERALS.indexOf(previous), n = NUMERALS.indexOf(next);
        return previous.length() == 1 && next.length() == 1 && p >= 0 && n == p + 1;
    }

    /** The goal block's label where a line begins (the merged cell printed again on each line, h21). */
    private static final List<String> BLOCK_LABELS = List.of("年度总体目标完成情况", "总体目标完成情况", "年度总体目标", "总体目标");
    /** The column heads under the block's label: what the text below each one is. */
    private static final List<String> HEADS = List.of("中期目标", "年度目标", "年度绩效目标", "年初设定目标", "年度设定目标", "预期目标",
            "总体目标", "全年实际完成情况", "实际完成情况", "实际完成目标"); // (实际完成目标: h223's head of what was done)

    /** The head a cell is (中期目标（2024年-2026年）: a head with its period in brackets), or null. */
    private static String head(String cell) {
        for (String h : HEADS) {
            if (!cell.startsWith(h)) continue;
            String rest = cell.substring(h.length());
            if (rest.isEmpty()) return h;
            char a = rest.charAt(0), z = rest.charAt(rest.length() - 1);
            if ((a == '(' || a == '（') && (z == ')' || z == '）') && rest.length() <= 20) return h;
        }
        return null;
    }

    /**
     * A goal printed under column heads (总体目标 | 中期目标（2024年-2026年） | 年度目标, h02; 年初设定目标 | 全年实际完成情况,
     * h01 h21; 总体目标 | 全年实际完成情况 under 总体目标完成情况, 006): each text is the head's above it — one text per head
     * cell, a merged head printed in each of its cells (h21), or the texts grouped where their numbering restarts
     * (目标1 目标2 | 全年…, h01). A 中期 target is not the year's; 完成 heads the achievement. Null when the heads and texts
     * do not pair so (the block is read as before).
     */
    private static OverallGoal underHeads(List<Line> lines) {
        List<String> heads = new ArrayList<>(), texts = new ArrayList<>();
        List<List<String>> byLine = new ArrayList<>(); // the texts of each line that has any
        // the block's label wrapped in its cell (年度总体 / 目标 before the heads, h227): its first line's piece is passed
        // over, and its rest where a later line begins with it (the cells of 目  标 spaced apart joined)
        String rest = null;
        for (Line l : lines) {
            boolean lineStart = true;
            List<String> onLine = new ArrayList<>();
            List<String> cells = l.cells();
            int from = 0;
            if (rest == null && heads.isEmpty() && texts.isEmpty()) {
                int w = wrapped(l.text());
                if (w > 0) {
                    rest = LABEL.substring(w);
                    while (from < cells.size() && cells.get(from).isEmpty()) from++;
                    from++;
                    lineStart = false;
                }
            } else if (rest != null && !rest.isEmpty()) {
                StringBuilder joined = new StringBuilder();
                for (int k = 0; k < cells.size() && joined.length() < rest.length(); k++) {
                    joined.append(cells.get(k));
                    if (joined.toString().equals(rest)) { from = k + 1; rest = ""; }
                }
            }
            for (String c : cells.subList(Math.min(from, cells.size()), cells.size())) {
                if (c.isEmpty()) continue;
                // 年度目标 first on its line is the block's label — unless a head stands above it and no text yet: then it is
                // the second head (中期目标 / 年度目标 printed a cell per line, h164), as it is beside 中期目标 on one line
                boolean label = lineStart && (BLOCK_LABELS.contains(c) || yearLabel(c) == c.length() && (heads.isEmpty() || !texts.isEmpty()));
                lineStart = false;
                if (label) continue;
                String h = head(c);
                if (h == null) { texts.add(c); onLine.add(c); }
                else if (texts.isEmpty()) heads.add(h);
                else return null; // a head word among the texts: not this layout
            }
            if (!onLine.isEmpty()) byLine.add(onLine);
        }
        if (heads.isEmpty() || texts.isEmpty()) return null;
        // the heads' runs (a merged head printed in each of its cells is one), and the texts of each
        List<String> runs = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            boolean same = i > 0 && heads.get(i).equals(heads.get(i - 1));
            if (!same) { runs.add(heads.get(i)); groups.add(new ArrayList<>()); }
            if (texts.size() == heads.size() && !groups.getLast().contains(texts.get(i))) groups.getLast().add(texts.get(i));
        }
        if (texts.size() != heads.size()) {
            groups.clear();
            String number = null;
            for (String t : texts) {
                String n = numberOf(t);
                if (groups.isEmpty() || !follows(number, n)) groups.add(new ArrayList<>());
                groups.getLast().add(t);
                number = n;
            }
            if (groups.size() != runs.size() && (groups = sideBySide(byLine, runs.size())) == null) return null;
        }
        String target = null, achievement = null;
        for (int r = 0; r < runs.size(); r++) {
            String text = String.join("\n", groups.get(r)), h = runs.get(r);
            if (h.startsWith("中期")) continue;
            if (h.contains("完成")) { if (achievement == null) achievement = text; }
            else if (target == null) target = text;
        }
        return target == null && achievement == null ? null : new OverallGoal(target, achievement);
    }

    /**
     * The texts of heads printed side by side and wrapped over several lines, one piece per head on every line (a PDF's
     * or a scan's text layer, h121 h127: 保障…和数据 | 完成…演练2 / 中心稳定运行… | 次，核心业务…): the pieces of each
     * column in line order, a wrapped piece joined to the one above as the cell printed it, a numbered one on its own
     * line. Null when a line holds another number of pieces (not this layout).
     */
    private static List<List<String>> sideBySide(List<List<String>> byLine, int columns) {
        if (columns < 2 || byLine.size() < 2) return null;
        for (List<String> l : byLine) if (l.size() != columns) return null;
        List<List<String>> groups = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            StringBuilder text = new StringBuilder();
            for (List<String> l : byLine) {
                String piece = l.get(c);
                if (!text.isEmpty() && numberOf(piece) != null) text.append('\n');
                text.append(piece);
            }
            groups.add(List.of(text.toString()));
        }
        return groups;
    }
}
