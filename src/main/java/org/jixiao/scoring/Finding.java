package org.jixiao.scoring;

/**
 * Something the evaluator must look at: never an exception, always shown next to the score.
 *
 * @param indicatorIndex position of the indicator in {@code Scorecard.indicators()} (0-based), null for the whole scorecard
 */
public record Finding(Code code, String zh, String en, Integer indicatorIndex) {

    public enum Code {
        /** 得分低于分值，未填写未完成原因和改进措施. */
        MISSING_REASON,
        /** 完成值 ≥ 130 % of the target (threshold in the rules): check whether the target was set too low. */
        OVER_ACHIEVEMENT,
        /** Σ weights ≠ the template total. */
        WEIGHTS_DO_NOT_ADD_UP,
        /** Some indicators carry a weight, this one does not. */
        WEIGHT_MISSING,
        /** The actual's unit cannot be converted to the target's. */
        UNIT_MISMATCH,
        /** Qualitative indicator with an actual but no grade: scored as 达成 100 % until the evaluator grades it. */
        GRADE_DEFAULTED,
        /** The entered completion % or score lies outside the band of the chosen grade. */
        SCORE_OUT_OF_BAND,
        /** 部分达成 / 未达成 chosen without a completion %: scored at the band's lower bound. */
        COMPLETION_MISSING,
        /** A quantitative target whose actual cannot be compared (e.g. "实时响应"), graded by hand by the evaluator. */
        MANUAL_JUDGEMENT,
        /** A quantitative target whose actual cannot be compared and nobody graded it: 0 points, blocks submission. */
        UNREADABLE_ACTUAL,
        /** A first-level category's rows are not contiguous (a row between another category's rows): names the rows. */
        CATEGORY_SPLIT,
        /** 部门整体 weights derived by duty first, then by indicator inside each duty (RULES §3.2). */
        WEIGHTS_BY_DUTY,
        /** Nothing written as 全年完成值. */
        ACTUAL_MISSING,
        /** Nothing written as 年度指标值. */
        TARGET_MISSING,
        /** 一级指标 text names no known category: the indicator gets no derived weight. */
        UNKNOWN_CATEGORY,
        /** A first-level category has no indicators; its weight went to the others. */
        CATEGORY_REDISTRIBUTED,
        /** No budget or A = 0: execution rate not scored, total rescaled. */
        EXECUTION_NOT_APPLICABLE,
        /** Execution rate below the region's explanation threshold (四川: 90 %). */
        EXECUTION_BELOW_THRESHOLD,
        /** RED: indicator completion clearly outruns spending (RULES §1.9). */
        COMPLETION_AHEAD_OF_SPENDING,
        /** YELLOW: a large share of the budget is unspent (RULES §1.9). */
        LARGE_UNSPENT_SHARE,
        /** The indicator was declared 不适用 and rescaled away. */
        NOT_APPLICABLE,
        /**
         * The reported 全年执行数 is above the cash paid recorded in monitoring (RULES §1.7, §8.8): both figures and the
         * execution rate on each basis. Not found by the scorer (it knows no monitoring): the evaluation module adds it.
         */
        EXECUTION_ABOVE_PAID
    }

    /** What a submission cannot go through with: each names the indicator (序号 and name) or the table. */
    public static final java.util.Set<Code> BLOCKING = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            Code.WEIGHTS_DO_NOT_ADD_UP, Code.WEIGHT_MISSING, Code.MISSING_REASON, Code.GRADE_DEFAULTED, Code.UNREADABLE_ACTUAL,
            Code.CATEGORY_SPLIT));

    public boolean blocksSubmission() { return BLOCKING.contains(code); }

    static Finding of(Code code, String zh, String en) { return new Finding(code, zh, en, null); }

    static Finding at(int index, Code code, String zh, String en) { return new Finding(code, zh, en, index); }
}
