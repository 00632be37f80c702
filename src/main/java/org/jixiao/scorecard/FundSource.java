package org.jixiao.scorecard;

import java.math.BigDecimal;

/** One source line of the budget (中央补助 / 地方资金 / 其他资金 / 财政拨款), in 万元. */
public record FundSource(String name, BigDecimal planned, BigDecimal executed, BigDecimal ratePercent) {}
