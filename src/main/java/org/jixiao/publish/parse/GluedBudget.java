package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;

/**
 * A budget block flattened with no separators ("年度资金总额:1484631.00%其中:中央财政资金10200%"): the glued digits
 * of budget, executed amount and rate are split where executed ÷ budget agrees with the printed rate, and a source
 * row is read the same way. Without a total, a lone printed execution rate is still read.
 */
final class GluedBudget {
    private GluedBudget() {}

    private static final Pattern TOTAL = Pattern.compile("(年度资金总额|年度总金额|资金总额)[:：]?([0-9.]+%)");
    private static final Pattern SOURCE = Pattern.compile("(?:其中[:：]?)?([\\p{IsHan}]{2,8}?(?:资金|拨款|补助))[:：]?([0-9.]+%)");
    private static final Pattern RATE_ONLY = Pattern.compile("执行率(?:\\(%\\))?(?:执行率权重)?(?:执行率得分)?(?:\\(分\\))?[A-Za-z]?([0-9]{1,3}(?:\\.[0-9]+)?)%");

    static Budget read(List<Line> lines, List<ParseWarning> warnings) {
        for (Line l : lines) {
            String raw = l.text();
            if (raw.indexOf('%') < 0) {
                Budget scored = rateWeightScore(l, warnings);
                if (scored != null) return scored;
                continue;
            }
            if (raw.indexOf('率') < 0 && raw.indexOf('额') < 0) continue; // no glued figures here
            if (raw.indexOf("总额") < 0 && raw.indexOf("总金额") < 0 && raw.indexOf("预算数") < 0) continue; // no total, no rate row
            String t = raw; // glued: the figures touch their label (a spaced row is the line reader's)
            Matcher m = TOTAL.matcher(t);
            if (m.find()) {
                BigDecimal[] v = split(m.group(2));
                if (v == null) continue;
                List<FundSource> sources = new ArrayList<>();
                Matcher s = SOURCE.matcher(t.substring(m.end()));
                while (s.find()) {
                    BigDecimal[] x = split(s.group(2));
                    if (x != null) sources.add(new FundSource(s.group(1), x[0], x[1], x[2]));
                }
                warnings.add(ParseWarning.of(l.no(), "粘连的预算数按执行率拆分: " + m.group(2), "glued budget figures split by the rate: " + m.group(2)));
                return new Budget("万元", null, v[0], v[1], v[2], sources);
            }
            Matcher r = RATE_ONLY.matcher(t);
            if (t.contains("预算数") && r.find()) {
                warnings.add(ParseWarning.of(l.no(), "只读出执行率: " + r.group(1) + "%", "only the execution rate could be read: " + r.group(1) + "%"));
                return new Budget(null, null, null, null, new BigDecimal(r.group(1)), List.of());
            }
        }
        return null;
    }

    private static final Pattern TOTAL_BARE = Pattern.compile("(年度资金总额|年度总金额|资金总额)[:：]?([0-9.]{2,})");
    private static final Pattern SOURCE_BARE = Pattern.compile("\\G其中[:：]?([\\p{IsHan}]{2,8}?(?:资金|拨款|补助))[:：]?([0-9.]{2,})");

