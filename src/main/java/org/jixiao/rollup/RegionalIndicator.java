package org.jixiao.rollup;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.ValueKind;

/**
 * One row of the regional table, with its drill-down when it was built ({@link #detailed()}).
 *
 * @param target           the regional target text (区域绩效目标 issued by the upper level)
 * @param valueKind        how the units' values were combined (qualitative rows are fund-weighted, so RELATIVE)
 * @param aggregatedActual the regional value, unrounded (the completion % for a qualitative row); null when no unit
 *                         contributed
 * @param unit             the unit symbol of the regional value ("次", "%"); "%" for qualitative rows
 * @param actualText       the regional value as the table shows it ("8次", "54.38%"); null when no unit contributed
 *                         (or 各单位均未发生 when every unit reported the event did not occur). A qualitative row of a
 *                         single contributing unit shows that unit's 完成值 as written (「…增长率288.15%」), never
 *                         its completion % in its place; the % is then {@code aggregatedActual}
 * @param grade            the grade the qualitative % maps back to; null for quantitative rows
 * @param contributors     the units whose values went into the number, in input order (empty when not built)
 * @param missing          units that lack the indicator or a usable value, never counted as 0 (empty when not built)
 * @param contributorCount how many units went into the number (also when the list is not built)
 * @param missingCount     how many units are missing (also when the list is not built)
 */
public record RegionalIndicator(String name, String level1, String level2, String target, ValueKind valueKind,
                                BigDecimal aggregatedActual, String unit, String actualText, QualitativeGrade grade,
                                List<Contribution> contributors, List<String> missing,
                                int contributorCount, int missingCount) {

    public RegionalIndicator {
        contributors = List.copyOf(contributors);
        missing = List.copyOf(missing);
    }

    /** A row with its drill-down built: the counts are the lists' sizes. */
    public RegionalIndicator(String name, String level1, String level2, String target, ValueKind valueKind,
                             BigDecimal aggregatedActual, String unit, String actualText, QualitativeGrade grade,
                             List<Contribution> contributors, List<String> missing) {
        this(name, level1, level2, target, valueKind, aggregatedActual, unit, actualText, grade, contributors, missing,
                contributors.size(), missing.size());
    }

    /** Whether the row was rolled up from completion percentages (it then carries a grade). */
    public boolean qualitative() { return grade != null; }

    /** Whether the per-unit lists are here (a summary built from sums has only the counts). */
    public boolean detailed() { return contributors.size() == contributorCount && missing.size() == missingCount; }
}
