package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.Explanation;
import org.jixiao.rollup.Contribution;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.Names;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.Rollup;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;

/**
 * A fund's monitoring rounds rolled up over a region, indicator by indicator, the way the self-evaluation rolls up
 * (RULES §2.3, through {@link Rollup}): each unit's progress to date and expected year-end value are summed (counts,
 * amounts) or fund-weighted by the unit's 全年预算数 (rates); money is summed and its rate is ΣB/ΣA. The region's lights
 * are then worked out as for one table ({@link Assessment}) on the summed figures against the region's targets; a row
 * without a summable figure (qualitative progress) takes the worst light its units reported [INF]. Units that did not
 * report a row are listed as missing, never counted as 0. Lights need one cut-off month: with rounds of different
 * months (each table's latest), nothing is judged.
 */
public final class RegionalMonitoring {
    private RegionalMonitoring() {}

    /** One unit's round: what the rollup needs of it. */
    public record UnitRound(String unit, int month, BigDecimal planned, BigDecimal paid, BigDecimal committed, List<Reported> entries) {}

    /** One indicator as a unit reported it in its round (matched to the region's rows by name). */
    public record Reported(String name, String progress, String expected, Light light) {}

    /** One indicator of the region. */
    public record Line(int indicator, String level1, String level2, String name, String target, ValueKind kind,
                       String progress, String expected, Light light, Explanation explanation, long red, long yellow, long green,
                       long blue, List<Contribution> contributions, List<String> missing) {}

    /**
     * @param month the cut-off month of every round, or null when they differ (then no light is judged)
     */
    public record Result(String project, Integer month, int units, BigDecimal planned, BigDecimal paid, BigDecimal committed,
                         BigDecimal ratePercent, Light budgetLight, Explanation budgetExplanation, List<Line> lines) {}

