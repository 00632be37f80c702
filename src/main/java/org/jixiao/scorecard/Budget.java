package org.jixiao.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The money block: 年初预算数 (initial), 全年预算数 A (planned), 全年执行数 B (executed), 执行率 as written
 * (ratePercent), by fund source. Absent values are null, never 0.
 */
public record Budget(String currency, BigDecimal initial, BigDecimal planned, BigDecimal executed,
                     BigDecimal ratePercent, List<FundSource> sources) {

    public Budget {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Amounts and rate by value: 320.00 from the store is the 320 a workbook reads back ({@link Decimals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Budget b && Objects.equals(currency, b.currency) && Decimals.same(initial, b.initial)
                && Decimals.same(planned, b.planned) && Decimals.same(executed, b.executed)
                && Decimals.same(ratePercent, b.ratePercent) && sources.equals(b.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, Decimals.hash(initial), Decimals.hash(planned), Decimals.hash(executed),
                Decimals.hash(ratePercent), sources);
    }

    public static Budget empty() {
        return new Budget(null, null, null, null, null, List.of());
    }
}
