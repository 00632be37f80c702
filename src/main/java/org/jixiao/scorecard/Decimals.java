package org.jixiao.scorecard;

import java.math.BigDecimal;

/**
 * Equality of the scorecard's numbers by value: the store gives weights, scores and amounts back with two places (10.00;
 * an amount with up to six), a workbook or a JSON number gives them back as written (10). The scale is how a number was written, not what it is, so
 * the records that hold them ({@link Indicator.Published}, {@link Indicator.Assessment}, {@link Budget},
 * {@link FundSource}) compare with {@link BigDecimal#compareTo} and hash the value without trailing zeros — the scale
 * as read is kept for display.
 */
final class Decimals {
    private Decimals() {}

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static int hash(BigDecimal x) {
        return x == null ? 0 : x.stripTrailingZeros().hashCode();
    }
}
