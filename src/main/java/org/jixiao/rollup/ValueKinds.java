package org.jixiao.rollup;

import org.jixiao.measure.Unit;
import org.jixiao.scorecard.ValueKind;

/**
 * The default {@link ValueKind} of an indicator whose table does not say (RULES §2.3, §8 item 12):
 * rates (% ‰), per-capita amounts (元/人), scores, and durations are RELATIVE — durations because the
 * official-literal reading of note 4 is the fund-weighted mean; a name with 率, 比例 or 标准 is RELATIVE whatever
 * its unit (「居民医保政府补助标准 610元」); counts and money otherwise add up (ABSOLUTE).
 */
public final class ValueKinds {
    private ValueKinds() {}

    /** The row's kind as stored, or its default from the target's unit (else the actual's) and name. */
    public static ValueKind of(org.jixiao.scorecard.Indicator row) {
        return row.valueKind() != null ? row.valueKind() : defaultOf(row);
    }

    /** What the row's kind is when nobody chose one: from the target's unit (else the actual's) and the name. */
    public static ValueKind defaultOf(org.jixiao.scorecard.Indicator row) {
        Unit unit = unitOf(row.targetReading().value());
        if (unit == null || unit.symbol().isEmpty()) unit = unitOf(row.actualReading().value());
        return defaultFor(unit, row.name());
    }

    private static Unit unitOf(org.jixiao.measure.Value value) {
        return switch (value) {
            case org.jixiao.measure.Value.Measured m -> m.quantity().unit();
            case org.jixiao.measure.Value.Bound b -> b.quantity().unit();
            case org.jixiao.measure.Value.Range r -> r.min().unit();
            default -> null;
        };
    }

    public static ValueKind defaultFor(Unit unit, String indicatorName) {
        if (unit != null) {
            switch (unit.dimension()) {
                case RATE, PER_CAPITA, SCORE, DURATION, WORKDAY -> { return ValueKind.RELATIVE; }
                default -> { }
            }
        }
        String name = indicatorName == null ? "" : indicatorName;
        if (name.contains("率") || name.contains("比例") || name.contains("标准")) return ValueKind.RELATIVE;
        return ValueKind.ABSOLUTE;
    }
}
