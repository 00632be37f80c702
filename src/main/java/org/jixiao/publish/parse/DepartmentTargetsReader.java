package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;

/**
 * 部门整体绩效目标表 (Shandong/临沂 form, RULES §3.1). Header blocks repeat per page and are misaligned, and data
 * rows are shifted by a cell here and there, so each row is aligned to the 14 columns by the kind of its cells
 * (a 来源 reads as a source, a 年度指标值 as a value) with a small dynamic programme instead of by position.
 */
final class DepartmentTargetsReader {
    private DepartmentTargetsReader() {}

    enum C { SEQ, DUTY, GOAL, CONTENT, NAME, DEF, TARGET, PLANNED, STANDARD, SSRC, AVG3, LAST, HSRC, ACTIVITY }

    private static final Pattern HEADER_CELL = Pattern.compile(
            "职责序号|部门职责|职责目标|目标内容|绩效指标|指标名称|指标解释|年度指标值|指标参考值|标准值.*|历史值.*|规划值|当年标准值|前三年均值|上年值|来源|工作活动");
    private static final Pattern SOURCE = Pattern.compile("《[^》]{1,30}》|.{0,8}(统计|报表|计划|预算|报告|规划|年鉴|公报|条例|办法)");

    static Scorecard read(String title, List<Line> body, List<ParseWarning> warnings) {
        List<Indicator> out = new ArrayList<>();
        String seq = null, duty = null, goal = null, content = null;
        boolean started = false;
        for (Line l : body) {
            if (l.blank() || TextParser.title(l.text()) != null) continue;
            List<String> cells = l.cells();
            if (headerRow(cells)) { started = true; continue; }
            if (!started) continue;
            if (IndicatorReader.stop(l.text())) break;
            String[] v = align(cells);
            if (v == null) {
                warnings.add(ParseWarning.of(l.no(), "无法识别的行，已跳过", "unrecognised line skipped"));
                continue;
            }
            boolean continuation = v[C.NAME.ordinal()] == null && v[C.DEF.ordinal()] == null;
            if (continuation) {
                if (out.isEmpty()) continue;
                out.set(out.size() - 1, merge(out.get(out.size() - 1), v));
                continue;
            }
            if (v[C.SEQ.ordinal()] != null) { seq = v[C.SEQ.ordinal()]; }
            if (v[C.DUTY.ordinal()] != null) { duty = v[C.DUTY.ordinal()]; goal = null; content = null; }
            if (v[C.GOAL.ordinal()] != null) { goal = v[C.GOAL.ordinal()]; content = null; }
            if (v[C.CONTENT.ordinal()] != null) content = v[C.CONTENT.ordinal()];
            String dutyText = duty == null ? null : seq == null ? duty : seq + " " + duty;
            References refs = new References(v[C.PLANNED.ordinal()], v[C.STANDARD.ordinal()], v[C.SSRC.ordinal()],
                    v[C.AVG3.ordinal()], v[C.LAST.ordinal()], v[C.HSRC.ordinal()]);
            out.add(new Indicator(null, null, v[C.NAME.ordinal()], v[C.TARGET.ordinal()], null, null, null, null,
                    v[C.DEF.ordinal()], dutyText, goal, content, v[C.ACTIVITY.ordinal()], refs, null, null, null, null, null));
        }
        if (out.isEmpty()) return null;
        String unit = unitOf(title);
        return new Scorecard("department-targets", title, SelfEvaluationReader.year(title, body), null, unit, null,
                Vocabulary.province(title, unit), null, null, out);
    }

    /** "2022年临沂市医疗保障局部门预算整体绩效目标表（5）" → 临沂市医疗保障局. */
    static String unitOf(String title) {
        if (title == null) return null;
        String t = title.replaceFirst("^\\s*20\\d\\d\\s*年(度)?", "");
        int cut = t.indexOf("部门");
        if (cut <= 0) return null;
        return Cells.clean(t.substring(0, cut));
    }

    private static boolean headerRow(List<String> cells) {
        boolean any = false;
        for (String c : cells) {
            if (c.isEmpty()) continue;
            if (!HEADER_CELL.matcher(c).matches()) return false;
            any = true;
        }
        return any;
    }

    private static Indicator merge(Indicator prev, String[] v) {
        References r = prev.references() == null ? new References(null, null, null, null, null, null) : prev.references();
        References nr = new References(join(r.planned(), v[C.PLANNED.ordinal()]), join(r.standard(), v[C.STANDARD.ordinal()]),
                join(r.standardSource(), v[C.SSRC.ordinal()]), join(r.threeYearAverage(), v[C.AVG3.ordinal()]),
                join(r.lastYear(), v[C.LAST.ordinal()]), join(r.historySource(), v[C.HSRC.ordinal()]));
        return new Indicator(prev.level1(), prev.level2(), prev.name(), join(prev.target(), v[C.TARGET.ordinal()]), prev.actual(),
                prev.weight(), prev.score(), prev.reason(), prev.definition(), prev.duty(), prev.dutyGoal(), prev.goalContent(),
                join(prev.activity(), v[C.ACTIVITY.ordinal()]), nr, null, null, null, null, null);
    }

