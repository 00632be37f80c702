package org.jixiao.rollup;

import java.math.BigDecimal;

/** Budget amounts are compared and summed in 万元, whatever currency a unit's table was written in. */
final class Money {
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private Money() {}

    static BigDecimal toWan(BigDecimal amount, String currency) {
        if (amount == null || currency == null) return amount;
        return switch (currency.strip()) {
            case "元" -> amount.divide(TEN_THOUSAND);
            case "亿元" -> amount.multiply(TEN_THOUSAND);
            default -> amount; // 万元, or unstated: the forms' default
        };
    }
}
