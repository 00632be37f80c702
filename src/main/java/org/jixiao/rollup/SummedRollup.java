package org.jixiao.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.measure.Quantity;
import org.jixiao.measure.Unit;
import org.jixiao.measure.Units;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;

/**
 * The regional roll-up from sums, for regions too large to load every unit's scorecard (issue 14: a national roll-up
 * is 65,220 rows). The database sums the units' stored readings per regional row, per kind of reading and per unit
 * symbol ({@link Group}); this class applies {@link Rollup}'s rules to those sums: qualitative when any unit gave a
 * completion %, the regional unit and value kind, unit conversion (a conversion is a factor, so a group's sum
 * converts at once), fund-weighted means or sums, and the event that occurred nowhere. {@link Rollup#aggregate} stays
 * the reference: the tests hold this result to it row by row. The per-unit drill-down is not built here (the rows
 * carry only the counts); it is built from the reference for the row a person opens.
 */
public final class SummedRollup {
    private SummedRollup() {}

    /** What the units' rows of one regional row read as (the reference's readings, one per unit). */
    public enum Reading {
        /** a completion %: the evaluator's, or 100 for a bare 达成 */
        PERCENT,
        /** a measured value or a bound, in {@link Group#unit()} */
        AMOUNT,
        /** "本市未发生…事件" */
        NOT_OCCURRED,
        /** the row is there but nothing usable (free text, 部分达成 without a %, a blank cell) */
        NOTHING
    }

    /**
     * The units' rows of one regional row that read alike, summed (at most one row per unit: its first of that name).
     *
     * @param row            the regional row (position in the targets)
     * @param unit           the unit symbol of an AMOUNT group ("" for a bare number); null otherwise
     * @param units          how many units' rows are in the group
     * @param funded         how many of them have a fund amount Fᵢ
     * @param fund           ΣFᵢ over the funded ones (null when none)
     * @param fundTimesValue Σ(Fᵢ·xᵢ) over the funded ones, x in the group's unit (or the completion %)
     * @param value          Σxᵢ over all of them
     * @param firstUnit      the roll-up position of the group's first unit
     * @param firstKindUnit  the roll-up position of the group's first unit whose row states a value kind; null when none
     * @param firstKind      that unit's value kind
     * @param text           the 完成值 as written of a funded unit of a PERCENT group (shown when it is the only one)
     */
    public record Group(int row, Reading reading, String unit, long units, long funded, BigDecimal fund,
                        BigDecimal fundTimesValue, BigDecimal value, long firstUnit, Long firstKindUnit,
                        ValueKind firstKind, String text) {}

    /** A fund source summed over the units in 万元 (the name as the first unit wrote it). */
    public record SourceSum(String name, BigDecimal planned, BigDecimal executed) {}

    /** The regional budget from its sums in 万元: each rate is ΣB/ΣA, never a mean of rates. */
    public static Budget budget(BigDecimal initial, BigDecimal planned, BigDecimal executed, List<SourceSum> sources) {
        List<FundSource> lines = sources.stream()
                .map(s -> new FundSource(s.name(), s.planned(), s.executed(), Rollup.rate(s.executed(), s.planned()))).toList();
        return new Budget("万元", initial, planned, executed, Rollup.rate(executed, planned), lines);
    }

