package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.scorecard.Budget;

/**
 * 执行数 as paid (RULES §1.7, §8.8): the year-end 全年执行数 B is cash paid under 国库集中支付, not contracts. Where the
 * reported B is above the cash the monitoring rounds recorded as paid, the evaluation shows both figures and the
 * execution rate on each basis (Dalian: reported 924 of 924 = 100.00 %, paid 267.35 = 28.93 %).
 */
public record PaidCheck(BigDecimal planned, BigDecimal reported, BigDecimal paid, BigDecimal reportedRatePercent,
                        BigDecimal paidRatePercent, int month, String zh, String en) {

    /** The finding, or null when the reported execution is not above the cash paid (or a figure is missing). */
    public static PaidCheck of(Budget budget, BigDecimal paid, int month) {
        BigDecimal a = budget.planned(), b = budget.executed();
        if (a == null || a.signum() == 0 || b == null || paid == null || b.compareTo(paid) <= 0) return null;
        BigDecimal rb = Assessment.pct(b, a), rp = Assessment.pct(paid, a);
        String zh = "上报全年执行数 " + money(b) + " 万元（执行率 " + rb.toPlainString() + "%）高于运行监控记录的实际支付 "
                + money(paid) + " 万元（1–" + month + "月，按实际支付的执行率 " + rp.toPlainString() + "%）：执行数应为国库集中支付形成的实际支出，不含已签合同未支付的部分";
        String en = "reported execution " + money(b) + " (rate " + rb.toPlainString() + "%) is above the cash paid recorded in monitoring, "
                + money(paid) + " (months 1–" + month + ", rate " + rp.toPlainString() + "% as paid): execution counts cash actually paid, not contracts";
        return new PaidCheck(a, b, paid, rb, rp, month, zh, en);
    }

    private static String money(BigDecimal x) { return x.setScale(2, RoundingMode.HALF_UP).toPlainString(); }
}
