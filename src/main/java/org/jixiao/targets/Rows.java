package org.jixiao.targets;

import java.math.BigDecimal;
import org.jixiao.scorecard.Indicator;

/** The indicator rows target setting makes: from the library, by hand, or copied with last year's results left out. */
public final class Rows {
    private Rows() {}

    public static Indicator row(String level1, String level2, String name, String target, String definition, BigDecimal weight) {
        return Indicator.builder().level1(level1).level2(level2).name(name).target(target).definition(definition)
                .weight(weight).build();
    }

    public static Indicator fromLibrary(LibraryIndicator e) {
        return row(e.level1(), e.level2(), e.name(), e.example(), e.definition(), null);
    }

    /** Last year's row as a start: its target, weight and department columns; nothing of last year's results. */
    public static Indicator copied(Indicator r) {
        return r.toBuilder().actual((String) null).score(null).reason(null).grade(null).completionPercent(null)
                .notApplicable(null).deduction(null).build();
    }

    public static Indicator withTarget(Indicator r, String target) { return r.withTarget(target); }
}