    /**
     * @param targets the region's own target table for the fund (issued from above), else a unit's table lending its rows
     */
    public static Result of(String project, Scorecard targets, List<UnitRound> rounds, MonitoringRules rules) {
        if (rounds.isEmpty()) throw new IllegalArgumentException("no rounds to roll up");
        Integer month = rounds.stream().map(UnitRound::month).distinct().count() == 1 ? rounds.getFirst().month() : null;
        List<Scorecard> progress = new ArrayList<>(), expected = new ArrayList<>();
        BigDecimal planned = null, paid = BigDecimal.ZERO, committed = null;
        for (UnitRound r : rounds) {
            progress.add(unit(r, true));
            expected.add(unit(r, false));
            planned = add(planned, r.planned());
            paid = paid.add(r.paid());
            committed = add(committed, r.committed());
        }
        RegionalRollup now = Rollup.aggregate(progress, targets, FundWeight.ALLOCATED);
        RegionalRollup yearEnd = Rollup.aggregate(expected, targets, FundWeight.ALLOCATED);
        Map<String, long[]> lights = lightCounts(rounds);

        Scorecard region = withBudget(targets, planned);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < now.indicators().size(); i++) {
            RegionalIndicator p = now.indicators().get(i), e = yearEnd.indicators().get(i);
            Indicator row = targets.indicators().get(i);
            long[] n = lights.getOrDefault(Names.key(row.name()), new long[4]);
            Light light = Light.NONE;
            Explanation why = new Explanation("各表监控期不同，不判断预警",
                    "the tables' rounds cover different months: no light is judged");
            if (month != null) {
                Assessment.Entry judged = Assessment.indicator(i, row,
                        new RoundInput.Entry(i, p.actualText(), e.actualText(), null, null, null), null, month, rules);
                light = judged.light();
                why = new Explanation(judged.zh(), judged.en());
            }
            if (light == Light.NONE) {
                // nothing summable (qualitative progress): the region is as bad as its worst unit
                Light worst = n[0] > 0 ? Light.RED : n[1] > 0 ? Light.YELLOW : n[2] > 0 ? Light.GREEN : n[3] > 0 ? Light.BLUE : Light.NONE;
                if (worst != Light.NONE) {
                    light = worst;
                    why = new Explanation("无可汇总的数值，取各单位中最差的预警",
                            "nothing to sum: the worst light of the units");
                }
            }
            lines.add(new Line(i, row.level1(), row.level2(), row.name(), row.target(), p.valueKind(), p.actualText(), e.actualText(),
                    light, why, n[0], n[1], n[2], n[3], p.contributors(), p.missing()));
        }
        Assessment.Budget b = Assessment.budget(region, new RoundInput(month, paid, committed, null, List.of()),
                month == null ? 0 : month, rules);
        return new Result(project, month, rounds.size(), planned, paid, committed,
                planned == null || planned.signum() == 0 ? null : Assessment.pct(paid, planned),
                month == null ? Light.NONE : b.light(), new Explanation(b.zh(), b.en()), lines);
    }

    /** The roll-up as the official 项目支出绩效运行监控表 of the region (its targets' rows, the summed figures). */
    public static MonitoringTable table(String regionName, Scorecard targets, Result r) {
        Scorecard region = new Scorecard(targets.form(), targets.title(), targets.year(), r.project(),
                regionName + "（" + r.units() + "个单位汇总）", targets.competentDepartment(), targets.region(),
                new Budget("万元", null, r.planned(), r.paid(), null, List.of()), targets.overallGoal(), targets.indicators());
        List<MonitoringTable.Line> lines = r.lines().stream().map(l -> new MonitoringTable.Line(l.indicator(), l.progress(),
                l.expected(), null, l.light(), counts(l), null)).toList();
        MonitoringTable t = MonitoringTable.of(region, r.month() == null ? 12 : r.month(), r.paid(), r.committed(), r.ratePercent(),
                r.budgetLight(), r.month() == null ? "各表最近一期汇总，监控期不同，不判断预警" : null, lines);
        String period = r.month() == null ? "各表最近一期" : "1–" + r.month() + "月";
        String title = (targets.year() == null ? "" : targets.year() + "年度") + "项目支出绩效运行监控表（" + period + "，" + regionName + "汇总）";
        return new MonitoringTable(title, t.rows());
    }

    /** The units' lights of a row, in the 偏差原因分析 column of the region's form. */
    private static String counts(Line l) {
        if (l.red() + l.yellow() + l.green() + l.blue() == 0) return null;
        return "各单位预警：红灯" + l.red() + "、黄灯" + l.yellow() + "、绿灯" + l.green() + "、蓝灯" + l.blue()
                + (l.missing().isEmpty() ? "" : "；未报" + l.missing().size() + "个");
    }

    private static Scorecard unit(UnitRound r, boolean progress) {
        List<Indicator> rows = new ArrayList<>(r.entries().size());
        for (Reported e : r.entries()) {
            rows.add(Indicator.builder().name(e.name()).actual(progress ? e.progress() : e.expected()).build());
        }
        return new Scorecard(null, null, null, null, r.unit(), null, null,
                new Budget("万元", null, r.planned(), r.paid(), null, List.of()), null, rows);
    }

    private static Scorecard withBudget(Scorecard s, BigDecimal planned) {
        return new Scorecard(s.form(), s.title(), s.year(), s.project(), s.unit(), s.competentDepartment(), s.region(),
                new Budget("万元", null, planned, null, null, List.of()), s.overallGoal(), s.indicators());
    }

    /** Per row name: how many units reported it red, yellow, green, blue. */
    private static Map<String, long[]> lightCounts(List<UnitRound> rounds) {
        Map<String, long[]> out = new HashMap<>();
        for (UnitRound r : rounds) {
            for (Reported e : r.entries()) {
                long[] n = out.computeIfAbsent(Names.key(e.name()), k -> new long[4]);
                switch (e.light()) {
                    case RED -> n[0]++;
                    case YELLOW -> n[1]++;
                    case GREEN -> n[2]++;
                    case BLUE -> n[3]++;
                    default -> { }
                }
            }
        }
        return out;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (b == null) return a;
        return a == null ? b : a.add(b);
    }
}
