package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one 三级指标.
 *
 * @param index       position in {@code Scorecard.indicators()} (0-based)
 * @param weight      分值 used (given on the form or derived by the rules), 2 dp
 * @param score       得分, 2 dp; null when the indicator is not applicable
 * @param explanation one line in Chinese (the UI in Chinese, exports) and English (the UI in English), e.g.
 *                    "完成值8次，达到指标值≥4次，得满分6.25" / "Actual “8次” meets the target “≥4次”: full marks 6.25"
 */
public record IndicatorScore(int index, String name, Category category, BigDecimal weight, BigDecimal score,
                             boolean applicable, Explanation explanation, List<Finding> findings) {

    public IndicatorScore {
        findings = List.copyOf(findings);
    }
}
