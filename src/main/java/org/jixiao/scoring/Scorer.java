package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/**
 * 绩效自评 (RULES §1): execution score + indicator scores, total and grade, with findings instead of exceptions.
 * <ul>
 *   <li>Execution: 10 × min(1, B/A) from the budget's 全年预算数 A and 全年执行数 B. With A absent or 0, or B absent,
 *       execution is not applicable and the total is rescaled like a not-applicable indicator.</li>
 *   <li>Total: Σ rounded scores; when anything is not applicable, Σ applicable scores / Σ applicable weights × 100
 *       (RULES §1.5(e)), rounded to 2 dp. The grade is taken from that total.</li>
 * </ul>
 */
public final class Scorer {
    private Scorer() {}

    /** Scores under the rules of the scorecard's region and year (latest rules when the year is unknown). */
    public static SelfEvaluation evaluate(Scorecard scorecard) {
        int year = scorecard.year() == null ? Integer.MAX_VALUE : scorecard.year();
        return evaluate(scorecard, RuleBook.standard().forRegionAndYear(scorecard.region(), year));
    }

    public static SelfEvaluation evaluate(Scorecard scorecard, ScoringRules rules) {
        List<Indicator> indicators = scorecard.indicators();
        WeightPlan.Result plan = WeightPlan.of(indicators, rules);
        List<Finding> findings = new ArrayList<>(plan.findings());

        IndicatorScorer scorer = new IndicatorScorer(rules);
        List<IndicatorScore> scores = new ArrayList<>(indicators.size());
        BigDecimal indicatorScore = Numbers.ZERO2;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        boolean rescale = false;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorScore s = scorer.score(i, indicators.get(i), plan.categories().get(i), plan.weights().get(i));
            scores.add(s);
            if (s.applicable()) {
                indicatorScore = indicatorScore.add(s.score());
                applicableWeight = applicableWeight.add(s.weight());
            } else {
                rescale = true;
            }
        }

        Execution execution = execution(scorecard.budget(), rules, findings);
        BigDecimal total = indicatorScore;
        if (execution.score() != null) {
            total = total.add(execution.score());
            applicableWeight = applicableWeight.add(rules.executionWeight());
        } else {
            rescale = true;
        }
        if (rescale) {
            total = applicableWeight.signum() == 0 ? Numbers.ZERO2
                    : Numbers.share(Numbers.HUNDRED, total, applicableWeight);
        }
        total = Numbers.round2(total);
        for (IndicatorScore s : scores) findings.addAll(s.findings());
        return new SelfEvaluation(rules.id(), execution.ratePercent(), execution.score(), execution.explanation(),
                Numbers.round2(indicatorScore), total, rules.gradeBands().gradeOf(total), scores, findings);
    }

    private record Execution(BigDecimal ratePercent, BigDecimal score, String explanation) {}

    /** 预算执行率得分 (RULES §1.7): rate shown to 2 dp, score from the unrounded ratio, capped at the weight. */
    private static Execution execution(Budget budget, ScoringRules rules, List<Finding> findings) {
        BigDecimal a = budget.planned();
        BigDecimal b = budget.executed();
        BigDecimal w = rules.executionWeight();
        if (a == null || a.signum() == 0 || b == null) {
            String why = a == null ? "未填写全年预算数(A)" : a.signum() == 0 ? "全年预算数(A)为0" : "未填写全年执行数(B)";
            findings.add(Finding.of(Finding.Code.EXECUTION_NOT_APPLICABLE, why + "，预算执行率不计分，总分按适用部分折算为百分制",
                    "no full-year budget A (or A = 0, or no execution B): execution is not scored and the total is rescaled"));
            return new Execution(null, null, why + "，预算执行率不适用，不计分");
        }
        BigDecimal ratio = Numbers.divide(b, a);
        BigDecimal rate = Numbers.round2(ratio.multiply(Numbers.HUNDRED));
        BigDecimal capped = ratio.min(BigDecimal.ONE).max(BigDecimal.ZERO);
        BigDecimal raw = w.multiply(capped);
        BigDecimal score = rules.budgetScoreRounding() == ScoringRules.BudgetScoreRounding.INTEGER_HALF_UP
                ? raw.setScale(0, RoundingMode.HALF_UP).setScale(2) : Numbers.round2(raw);
        String explanation = "全年执行数" + Numbers.plain(b) + "÷全年预算数" + Numbers.plain(a) + "，执行率"
                + rate.toPlainString() + "%，" + (score.compareTo(w) >= 0 ? "得满分" + Numbers.points(w)
                : "得" + score.toPlainString() + "分（满分" + Numbers.points(w) + "）");
        BigDecimal threshold = rules.executionExplanationBelowPercent();
        if (threshold != null && rate.compareTo(threshold) < 0) {
            findings.add(Finding.of(Finding.Code.EXECUTION_BELOW_THRESHOLD,
                    "预算执行率" + rate.toPlainString() + "%未达到" + Numbers.plain(threshold) + "%，须说明原因",
                    "execution rate " + rate.toPlainString() + " % is below " + Numbers.plain(threshold) + " %: explain why"));
        }
        return new Execution(rate, score, explanation);
    }
}
