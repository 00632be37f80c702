package org.jixiao.measure;

import java.math.BigDecimal;

/**
 * A unit of measure as written ("次", "万元", "分钟", "%") with its dimension and its factor to the
 * dimension's base unit (元 for money, 分钟 for durations, % for rates). Units of the same dimension
 * convert; WORKDAY and NONE never convert to anything but themselves.
 */
public record Unit(String symbol, Dimension dimension, BigDecimal toBase) {

    /** A bare number with no unit written. */
    public static final Unit NONE = new Unit("", Dimension.NONE, BigDecimal.ONE);

    public boolean convertibleTo(Unit other) {
        if (this.equals(other) || symbol.equals(other.symbol)) return true;
        if (dimension != other.dimension) return false;
        return dimension != Dimension.WORKDAY && dimension != Dimension.NONE && dimension != Dimension.COUNT
                || dimension == Dimension.COUNT && symbol.equals(other.symbol);
    }
}
