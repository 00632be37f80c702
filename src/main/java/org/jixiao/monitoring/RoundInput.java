package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One monitoring round as entered: data up to the end of {@code month} ("1–7月" is month 7), money paid to date
 * (cash: 国库集中支付 actually paid, not contracts) and committed (contracts signed, not yet paid), in 万元, and one
 * entry per indicator reported on.
 */
public record RoundInput(Integer month, BigDecimal paid, BigDecimal committed, String note, List<Entry> entries) {
    public RoundInput {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * @param indicator   the row of the scorecard (0-based)
     * @param progress    截至监控月执行情况, as written ("3次", "85%", "按计划推进")
     * @param expected    全年预计完成情况, as written
     * @param possibility 完成目标可能性: 确定能 / 有可能 / 不可能
     * @param reason      偏差原因分析
     * @param measure     纠偏措施
     */
    public record Entry(Integer indicator, String progress, String expected, String possibility, String reason, String measure) {}
}
