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
            "全年实际完成情况", "实际完成情况");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(目标)?\\s*[(（]?\\s*([0-9]+|[一二三四五六七八九十]+)\\s*[.、:：．)）]");

    static OverallGoal read(List<Line> lines) {
        List<String> pieces = new ArrayList<>();
        boolean separated = false;
        for (Line l : lines) {
            String s = l.text();
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
        if (split < 0 && (pieces.size() == 2 || separated)) split = 1;
        if (split < 0) return new OverallGoal(String.join("\n", pieces), null);
        return new OverallGoal(String.join("\n", pieces.subList(0, split)), String.join("\n", pieces.subList(split, pieces.size())));
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

    private static String numberOf(String piece) {
        Matcher m = NUMBERED.matcher(piece);
        return m.find() ? m.group(2) : null;
    }
}
