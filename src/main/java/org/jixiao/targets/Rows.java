package org.jixiao.targets;

import java.math.BigDecimal;
import org.jixiao.scorecard.Indicator;

/** The indicator rows target setting makes: from the library, by hand, or copied with last year's results left out. */
public final class Rows {
    private Rows() {}

    public static Indicator row(String level1, String level2, String name, String target, String definition, BigDecimal weight) {
        return new Indicator(level1, level2, name, target, null, weight, null, null, definition,
                null, null, null, null, null, null, null, null, null, null);
    }

    public static Indicator fromLibrary(LibraryIndicator e) {
        return row(e.level1(), e.level2(), e.name(), e.example(), e.definition(), null);
    }

    /** Last year's row as a start: its target, weight and department columns; nothing of last year's results. */
    public static Indicator copied(Indicator r) {
        return new Indicator(r.level1(), r.level2(), r.name(), r.target(), null, r.weight(), null, null, r.definition(),
                r.duty(), r.dutyGoal(), r.goalContent(), r.activity(), r.references(), null, null, r.valueKind(), null, null);
    }

    public static Indicator withTarget(Indicator r, String target) {
        return new Indicator(r.level1(), r.level2(), r.name(), target, r.actual(), r.weight(), r.score(), r.reason(),
                r.definition(), r.duty(), r.dutyGoal(), r.goalContent(), r.activity(), r.references(), r.grade(),
                r.completionPercent(), r.valueKind(), r.notApplicable(), r.deduction());
    }
}
