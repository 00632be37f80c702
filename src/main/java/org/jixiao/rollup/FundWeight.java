package org.jixiao.rollup;

import java.math.BigDecimal;
import org.jixiao.scorecard.Budget;

/**
 * Which fund amount Fᵢ weighs a unit in the fund-weighted means. Note 4/5 say only 「资金额度」 (RULES §8 item 6),
 * so the choice is the caller's; ALLOCATED is the default.
 */
public enum FundWeight {
    /** 全年预算数 A: the amount allocated to the unit (下达额度). */
    ALLOCATED("全年预算数(A)"),
    /** 全年执行数 B: the amount the unit actually paid out. */
    EXECUTED("全年执行数(B)");

    private final String label;

    FundWeight(String label) { this.label = label; }

    public String label() { return label; }

    /** The unit's fund amount under this choice, in 万元; null when the budget does not state it. */
    public BigDecimal of(Budget budget) {
        BigDecimal amount = this == ALLOCATED ? budget.planned() : budget.executed();
        return Money.toWan(amount, budget.currency());
    }
}
