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
            if (raw.indexOf('%') < 0 || raw.indexOf('率') < 0 && raw.indexOf('额') < 0) continue; // no glued figures here
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
