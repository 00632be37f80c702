package org.jixiao.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/** One source line of the budget (中央补助 / 地方资金 / 其他资金 / 财政拨款), in 万元; amounts by value ({@link Decimals}). */
public record FundSource(String name, BigDecimal planned, BigDecimal executed, BigDecimal ratePercent) {
    @Override
    public boolean equals(Object o) {
        return o instanceof FundSource f && Objects.equals(name, f.name) && Decimals.same(planned, f.planned)
                && Decimals.same(executed, f.executed) && Decimals.same(ratePercent, f.ratePercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Decimals.hash(planned), Decimals.hash(executed), Decimals.hash(ratePercent));
    }
}
