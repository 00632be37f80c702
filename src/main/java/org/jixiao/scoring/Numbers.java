package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The one place for score arithmetic: BigDecimal, HALF_UP, 2 dp. */
final class Numbers {
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal ZERO2 = new BigDecimal("0.00");

    private Numbers() {}

    static BigDecimal round2(BigDecimal value) { return value.setScale(2, RoundingMode.HALF_UP); }

    /** w × num / den rounded once to 2 dp: no intermediate rounding of the ratio. */
    static BigDecimal share(BigDecimal weight, BigDecimal num, BigDecimal den) {
        return weight.multiply(num).divide(den, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal divide(BigDecimal num, BigDecimal den) { return num.divide(den, MathContext.DECIMAL64); }

    /** 8 not 8.00, 0.5 not 0.50: numbers quoted from the table in explanations. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Scores and weights are always shown with 2 decimals: 6.25, 10.00. */
    static String points(BigDecimal value) { return round2(value).toPlainString(); }

    static BigDecimal clamp(BigDecimal value, BigDecimal max) {
        if (value.signum() < 0) return ZERO2;
        return value.compareTo(max) > 0 ? round2(max) : value;
    }
}
