package org.jixiao.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.measure.Quantity;
import org.jixiao.measure.Unit;
import org.jixiao.measure.Units;
import org.jixiao.measure.Value;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;

/**
 * 主管部门 → 区域 aggregation (RULES.md §2.3, notes 4 and 5 of the 区域绩效自评表):
 * <ul>
 *   <li>budget lines are summed by fund-source name; the rate is ΣB/ΣA, never a mean of rates;</li>
 *   <li>ABSOLUTE actuals are summed; RELATIVE actuals are fund-weighted means Σ(Fᵢ·xᵢ)/ΣFᵢ;</li>
 *   <li>qualitative rows take each unit's completion % (the evaluator's {@code completionPercent}, or 100 for a
 *       bare 达成 — the only grade with a default, RULES §1.6) and fund-weight them; the regional % maps back to a grade;</li>
 *   <li>a unit without the row, without a readable value, or (for weighted means) without a fund amount is listed
 *       as missing and left out of the sums and of ΣF — never counted as 0.</li>
 * </ul>
 * A row is qualitative as soon as one unit gives it a grade or a completion %; units that then give only a
 * number are missing for that row. Actuals that are bounds ("≥90%") count with their bound value. Values in a
 * unit that does not convert to the regional unit (次 vs 家) are missing. An event that did not occur has no value
 * (missing); when every unit that has the row says so, the regional text is {@value #NONE_OCCURRED}.
 * Unit rows that the regional targets do not list are not rolled up.
 */
public final class Rollup {
    static final String TRANSFER_FORM = "transfer-self-evaluation";
    static final MathContext MC = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Rollup() {}

