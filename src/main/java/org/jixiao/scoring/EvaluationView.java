package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of a self-evaluation, the same from `jixiao score` and {@code POST /api/v1/scorecards/{id}/evaluation}:
 * {@code {"executionRatePercent","executionScore","executionExplanation":{"zh","en"},"indicatorScore","total","grade",
 * "indicators":[{…,"explanation":{"zh","en"}}],"findings":[…]}} — explanations in both languages like the roll-up's.
 */
public record EvaluationView(Long scorecardId, String rulesId, BigDecimal executionRatePercent, BigDecimal executionScore,
                             Explanation executionExplanation, BigDecimal indicatorScore, BigDecimal total, String grade,
                             String gradeCode, List<IndicatorView> indicators, List<FindingView> findings) {

    public record IndicatorView(String name, String category, BigDecimal weight, BigDecimal score, boolean applicable,
                                Explanation explanation, List<FindingView> findings) {}

    public record FindingView(String code, String zh, String en, Integer indicator) {
        static FindingView of(Finding f) { return new FindingView(f.code().name(), f.zh(), f.en(), f.indicatorIndex()); }

        Finding finding() { return new Finding(Finding.Code.valueOf(code), zh, en, indicator); }
    }

    public static EvaluationView of(Long scorecardId, SelfEvaluation e) {
        List<IndicatorView> rows = e.indicators().stream().map(EvaluationView::row).toList();
        return new EvaluationView(scorecardId, e.rulesId(), e.executionRatePercent(), e.executionScore(),
                e.executionExplanation(), e.indicatorScore(), e.total(), e.grade().label(), e.grade().name(), rows,
                e.findings().stream().map(FindingView::of).toList());
    }

    /**
     * An evaluation stored before explanations were kept in English has only the Chinese (its JSON held a string):
     * the English is said from what the row stores — the score against the weight — rather than showing Chinese on an
     * English page or re-scoring a stored result. The Chinese stays as it was stored.
     */
    public EvaluationView withEnglish() {
        boolean complete = (executionExplanation == null || executionExplanation.en() != null)
                && indicators.stream().allMatch(i -> i.explanation() == null || i.explanation().en() != null);
        if (complete) return this;
        List<IndicatorView> rows = indicators.stream().map(i -> i.explanation() == null || i.explanation().en() != null ? i
                : new IndicatorView(i.name(), i.category(), i.weight(), i.score(), i.applicable(),
                        new Explanation(i.explanation().zh(), storedEnglish(i)), i.findings())).toList();
        Explanation execution = executionExplanation == null || executionExplanation.en() != null ? executionExplanation
                : new Explanation(executionExplanation.zh(), executionScore == null
                        ? "The budget execution rate is not scored (stored before explanations were kept in English)"
                        : "Execution rate " + (executionRatePercent == null ? "" : executionRatePercent.toPlainString() + " %, ")
                        + "scores " + executionScore.toPlainString() + " (stored before explanations were kept in English)");
        return new EvaluationView(scorecardId, rulesId, executionRatePercent, executionScore, execution, indicatorScore, total,
                grade, gradeCode, rows, findings);
    }

    /**
     * This view (stored with Chinese-only explanations) with the English of {@code again} — the same scorecard scored
     * again under the same rules — where it is the very same result: every Chinese explanation and score equal. Null
     * when anything differs (then the stored row keeps its Chinese and {@link #withEnglish()}'s English).
     */
    public EvaluationView translatedBy(SelfEvaluation again) {
        if (again.indicators().size() != indicators.size()) return null;
        List<IndicatorView> rows = new java.util.ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView r = indicators.get(i);
            IndicatorScore s = again.indicators().get(i);
            if (r.explanation() == null || !r.explanation().zh().equals(s.explanation().zh())
                    || !java.util.Objects.equals(r.score(), s.score())) return null;
            rows.add(new IndicatorView(r.name(), r.category(), r.weight(), r.score(), r.applicable(), s.explanation(), r.findings()));
        }
        Explanation execution = executionExplanation;
        if (execution != null) {
            if (again.executionExplanation() == null || !execution.zh().equals(again.executionExplanation().zh())) return null;
            execution = again.executionExplanation();
        }
        return new EvaluationView(scorecardId, rulesId, executionRatePercent, executionScore, execution, indicatorScore, total,
                grade, gradeCode, rows, findings);
    }

    private static String storedEnglish(IndicatorView i) {
        String head = !i.applicable() || i.score() == null ? "Not applicable: not scored"
                : i.weight() != null && i.score().compareTo(i.weight()) >= 0 ? "Full marks " + Numbers.points(i.weight())
                : "Scores " + Numbers.points(i.score()) + (i.weight() == null ? "" : " of its weight " + Numbers.points(i.weight()));
        return head + " (stored before explanations were kept in English)";
    }

    /**
     * The stored evaluation as the pages work with it (the evaluation tab, the public page, comparisons): read back,
     * nothing re-scored — the rules that produced it may not be today's. English filled in as {@link #withEnglish()}.
     */
    public SelfEvaluation toSelfEvaluation() {
        EvaluationView v = withEnglish();
        List<IndicatorScore> rows = new java.util.ArrayList<>(v.indicators.size());
        for (int i = 0; i < v.indicators.size(); i++) {
            IndicatorView r = v.indicators.get(i);
            rows.add(new IndicatorScore(i, r.name(), r.category() == null ? null : Category.valueOf(r.category()), r.weight(),
                    r.score(), r.applicable(), r.explanation(), r.findings().stream().map(FindingView::finding).toList()));
        }
        return new SelfEvaluation(v.rulesId, v.executionRatePercent, v.executionScore, v.executionExplanation,
                v.indicatorScore, v.total, v.gradeCode == null ? null : Grade.valueOf(v.gradeCode), rows,
                v.findings.stream().map(FindingView::finding).toList());
    }

    private static IndicatorView row(IndicatorScore s) {
        return new IndicatorView(s.name(), s.category() == null ? null : s.category().name(), s.weight(), s.score(),
                s.applicable(), s.explanation(), s.findings().stream().map(FindingView::of).toList());
    }
}