    /** Labelled parts of one indicator ("职工≥80%" / "居民≥55%") join with " / "; a repeated source is kept once. */
    private static String join(String a, String b) {
        if (b == null) return a;
        if (a == null) return b;
        if (a.equals(b) || a.endsWith(" / " + b)) return a;
        return a + " / " + b;
    }

    // ---- alignment ----

    private static final double INF = 1e9;

    static String[] align(List<String> cells) {
        int n = cells.size(), m = C.values().length;
        double[][] dp = new double[n + 1][m + 1];
        int[][] how = new int[n + 1][m + 1]; // 1 assign, 2 missing column, 3 skip empty cell, 4 goal+content in one cell
        for (double[] row : dp) java.util.Arrays.fill(row, INF);
        dp[0][0] = 0;
        // the kind of each cell is computed once: the programme asks for it n × m times
        boolean[] q = new boolean[n], src = new boolean[n], lng = new boolean[n];
        for (int i = 0; i < n; i++) {
            String c = cells.get(i);
            q[i] = !c.isEmpty() && Cells.quantityLike(c);
            src[i] = !c.isEmpty() && source(c);
            lng[i] = longText(c);
        }
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double d = dp[i][j];
                if (d >= INF) continue;
                if (j < m && i < n) relax(dp, how, i + 1, j + 1, d + fit(C.values()[j], cells.get(i), q[i], src[i], lng[i]), 1);
                if (j < m) relax(dp, how, i, j + 1, d + miss(C.values()[j]), 2);
                if (i < n && cells.get(i).isEmpty()) relax(dp, how, i + 1, j, d + 0.5, 3);
                if (i < n && j == C.GOAL.ordinal() && splitGoal(cells.get(i)) != null) relax(dp, how, i + 1, j + 2, d + 0.3, 4);
            }
        }
        if (dp[n][m] >= INF) return null;
        String[] v = new String[m];
        int i = n, j = m;
        while (i > 0 || j > 0) {
            int h = how[i][j];
            if (h == 1) { v[j - 1] = cells.get(i - 1).isEmpty() ? null : cells.get(i - 1); i--; j--; }
            else if (h == 2) { j--; }
            else if (h == 3) { i--; }
            else if (h == 4) { String[] g = splitGoal(cells.get(i - 1)); v[j - 2] = g[0]; v[j - 1] = g[1]; i--; j -= 2; }
            else return null;
        }
        if (v[C.SEQ.ordinal()] != null && !v[C.SEQ.ordinal()].matches("\\d{1,3}")) return null;
        return v;
    }

    private static void relax(double[][] dp, int[][] how, int i, int j, double cost, int op) {
        if (cost < dp[i][j] - 1e-9) { dp[i][j] = cost; how[i][j] = op; }
    }

    /** "提升经办服务效能 实施…": a short goal name and its content sharing one cell, split at the space. */
    static String[] splitGoal(String cell) {
        for (int k = 1; k < cell.length() && k <= 20; k++) {
            if (Cells.isSpace(cell.charAt(k))) {
                String a = Cells.clean(cell.substring(0, k)), b = Cells.clean(cell.substring(k));
                return a == null || b == null || b.length() < 6 ? null : new String[] {a, b};
            }
        }
        return null;
    }

    private static boolean source(String c) { return c.length() <= 16 && SOURCE.matcher(c).matches(); }

    private static boolean longText(String c) { return c.length() > 20 || c.contains("。") || c.contains("，"); }

    private static double fit(C col, String c, boolean q, boolean s, boolean longText) {
        boolean empty = c.isEmpty();
        return switch (col) {
            case SEQ -> empty ? 0 : c.matches("\\d{1,3}") ? 0 : 5;
            case DUTY, GOAL, CONTENT -> empty ? 0 : q || s ? 2 : 0;
            case NAME -> empty ? 0.5 : q || s ? 2 : c.endsWith("。") ? 0.5 : 0;
            case DEF -> empty ? 0.2 : q ? 1.5 : s ? 2 : longText ? 0 : 0.5;
            case TARGET, PLANNED, STANDARD, AVG3, LAST -> empty ? 0.1 : q ? 0 : s ? 2 : longText ? 1.5 : 0.3;
            case SSRC, HSRC -> empty ? 0.3 : s ? 0 : q ? 3 : 1.5;
            case ACTIVITY -> empty ? 0.1 : q || s ? 1.5 : 0;
        };
    }

    private static double miss(C col) {
        return switch (col) {
            case SEQ -> 0.6;
            case DUTY -> 0.8;
            case GOAL, CONTENT, ACTIVITY -> 1.0;
            case NAME -> 3;
            case DEF -> 1.5;
            default -> 1.2;
        };
    }
}
