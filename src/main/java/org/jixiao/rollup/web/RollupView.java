package org.jixiao.rollup.web;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.rollup.Contribution;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.scorecard.Budget;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.SelfEvaluation;

/**
 * The JSON of a regional roll-up, the same from {@code GET /api/v1/rollups} and `jixiao rollup`: the summed budget,
 * every regional indicator with its drill-down (contributing units with value, fund and weight share; missing units),
 * the region scored by the same rules as any unit, and why it has its grade (units, weights, what pulled it down).
 *
 * @param weight "allocated" or "executed": which fund amount weighed the means
 */
public record RollupView(Long regionId, String region, Integer year, String project, String weight, List<String> units,
                         Budget budget, List<IndicatorView> indicators, EvaluationView evaluation,
                         List<String> explanation) {

    public record IndicatorView(String name, String level1, String level2, String target, String valueKind,
                                BigDecimal aggregatedActual, String unit, String actualText, String grade,
                                List<Contribution> contributors, List<String> missing) {
        static IndicatorView of(RegionalIndicator r) {
            return new IndicatorView(r.name(), r.level1(), r.level2(), r.target(),
                    r.valueKind() == null ? null : r.valueKind().name(), r.aggregatedActual(), r.unit(), r.actualText(),
                    r.grade() == null ? null : r.grade().name(), r.contributors(), r.missing());
        }
    }

    public static RollupView of(Long regionId, String region, RegionalRollup rollup, SelfEvaluation evaluation) {
        return new RollupView(regionId, region, rollup.targets().year(), rollup.targets().project(), name(rollup.weight()),
                rollup.units(), rollup.budget(), rollup.indicators().stream().map(IndicatorView::of).toList(),
                evaluation == null ? null : EvaluationView.of(null, evaluation),
                evaluation == null ? List.of() : org.jixiao.rollup.GradeExplanation.of(rollup, evaluation));
    }

    /** The option value of a fund weight ("allocated", "executed"). */
    public static String name(FundWeight w) { return w.name().toLowerCase(java.util.Locale.ROOT); }

    /** Reads an option value; null or blank means the default (allocated). */
    public static FundWeight weight(String value) {
        if (value == null || value.isBlank()) return FundWeight.ALLOCATED;
        for (FundWeight w : FundWeight.values()) if (name(w).equalsIgnoreCase(value.strip())) return w;
        throw new org.jixiao.kernel.ValidationException(List.of(new org.jixiao.kernel.Violation("weight",
                "权重应为 allocated（全年预算数）或 executed（全年执行数），收到「" + value + "」",
                "weight must be allocated or executed, got " + value)));
    }
}