    /**
     * A glued total row of the 部门整体 form whose header prints 执行率权重 and 执行率得分 and no % sign
     * ("年度总金额.32.06.5其中财政拨款.32.06.579.27107.93"): the last three figures of the block (the merged rate, weight
     * and score cells, printed after the last row they cover) are told apart where weight × rate ÷ 100 is the score as
     * printed (10 × 79.27% = 7.93), when exactly one split agrees. The total's amounts are read only when executed ÷
     * planned is that rate; amounts that lost their digits (.32) and source rows are said in a warning, not read.
     */
    static Budget rateWeightScore(Line l, List<ParseWarning> warnings) {
        String raw = l.text();
        int rateWord = raw.indexOf("执行率");
        if (rateWord < 0 || raw.indexOf("权重") < 0 || raw.indexOf("得分") < 0) return null;
        Matcher m = TOTAL_BARE.matcher(raw);
        if (!m.find(rateWord)) return null;
        String total = m.group(2), run = total;
        List<String> sources = new ArrayList<>();
        Matcher s = SOURCE_BARE.matcher(raw);
        s.region(m.end(), raw.length());
        while (s.find()) { sources.add(s.group(1) + " " + s.group(2)); run = s.group(2); }
        BigDecimal[] found = null;
        int head = -1, count = 0;
        for (int c = run.length() - 1; c > 0 && count < 2; c--) {          // the score begins at c
            BigDecimal score = num(run.substring(c));
            if (score == null) continue;
            for (int b = c - 1; b > 0 && count < 2; b--) {               // the weight begins at b
                BigDecimal weight = num(run.substring(b, c));
                if (weight == null || weight.signum() <= 0 || weight.compareTo(new BigDecimal(30)) > 0 || weight.scale() > 0) continue;
                for (int a = b - 1; a >= 0 && count < 2; a--) {          // the rate begins at a
                    BigDecimal rate = num(run.substring(a, b));
                    if (rate == null || rate.compareTo(new BigDecimal(200)) > 0) continue;
                    BigDecimal product = weight.multiply(rate).movePointLeft(2);
                    BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(score.scale());
                    if (product.subtract(score).abs().compareTo(tolerance) > 0) continue;
                    found = new BigDecimal[] {rate, weight, score};
                    head = a;
                    count++;
                }
            }
        }
        if (count != 1) return null;
        BigDecimal rate = found[0];
        String amounts = sources.isEmpty() ? run.substring(0, head) : total;
        BigDecimal[] ab = amounts(amounts, rate);
        String shown = run.substring(head);
        if (ab == null && !amounts.isEmpty()) {
            warnings.add(ParseWarning.of(l.no(), "预算金额无法读出(缺数字),未读入: " + amounts + "; 执行率 | 权重 | 得分 按 权重×执行率=得分 读作: " + shown,
                    "budget amounts unreadable (digits missing), not read: " + amounts + "; rate | weight | score read where weight × rate = score: " + shown));
        } else {
            warnings.add(ParseWarning.of(l.no(), "粘连的预算数按 权重×执行率=得分 拆分: " + m.group(2), "glued budget figures split where weight × rate = score: " + m.group(2)));
        }
        for (String src : sources) {
            warnings.add(ParseWarning.of(l.no(), "资金来源行未读入(金额不全): " + src, "a fund source row not read (amounts incomplete): " + src));
        }
        return new Budget(null, ab == null ? null : ab[0], ab == null ? null : ab[1], ab == null ? null : ab[2], rate, List.of());
    }

    /** {initial, planned, executed} glued in {@code s} (initial may be null), where executed ÷ planned is the rate; null unless one split agrees. */
    private static BigDecimal[] amounts(String s, BigDecimal rate) {
        BigDecimal[] out = null;
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            BigDecimal p = num(s.substring(0, i)), e = num(s.substring(i));
            if (p != null && e != null && p.signum() > 0 && Cells.rateAgrees(p, e, rate)) { out = new BigDecimal[] {null, p, e}; n++; }
            for (int j = i + 1; j < s.length(); j++) {
                BigDecimal a = num(s.substring(0, i)), p2 = num(s.substring(i, j)), e2 = num(s.substring(j));
                if (a != null && p2 != null && e2 != null && p2.signum() > 0 && Cells.rateAgrees(p2, e2, rate)) { out = new BigDecimal[] {a, p2, e2}; n++; }
            }
        }
        return n == 1 ? out : null;
    }

    /** "10001000100%" → 1000 | 1000 | 100: the split where executed × 100 ÷ budget is the rate (within 0.51). */
    static BigDecimal[] split(String s) {
        if (!s.endsWith("%")) return null;
        String d = s.substring(0, s.length() - 1);
        for (int i = 1; i < d.length() - 1; i++) {
            BigDecimal p = num(d.substring(0, i));
            if (p == null) continue;
            for (int j = i + 1; j < d.length(); j++) {
                BigDecimal e = num(d.substring(i, j)), r = num(d.substring(j));
                if (e == null || r == null || p.signum() == 0 || r.compareTo(new BigDecimal(200)) > 0) continue;
                if (Cells.rateAgrees(p, e, r)) return new BigDecimal[] {p, e, r};
            }
        }
        return null;
    }

    private static BigDecimal num(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') return null;
        try { return new BigDecimal(s); } catch (NumberFormatException e) { return null; }
    }
}
