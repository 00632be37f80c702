package org.jixiao.rollup;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.ValueKind;

/**
 * One row of the regional table with its drill-down.
 *
 * @param target           the regional target text (区域绩效目标 issued by the upper level)
 * @param valueKind        how the units' values were combined (qualitative rows are fund-weighted, so RELATIVE)
 * @param aggregatedActual the regional value, unrounded; null when no unit contributed
 * @param unit             the unit symbol of the regional value ("次", "%"); "%" for qualitative rows
 * @param actualText       the regional value as the table shows it ("8次", "54.38%"); null when no unit contributed
 *                         (or 各单位均未发生 when every unit reported the event did not occur)
 * @param grade            the grade the qualitative % maps back to; null for quantitative rows
 * @param contributors     the units whose values went into the number, in input order
 * @param missing          units that lack the indicator or a usable value (never counted as 0)
 */
public record RegionalIndicator(String name, String level1, String level2, String target, ValueKind valueKind,
                                BigDecimal aggregatedActual, String unit, String actualText, QualitativeGrade grade,
                                List<Contribution> contributors, List<String> missing) {

    public RegionalIndicator {
        contributors = List.copyOf(contributors);
        missing = List.copyOf(missing);
    }

    /** Whether the row was rolled up from completion percentages (it then carries a grade). */
    public boolean qualitative() { return grade != null; }
}
