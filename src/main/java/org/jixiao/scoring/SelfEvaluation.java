package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 绩效自评 result.
 *
 * @param rulesId              the {@link ScoringRules#id()} applied, so a result can be reproduced
 * @param executionRatePercent B/A in %, 2 dp; null when A is absent or 0
 * @param executionScore       预算执行率得分; null when execution is not applicable (then the total is rescaled)
 * @param indicatorScore       Σ scores of the applicable indicators
 * @param total                execution + indicator scores, rescaled to 100 when something was not applicable
 * @param findings             scorecard findings followed by every indicator's findings
 */
public record SelfEvaluation(String rulesId, BigDecimal executionRatePercent, BigDecimal executionScore,
                             Explanation executionExplanation, BigDecimal indicatorScore, BigDecimal total, Grade grade,
                             List<IndicatorScore> indicators, List<Finding> findings) {

    public SelfEvaluation {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    public boolean has(Finding.Code code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
