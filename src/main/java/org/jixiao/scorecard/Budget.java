package org.jixiao.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money block: 年初预算数 (initial), 全年预算数 A (planned), 全年执行数 B (executed), 执行率 as written
 * (ratePercent), by fund source. Absent values are null, never 0.
 */
public record Budget(String currency, BigDecimal initial, BigDecimal planned, BigDecimal executed,
                     BigDecimal ratePercent, List<FundSource> sources) {

    public Budget {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Budget empty() {
        return new Budget(null, null, null, null, null, List.of());
    }
}
