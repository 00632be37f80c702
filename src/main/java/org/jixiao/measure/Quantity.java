package org.jixiao.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** A number with its unit, e.g. 4 次, 60 分钟, 81.80 %. The amount keeps the scale it was written with. */
public record Quantity(BigDecimal amount, Unit unit) {

    /**
     * This quantity expressed in another unit, or empty when the two cannot be compared
     * (30天 vs 6个月 converts; 次 vs 家, or 个工作日 vs 天, does not). A bare number takes the other's unit,
     * and any quantity read against a bare number keeps its amount (the target "8" against the actual "8次").
     */
    public Optional<BigDecimal> in(Unit target) {
        if (unit.equals(target) || unit.symbol().equals(target.symbol())) return Optional.of(amount);
        if (unit.dimension() == Dimension.NONE || target.dimension() == Dimension.NONE) return Optional.of(amount);
        if (!unit.convertibleTo(target)) return Optional.empty();
        if (unit.toBase().compareTo(target.toBase()) == 0) return Optional.of(amount);
        return Optional.of(amount.multiply(unit.toBase()).divide(target.toBase(), MathContext.DECIMAL64));
    }
}
