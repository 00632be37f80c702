package org.jixiao.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.SelfEvaluation;

/**
 * Why a region has its grade (issue 11): which units went in with which weight, and what pulled the score down —
 * each indicator that lost points with the units whose values were lowest, and the execution rate.
 */
public final class GradeExplanation {
    private GradeExplanation() {}

    private static final int UNITS_NAMED = 3;

    public static List<String> of(RegionalRollup rollup, SelfEvaluation e) {
        List<String> out = new ArrayList<>();
        out.add("区域得分" + e.total().toPlainString() + "（" + e.grade().label() + "），由" + rollup.units().size()
                + "个单位的自评表汇总，按" + (rollup.weight() == FundWeight.EXECUTED ? "全年执行数" : "全年预算数")
                + "加权" + shares(rollup));
        List<IndicatorScore> lost = e.indicators().stream()
                .filter(s -> s.applicable() && s.score() != null && s.weight() != null && s.score().compareTo(s.weight()) < 0)
                .sorted(Comparator.comparing((IndicatorScore s) -> s.weight().subtract(s.score())).reversed()).toList();
        for (IndicatorScore s : lost) {
            RegionalIndicator row = s.index() < rollup.indicators().size() ? rollup.indicators().get(s.index()) : null;
            StringBuilder line = new StringBuilder("「" + s.name() + "」失" + s.weight().subtract(s.score()).setScale(2, RoundingMode.HALF_UP)
                    + "分：" + s.explanation());
            if (row != null && !row.contributors().isEmpty()) {
                List<Contribution> lowest = row.contributors().stream().filter(c -> c.value() != null)
                        .sorted(Comparator.comparing(Contribution::value)).limit(UNITS_NAMED).toList();
                line.append("；数值最低的单位：");
                for (int k = 0; k < lowest.size(); k++) {
                    Contribution c = lowest.get(k);
                    line.append(k == 0 ? "" : "、").append(c.unit()).append(" ").append(c.value().stripTrailingZeros().toPlainString())
                            .append(row.unit() == null ? "" : row.unit());
                }
            }
            if (row != null && !row.missing().isEmpty()) line.append("；未报该指标的单位：").append(String.join("、", row.missing()));
            out.add(line.toString());
        }
        if (e.executionScore() != null && e.executionRatePercent() != null
                && e.executionRatePercent().compareTo(new BigDecimal("100")) < 0) {
            out.add("预算执行率" + e.executionRatePercent().toPlainString() + "%：" + e.executionExplanation());
        }
        if (lost.isEmpty() && out.size() == 1) out.add("各指标均得满分");
        return out;
    }

    /** "：甲 60.00%、乙 40.00%" — each unit's share of the weighing fund. */
    private static String shares(RegionalRollup rollup) {
        Map<String, BigDecimal> funds = new LinkedHashMap<>();
        for (RegionalIndicator r : rollup.indicators()) {
            if (r.valueKind() != org.jixiao.scorecard.ValueKind.RELATIVE) continue;
            for (Contribution c : r.contributors()) if (c.fund() != null) funds.putIfAbsent(c.unit(), c.fund());
        }
        BigDecimal total = funds.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (funds.isEmpty() || total.signum() == 0) return "";
        StringBuilder b = new StringBuilder("：");
        funds.forEach((unit, fund) -> b.append(b.length() == 1 ? "" : "、").append(unit).append(" ")
                .append(fund.multiply(new BigDecimal("100")).divide(total, 2, RoundingMode.HALF_UP).toPlainString()).append("%"));
        return b.toString();
    }
}
