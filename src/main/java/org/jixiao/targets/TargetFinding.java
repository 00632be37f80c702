package org.jixiao.targets;

/**
 * One problem of a target table found by {@link TargetChecks}, naming the indicator it concerns.
 *
 * @param indicator     position of the row (0-based), null for the table as a whole
 * @param indicatorName the row's 三级指标 name, null for the table
 */
public record TargetFinding(Check check, Severity severity, Integer indicator, String indicatorName, String zh, String en) {

    public enum Check {
        /** 年度指标值 below (for ≤: above) what was achieved last year. */
        BELOW_LAST_YEAR,
        /** A phrase such as 有所提高 where a number was possible. */
        VAGUE_TARGET,
        /** Weights given but not adding up (or some rows without one). */
        WEIGHTS,
        /** No indicator under 产出, 效益 or 满意度. */
        MISSING_CATEGORY,
        /** The same indicator twice. */
        DUPLICATE,
        /** A 成本 indicator whose value is not an amount of money. */
        COST_WITHOUT_MONEY
    }

    public enum Severity { WARNING, BLOCKING }

    public boolean blocking() { return severity == Severity.BLOCKING; }
}
