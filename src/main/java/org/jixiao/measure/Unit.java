package org.jixiao.measure;

import java.math.BigDecimal;

/**
 * A unit of measure as written ("次", "万元", "分钟", "%") with its dimension and its factor to the
 * dimension's base unit (元 for money, 分钟 for durations, % for rates, 元/人 for per-capita amounts, the
 * counted noun itself for counts). The known units are listed in {@link Units}.
 * Money, rates and durations convert within their dimension; counts only between scalings of the same
 * noun (万人次 and 人次, never 次 and 家); compound units (元/人·月, 人次/年, 个/万人) when they count the same
 * thing per the same things (元/人·月 and 元/人·年 convert by 12, 个/万人 and 个/人 by 10⁴; 元/人 and 元/人/年 do not); 工作日 and 个工作日 are the same and never convert to calendar time;
 * NONE (a bare number) converts to nothing but itself.
 */
public record Unit(String symbol, Dimension dimension, BigDecimal toBase) {

    /** A bare number with no unit written. */
    public static final Unit NONE = new Unit("", Dimension.NONE, BigDecimal.ONE);

    public boolean convertibleTo(Unit other) {
        if (this.equals(other) || symbol.equals(other.symbol)) return true;
        if (dimension != other.dimension) return false;
        return switch (dimension) {
            case MONEY, RATE, DURATION, WORKDAY -> true;
            case COUNT, PER_CAPITA -> Units.compatibilityKey(this).equals(Units.compatibilityKey(other));
            case SCORE, NONE -> false;
        };
    }
}
