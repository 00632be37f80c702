package org.jixiao.scorecard;

import java.math.BigDecimal;
import org.jixiao.measure.QualitativeGrade;

/**
 * One row of the table. The first fields are those of PARSE-FORMAT.md (cell texts as written); the last
 * ones are the evaluator's inputs that a published table does not carry:
 * <ul>
 *   <li>{@code grade}, {@code completionPercent}: the qualitative grade and completion % chosen at 自评;</li>
 *   <li>{@code valueKind}: absolute or relative for roll-up (null: defaulted from the unit);</li>
 *   <li>{@code notApplicable}: the indicator does not apply and is rescaled away;</li>
 *   <li>{@code deduction}: a manual 调减 for over-achievement against a target set too low (reason in {@code reason}).</li>
 * </ul>
 */
public record Indicator(String level1, String level2, String name, String target, String actual,
                        BigDecimal weight, BigDecimal score, String reason, String definition,
                        String duty, String dutyGoal, String goalContent, String activity, References references,
                        QualitativeGrade grade, BigDecimal completionPercent, ValueKind valueKind,
                        Boolean notApplicable, BigDecimal deduction) {

    /** A row with only the published fields. */
    public static Indicator of(String level1, String level2, String name, String target, String actual) {
        return new Indicator(level1, level2, name, target, actual, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    public boolean applicable() { return !Boolean.TRUE.equals(notApplicable); }

    public Indicator withActual(String newActual) {
        return new Indicator(level1, level2, name, target, newActual, weight, score, reason, definition,
                duty, dutyGoal, goalContent, activity, references, grade, completionPercent, valueKind,
                notApplicable, deduction);
    }

    public Indicator withWeight(BigDecimal newWeight) {
        return new Indicator(level1, level2, name, target, actual, newWeight, score, reason, definition,
                duty, dutyGoal, goalContent, activity, references, grade, completionPercent, valueKind,
                notApplicable, deduction);
    }
}