    /**
     * @param targets the regional targets (or the first unit's table, as in {@link Rollup#aggregate})
     * @param units   every unit rolled up, named as {@link Rollup#unitName} names them, in roll-up order
     */
    public static RegionalRollup of(Scorecard targets, FundWeight weight, List<String> units, Budget budget, List<Group> groups) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("汇总至少需要一个资金使用单位的自评表 / a roll-up needs at least one unit scorecard");
        }
        List<List<Group>> byRow = new ArrayList<>();
        for (int i = 0; i < targets.indicators().size(); i++) byRow.add(new ArrayList<>());
        for (Group g : groups) byRow.get(g.row()).add(g);
        List<RegionalIndicator> rows = new ArrayList<>();
        for (int i = 0; i < targets.indicators().size(); i++) rows.add(row(targets.indicators().get(i), byRow.get(i), units.size()));
        return new RegionalRollup(budget, rows, units, weight == null ? FundWeight.ALLOCATED : weight, targets, null);
    }

    private static RegionalIndicator row(Indicator target, List<Group> groups, int units) {
        Group percent = groups.stream().filter(g -> g.reading() == Reading.PERCENT && g.units() > 0).findFirst().orElse(null);
        if (percent != null) {
            BigDecimal mean = mean(percent.fundTimesValue(), percent.fund());
            int contributors = (int) percent.funded();
            return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(), ValueKind.RELATIVE,
                    mean, "%", Rollup.qualitativeText(mean, contributors, percent.text()),
                    mean == null ? null : QualitativeGrade.ofPercent(mean), List.of(), List.of(), contributors, units - contributors);
        }
        Unit unit = Rollup.targetUnit(target);
        if (unit == null) {
            unit = groups.stream().filter(g -> g.reading() == Reading.AMOUNT && !g.unit().isEmpty())
                    .min(java.util.Comparator.comparingLong(Group::firstUnit)).map(g -> unitOf(g.unit())).orElse(Unit.NONE);
        }
        ValueKind firstKind = groups.stream().filter(g -> g.firstKindUnit() != null)
                .min(java.util.Comparator.comparingLong(Group::firstKindUnit)).map(Group::firstKind).orElse(null);
        ValueKind kind = Rollup.valueKind(target, firstKind, unit);
        boolean relative = kind == ValueKind.RELATIVE;
        int contributors = 0;
        BigDecimal fund = BigDecimal.ZERO, weighted = BigDecimal.ZERO, sum = BigDecimal.ZERO;
        for (Group g : groups) {
            if (g.reading() != Reading.AMOUNT) continue;
            Unit from = unitOf(g.unit());
            if (relative) {
                Optional<BigDecimal> fx = g.funded() == 0 ? Optional.of(BigDecimal.ZERO) : convert(g.fundTimesValue(), from, unit);
                if (fx.isEmpty()) continue;
                contributors += (int) g.funded();
                if (g.funded() > 0) {
                    fund = fund.add(g.fund());
                    weighted = weighted.add(fx.get());
                }
            } else {
                Optional<BigDecimal> x = convert(g.value(), from, unit);
                if (x.isEmpty()) continue;
                contributors += (int) g.units();
                sum = sum.add(x.get());
            }
        }
        int missing = units - contributors;
        if (contributors == 0 && noneOccurred(groups)) {
            return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(), kind,
                    null, unit.symbol(), Rollup.NONE_OCCURRED, null, List.of(), List.of(), 0, missing);
        }
        BigDecimal value = relative ? mean(weighted, fund) : contributors == 0 ? null : sum;
        String text = value == null ? null : relative ? Rollup.relativeText(value, unit) : Rollup.sumText(value, unit);
        return new RegionalIndicator(target.name(), target.level1(), target.level2(), target.target(), kind,
                value, unit.symbol(), text, null, List.of(), List.of(), contributors, missing);
    }

    /** Every unit that has the row says the event did not occur (the reference's rule on sums). */
    private static boolean noneOccurred(List<Group> groups) {
        long present = groups.stream().mapToLong(Group::units).sum();
        long notOccurred = groups.stream().filter(g -> g.reading() == Reading.NOT_OCCURRED).mapToLong(Group::units).sum();
        return present > 0 && notOccurred == present;
    }

    /** One unit's value on a row as written in its own unit (or its completion %), with its fund and roll-up position. */
    public record Candidate(int row, Reading reading, String unit, String name, long position, BigDecimal fund, BigDecimal value) {}

    /**
     * The {@code n} contributors with the lowest values on a regional row, lowest first (ties in roll-up order), from
     * candidates that hold each group's lowest: those the reference would have counted, converted to the regional unit.
     */
    public static List<Contribution> lowest(RegionalIndicator row, List<Candidate> candidates, int n) {
        Unit to = row.qualitative() ? null : unitOf(row.unit());
        boolean funded = row.qualitative() || row.valueKind() == ValueKind.RELATIVE;
        record Ranked(Candidate c, BigDecimal value) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.reading() != (row.qualitative() ? Reading.PERCENT : Reading.AMOUNT) || funded && c.fund() == null) continue;
            Optional<BigDecimal> x = to == null ? Optional.of(c.value()) : convert(c.value(), unitOf(c.unit()), to);
            x.ifPresent(v -> ranked.add(new Ranked(c, v)));
        }
        return ranked.stream().sorted(java.util.Comparator.comparing(Ranked::value).thenComparingLong(r -> r.c().position()))
                .limit(n).map(r -> new Contribution(r.c().name(), r.c().fund(), r.value(), null)).toList();
    }

    /** Σ(F·x)/ΣF as the reference divides it; no value when nobody contributed or ΣF is 0. */
    private static BigDecimal mean(BigDecimal weighted, BigDecimal fund) {
        return fund == null || weighted == null || fund.signum() == 0 ? null : weighted.divide(fund, Rollup.MC);
    }

    /** A sum of values in one unit expressed in another: conversions are factors, so this is the quantity's own rule. */
    static Optional<BigDecimal> convert(BigDecimal amount, Unit from, Unit to) {
        return new Quantity(amount, from).in(to);
    }

    /** The unit a stored symbol stands for: the stored column holds the symbol of the grammar's unit. */
    public static Unit unitOf(String symbol) {
        if (symbol == null || symbol.isEmpty()) return Unit.NONE;
        return Units.of(symbol).orElseGet(() -> new Unit(symbol, org.jixiao.measure.Dimension.NONE, BigDecimal.ONE));
    }
}