    public static RegionalRollup aggregate(List<Scorecard> units, Scorecard regionalTargets, FundWeight weight) {
        if (units == null || units.isEmpty()) {
            throw new IllegalArgumentException("汇总至少需要一个资金使用单位的自评表 / a roll-up needs at least one unit scorecard");
        }
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == null) {
                throw new IllegalArgumentException("第" + (i + 1) + "个单位的自评表为空 / unit scorecard " + (i + 1) + " is null");
            }
        }
        FundWeight w = weight == null ? FundWeight.ALLOCATED : weight;
        Scorecard targets = regionalTargets != null ? regionalTargets : units.getFirst();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) names.add(unitName(units.get(i), i));

        // each unit's rows by name key, once: a national roll-up matches 20 rows in 3,000+ units
        List<Map<String, Indicator>> rowsByKey = new ArrayList<>(units.size());
        for (Scorecard unit : units) {
            Map<String, Indicator> byKey = new java.util.HashMap<>();
            for (Indicator i : unit.indicators()) byKey.putIfAbsent(Names.key(i.name()), i);
            rowsByKey.add(byKey);
        }
        List<RegionalIndicator> rows = new ArrayList<>();
        for (Indicator target : targets.indicators()) {
            rows.add(aggregateRow(target, units, rowsByKey, names, w));
        }
        return new RegionalRollup(sumBudgets(units), rows, names, w, targets, achievements(units, names));
    }

    /** What one unit reported for a row. */
    private sealed interface Reading {
        record Percent(BigDecimal percent) implements Reading {}
        record Amount(Quantity quantity) implements Reading {}
        record Nothing() implements Reading {}
        /** "本市未发生…事件": no value, but nothing went wrong either. */
        record NotOccurred() implements Reading {}
    }

    /** The regional text when every unit that has the row reports the event did not occur (reads as NotOccurred). */
    static final String NONE_OCCURRED = "各单位均未发生";

    private static RegionalIndicator aggregateRow(Indicator target, List<Scorecard> units,
                                                  List<Map<String, Indicator>> rowsByKey, List<String> names, FundWeight w) {
        String key = Names.key(target.name());
        List<Indicator> found = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Map<String, Indicator> unitRows : rowsByKey) {
            Indicator row = unitRows.get(key);
            found.add(row);
            readings.add(row == null ? new Reading.Nothing() : read(row));
        }
        boolean qualitative = readings.stream().anyMatch(r -> r instanceof Reading.Percent);
        if (qualitative) {
            List<Entry> entries = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            String written = null;
            for (int i = 0; i < units.size(); i++) {
                BigDecimal fund = w.of(units.get(i).budget());
                if (readings.get(i) instanceof Reading.Percent(BigDecimal p) && fund != null) {
                    entries.add(new Entry(names.get(i), fund, p));
                    written = found.get(i).actual();
                } else {
                    missing.add(names.get(i));
                }
            }
            Weighted mean = weightedMean(entries);
            QualitativeGrade grade = mean.value == null ? null : QualitativeGrade.ofPercent(mean.value);
            return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(),
                    ValueKind.RELATIVE, mean.value, "%", qualitativeText(mean.value, entries.size(), written),
                    grade, mean.contributions, missing);
        }

        Unit unit = regionalUnit(target, readings);
        ValueKind kind = valueKind(target, found, unit);
        List<Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Optional<BigDecimal> x = readings.get(i) instanceof Reading.Amount(Quantity q) ? q.in(unit) : Optional.empty();
            BigDecimal fund = w.of(units.get(i).budget());
            if (x.isEmpty() || kind == ValueKind.RELATIVE && fund == null) {
                missing.add(names.get(i));
            } else {
                entries.add(new Entry(names.get(i), fund, x.get()));
            }
        }
        if (entries.isEmpty() && noneOccurred(found, readings)) {
            return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(), kind,
                    null, unit.symbol(), NONE_OCCURRED, null, List.of(), missing);
        }
        if (kind == ValueKind.RELATIVE) {
            Weighted mean = weightedMean(entries);
            return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(), kind,
                    mean.value, unit.symbol(), mean.value == null ? null : relativeText(mean.value, unit),
                    null, mean.contributions, missing);
        }
        BigDecimal sum = entries.isEmpty() ? null : entries.stream().map(Entry::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Contribution> contributions = entries.stream()
                .map(e -> new Contribution(e.unit, e.fund, e.value, share(e.value, sum))).toList();
        return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(), kind,
                sum, unit.symbol(), sum == null ? null : sumText(sum, unit),
                null, contributions, missing);
    }

    /**
     * The regional 完成值 of a qualitative row: the fund-weighted completion % (note 5), except that a single contributing
     * unit's 完成值 stands as written — its 「增长率288.15%」 is the fact, and its 100 % completion is not a value to put in
     * its place (issue 11). Null when nobody contributed.
     */
    static String qualitativeText(BigDecimal mean, int contributors, String writtenByTheOnlyOne) {
        if (mean == null) return null;
        if (contributors == 1 && writtenByTheOnlyOne != null && !writtenByTheOnlyOne.isBlank()) return writtenByTheOnlyOne;
        return relativeText(mean, Units.PERCENT);
    }

    /** Every unit that has the row says the event did not occur (units without the row do not count). */
    private static boolean noneOccurred(List<Indicator> found, List<Reading> readings) {
        boolean any = false;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) == null) continue;
            if (!(readings.get(i) instanceof Reading.NotOccurred)) return false;
            any = true;
        }
        return any;
    }

    private record Entry(String unit, BigDecimal fund, BigDecimal value) {}

    private record Weighted(BigDecimal value, List<Contribution> contributions) {}

    /** Σ(Fᵢ·xᵢ)/ΣFᵢ; no value when nobody contributed or ΣF is 0. */
    private static Weighted weightedMean(List<Entry> entries) {
        BigDecimal totalFund = entries.stream().map(Entry::fund).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = entries.stream().map(e -> e.fund.multiply(e.value)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = totalFund.signum() == 0 ? null : weighted.divide(totalFund, MC);
        List<Contribution> contributions = entries.stream()
                .map(e -> new Contribution(e.unit, e.fund, e.value, share(e.fund, totalFund))).toList();
        return new Weighted(mean, contributions);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total == null || total.signum() == 0 ? null : part.divide(total, MC);
    }

    private static Reading read(Indicator row) {
        if (row.completionPercent() != null) return new Reading.Percent(row.completionPercent());
        if (row.grade() == QualitativeGrade.MET) return new Reading.Percent(HUNDRED); // 达成 defaults to 100 %
        if (row.grade() != null) return new Reading.Nothing(); // 部分达成 / 未达成 have no default %
        return switch (row.actualReading().value()) {
            case Value.Measured m -> new Reading.Amount(m.quantity());
            case Value.Bound b -> new Reading.Amount(b.quantity());
            case Value.NotOccurred n -> new Reading.NotOccurred();
            default -> new Reading.Nothing();
        };
    }

    /** The unit of the regional target's value; null when the target states none. */
    static Unit targetUnit(Indicator target) {
        Unit fromTarget = switch (target.targetReading().value()) {
            case Value.Measured m -> m.quantity().unit();
            case Value.Bound b -> b.quantity().unit();
            case Value.Range r -> r.min().unit();
            default -> Unit.NONE;
        };
        return fromTarget != Unit.NONE && !fromTarget.symbol().isEmpty() ? fromTarget : null;
    }

    /** The unit the regional value is expressed in: the target's, else the first unit-bearing actual's. */
    private static Unit regionalUnit(Indicator target, List<Reading> readings) {
        Unit fromTarget = targetUnit(target);
        if (fromTarget != null) return fromTarget;
        return readings.stream()
                .flatMap(r -> r instanceof Reading.Amount(Quantity q) ? java.util.stream.Stream.of(q.unit()) : java.util.stream.Stream.empty())
                .filter(u -> !u.symbol().isEmpty())
                .findFirst().orElse(Unit.NONE);
    }

    private static ValueKind valueKind(Indicator target, List<Indicator> found, Unit unit) {
        return valueKind(target, found.stream().filter(i -> i != null && i.valueKind() != null).map(Indicator::valueKind)
                .findFirst().orElse(null), unit);
    }

    /** The target's kind, else the first unit's that states one, else the default for the unit and name. */
    static ValueKind valueKind(Indicator target, ValueKind firstUnits, Unit unit) {
        if (target.valueKind() != null) return target.valueKind();
        return firstUnits != null ? firstUnits : ValueKinds.defaultFor(unit, target.name());
    }

    /** A sum as the table shows it: "8次". */
    static String sumText(BigDecimal sum, Unit unit) {
        return sum.stripTrailingZeros().toPlainString() + unit.symbol();
    }

    static String relativeText(BigDecimal value, Unit unit) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + unit.symbol();
    }

    private static String unitName(Scorecard unit, int index) {
        return unitName(unit.unit(), index);
    }

    /** A unit as the roll-up names it: its name, or 第n个单位 (1-based, in roll-up order) when it has none. */
    public static String unitName(String unit, int index) {
        return unit == null || unit.isBlank() ? "第" + (index + 1) + "个单位" : unit.strip();
    }

    /** Room for the units' narratives in the regional table: a narrative cell's limit, less room for the closing line. */
    static final int ACHIEVEMENT_LIMIT = org.jixiao.scorecard.ScorecardValidator.MAX_NARRATIVE - 100;

    /**
     * The units' narratives, each prefixed with its unit, as long as they fit in {@link #ACHIEVEMENT_LIMIT}; the units
     * left out are counted in a closing line (a national roll-up has thousands).
     */
    private static String achievements(List<Scorecard> units, List<String> names) {
        StringBuilder b = new StringBuilder();
        int left = 0;
        for (int i = 0; i < units.size(); i++) {
            var goal = units.get(i).overallGoal();
            if (goal == null || goal.achievement() == null || goal.achievement().isBlank()) continue;
            String line = names.get(i) + "：" + goal.achievement().strip();
            if (left > 0 || b.length() + 1 + line.length() > ACHIEVEMENT_LIMIT) {
                left++;
                continue;
            }
            if (!b.isEmpty()) b.append('\n');
            b.append(line);
        }
        if (left > 0) b.append(b.isEmpty() ? "" : "\n").append("……另有").append(left).append("个单位的完成情况见各单位自评表");
        return b.isEmpty() ? null : b.toString();
    }


    /** Budget lines summed in 万元, sources by name in first-seen order; each rate is ΣB/ΣA. Absent amounts stay absent. */
    static Budget sumBudgets(List<Scorecard> units) {
        BigDecimal initial = null, planned = null, executed = null;
        Map<String, BigDecimal[]> sources = new LinkedHashMap<>();
        Map<String, String> sourceNames = new LinkedHashMap<>();
        for (Scorecard unit : units) {
            Budget b = unit.budget();
            String c = b.currency();
            initial = add(initial, Money.toWan(b.initial(), c));
            planned = add(planned, Money.toWan(b.planned(), c));
            executed = add(executed, Money.toWan(b.executed(), c));
            for (FundSource s : b.sources()) {
                String key = Names.key(s.name());
                sourceNames.putIfAbsent(key, s.name().strip());
                BigDecimal[] sums = sources.computeIfAbsent(key, k -> new BigDecimal[2]);
                sums[0] = add(sums[0], Money.toWan(s.planned(), c));
                sums[1] = add(sums[1], Money.toWan(s.executed(), c));
            }
        }
        List<FundSource> lines = new ArrayList<>();
        sources.forEach((key, sums) -> lines.add(new FundSource(sourceNames.get(key), sums[0], sums[1], rate(sums[1], sums[0]))));
        return new Budget("万元", initial, planned, executed, rate(executed, planned), lines);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal x) {
        if (x == null) return sum;
        return sum == null ? x : sum.add(x);
    }

    /** 执行率 B/A in %, 2 dp HALF_UP; null when A is absent or 0. */
    static BigDecimal rate(BigDecimal executed, BigDecimal planned) {
        if (executed == null || planned == null || planned.signum() == 0) return null;
        return executed.multiply(HUNDRED).divide(planned, MC).setScale(2, RoundingMode.HALF_UP);
    }
}
