package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of a self-evaluation, the same from `jixiao score` and {@code POST /api/v1/scorecards/{id}/evaluation}:
 * {@code {"executionRatePercent","executionScore","indicatorScore","total","grade","indicators":[…],"findings":[…]}}.
 */
public record EvaluationView(Long scorecardId, String rulesId, BigDecimal executionRatePercent, BigDecimal executionScore,
                             String executionExplanation, BigDecimal indicatorScore, BigDecimal total, String grade,
                             String gradeCode, List<IndicatorView> indicators, List<FindingView> findings) {

    public record IndicatorView(String name, String category, BigDecimal weight, BigDecimal score, boolean applicable,
                                String explanation, List<FindingView> findings) {}

    public record FindingView(String code, String zh, String en, Integer indicator) {
        static FindingView of(Finding f) { return new FindingView(f.code().name(), f.zh(), f.en(), f.indicatorIndex()); }
    }

    public static EvaluationView of(Long scorecardId, SelfEvaluation e) {
        List<IndicatorView> rows = e.indicators().stream().map(EvaluationView::row).toList();
        return new EvaluationView(scorecardId, e.rulesId(), e.executionRatePercent(), e.executionScore(),
                e.executionExplanation(), e.indicatorScore(), e.total(), e.grade().label(), e.grade().name(), rows,
                e.findings().stream().map(FindingView::of).toList());
    }

    private static IndicatorView row(IndicatorScore s) {
        return new IndicatorView(s.name(), s.category() == null ? null : s.category().name(), s.weight(), s.score(),
                s.applicable(), s.explanation(), s.findings().stream().map(FindingView::of).toList());
    }
}
