package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.measure.Units;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Scorecard;

/** A 绩效评价报告 with no indicator table: one evaluation-report entry carrying its title, year and unit. */
final class ReportReader {
    private ReportReader() {}

    static Scorecard read(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String t = Cells.clean(lines.get(i).text());
            if (t == null || t.length() > 100) continue;
            if (t.endsWith("评价报告") || t.endsWith("自评报告") || t.endsWith("绩效报告")) {
                Integer year = SelfEvaluationReader.year(t, List.of());
                return new Scorecard("evaluation-report", t, year, null, null, null, Vocabulary.province(t), sentenceBudget(lines),
                        null, List.of());
            }
        }
        return null;
    }

    private static final Pattern RATE = Pattern.compile("执行率(?:为|达)?([0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern SPENT = Pattern.compile("(?:已使用|已支出|实际支出|已执行|支出)([0-9]+(?:\\.[0-9]+)?)(万元|亿元|元)");
    private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(万元|亿元|元)");

    /**
     * A report whose figures are in sentences: one sentence that gives the money, what was spent (已使用…) and the
     * execution rate. The three are kept only when spent ÷ money agrees with the printed rate; never one alone.
     */
    static Budget sentenceBudget(List<Line> lines) {
        for (Line l : lines) {
            for (String sentence : l.text().split("。")) {
                Matcher r = RATE.matcher(sentence), e = SPENT.matcher(sentence), a = AMOUNT.matcher(sentence);
                if (!r.find() || !e.find() || !a.find() || a.start() >= e.start()) continue;
                BigDecimal planned = GridTableReader.toWan(new BigDecimal(a.group(1)), Units.of(a.group(2)).orElseThrow());
                BigDecimal executed = GridTableReader.toWan(new BigDecimal(e.group(1)), Units.of(e.group(2)).orElseThrow());
                BigDecimal rate = new BigDecimal(r.group(1));
                if (planned.signum() == 0 || !Cells.rateAgrees(planned, executed, rate)) continue;
                return new Budget("万元", null, planned, executed, rate, List.of());
            }
        }
        return null;
    }
}
