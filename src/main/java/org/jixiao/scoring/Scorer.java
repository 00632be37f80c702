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
        return evaluate(scorecard, rulesFor(scorecard));
    }

    /** The rules that apply to a scorecard: its region's, valid in its year (latest when the year is unknown). */
    public static ScoringRules rulesFor(Scorecard scorecard) {
        int year = scorecard.year() == null ? Integer.MAX_VALUE : scorecard.year();
        return RuleBook.standard().forRegionAndYear(scorecard.region(), year);
    }

    /**
     * Every indicator's 分值 as it is written, and where nothing is written as the rules derive it: the editor writes
     * these into the rows before it adds, moves or removes one, so that no other row's 分值 changes.
     */
    public static List<BigDecimal> weights(Scorecard scorecard) {
        return WeightPlan.of(scorecard.indicators(), rulesFor(scorecard)).weights();
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
        warnings(indicatorScore, execution, scorecard.budget(), rules, findings);
        if (rescale) {
            total = applicableWeight.signum() == 0 ? Numbers.ZERO2
                    : Numbers.share(Numbers.HUNDRED, total, applicableWeight);
        }
        total = Numbers.round2(total);
        for (IndicatorScore s : scores) findings.addAll(s.findings());
        return new SelfEvaluation(rules.id(), execution.ratePercent(), execution.score(), execution.explanation(),
                Numbers.round2(indicatorScore), total, rules.gradeBands().gradeOf(total), scores, findings);
    }

    /** RULES §1.9 advisory flags: completion far ahead of spending (RED), much money unspent (YELLOW). */
    private static void warnings(BigDecimal indicatorScore, Execution execution, Budget budget, ScoringRules rules,
                                 List<Finding> findings) {
        if (execution.score() == null) return;
        ScoringRules.Warnings w = rules.warnings();
        BigDecimal pool = rules.indicatorWeightTotal();
        BigDecimal we = rules.executionWeight();
        if (w.completionAheadOfSpending() != null && indicatorScore.signum() > 0 && pool.signum() > 0 && we.signum() > 0) {
            // (S/P − E/We) / (S/P) > θ  ⇔  S·We − E·P > θ·S·We  (all positive): no division unless flagged.
            BigDecimal sWe = indicatorScore.multiply(we);
            BigDecimal gap = sWe.subtract(execution.score().multiply(pool));
            if (gap.compareTo(w.completionAheadOfSpending().multiply(sWe)) > 0) {
                String pct = Numbers.points(Numbers.share(Numbers.HUNDRED, gap, sWe));
                findings.add(Finding.of(Finding.Code.COMPLETION_AHEAD_OF_SPENDING,
                        "指标完成程度领先预算执行" + pct + "%，请核实完成值与资金使用是否匹配",
                        "indicator completion is " + pct + " % ahead of budget execution; check that actuals match spending"));
            }
        }
        if (w.unspentShare() != null) {
            BigDecimal unspent = budget.planned().subtract(budget.executed());
            if (unspent.compareTo(w.unspentShare().multiply(budget.planned())) > 0) {
                String pct = Numbers.points(Numbers.share(Numbers.HUNDRED, unspent, budget.planned()));
                findings.add(Finding.of(Finding.Code.LARGE_UNSPENT_SHARE, "未执行资金占全年预算数" + pct + "%",
                        pct + " % of the full-year budget is unspent"));
            }
        }
    }

    private record Execution(BigDecimal ratePercent, BigDecimal score, Explanation explanation) {}

    /** 预算执行率得分 (RULES §1.7): rate shown to 2 dp, score from the unrounded ratio, capped at the weight. */
    private static Execution execution(Budget budget, ScoringRules rules, List<Finding> findings) {
        BigDecimal a = budget.planned();
        BigDecimal b = budget.executed();
        BigDecimal w = rules.executionWeight();
        if (a == null || a.signum() <= 0 || b == null) {
            String why = a == null ? "未填写全年预算数(A)" : a.signum() <= 0 ? "全年预算数(A)为" + Numbers.plain(a) : "未填写全年执行数(B)";
            String whyEn = a == null ? "No full-year budget (A) written" : a.signum() <= 0
                    ? "The full-year budget (A) is " + Numbers.plain(a) : "No full-year execution (B) written";
            findings.add(Finding.of(Finding.Code.EXECUTION_NOT_APPLICABLE, why + "，预算执行率不计分，总分按适用部分折算为百分制",
                    "no full-year budget A (or A ≤ 0, or no execution B): execution is not scored and the total is rescaled"));
            return new Execution(null, null, new Explanation(why + "，预算执行率不适用，不计分",
                    whyEn + ": the budget execution rate is not applicable and not scored"));
        }
        BigDecimal rate = Numbers.share(Numbers.HUNDRED, b, a);
        // w × min(1, B/A) rounded once from the unrounded ratio.
        BigDecimal spent = b.min(a).max(BigDecimal.ZERO);
        BigDecimal score = rules.budgetScoreRounding() == ScoringRules.BudgetScoreRounding.INTEGER_HALF_UP
                ? w.multiply(spent).divide(a, 0, RoundingMode.HALF_UP).setScale(2) : Numbers.share(w, spent, a);
        boolean full = score.compareTo(w) >= 0;
        Explanation explanation = new Explanation("全年执行数" + Numbers.plain(b) + "÷全年预算数" + Numbers.plain(a) + "，执行率"
                + rate.toPlainString() + "%，" + (full ? "得满分" + Numbers.points(w)
                : "得" + score.toPlainString() + "分（满分" + Numbers.points(w) + "）"),
                "Full-year execution (B) " + Numbers.plain(b) + " ÷ full-year budget (A) " + Numbers.plain(a)
                        + ": execution rate " + rate.toPlainString() + " %, " + (full ? "full marks " + Numbers.points(w)
                        : "scores " + score.toPlainString() + " of its weight " + Numbers.points(w)));
        BigDecimal threshold = rules.warnings().explainExecutionBelowPercent();
        if (threshold != null && rate.compareTo(threshold) < 0) {
            findings.add(Finding.of(Finding.Code.EXECUTION_BELOW_THRESHOLD,
                    "预算执行率" + rate.toPlainString() + "%未达到" + Numbers.plain(threshold) + "%，须说明原因",
                    "execution rate " + rate.toPlainString() + " % is below " + Numbers.plain(threshold) + " %: explain why"));
        }
        return new Execution(rate, score, explanation);
    }
}
