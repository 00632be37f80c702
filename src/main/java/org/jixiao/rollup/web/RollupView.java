package org.jixiao.rollup.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.rollup.Contribution;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.GradeExplanation;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.scorecard.Budget;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.SelfEvaluation;

/**
 * The JSON of a regional roll-up, the same from {@code GET /api/v1/rollups} and `jixiao rollup`: the summed budget,
 * every regional indicator with its counts (and its drill-down — contributing units with value, fund and weight share;
 * missing units — when it was built: {@code ?contributors=true}, the command line, or one row at
 * {@code GET /api/v1/rollups/indicators/{position}}), the region scored by the same rules as any unit, and why it has
 * its grade (units, weights, what pulled it down) in Chinese and English.
 *
 * @param weight "allocated" or "executed": which fund amount weighed the means
 */
public record RollupView(Long regionId, String region, Integer year, String project, String weight, List<String> units,
                         Budget budget, List<IndicatorView> indicators, EvaluationView evaluation,
                         List<GradeExplanation.Line> explanation, List<GradeExplanation.Share> shares) {

    /** One regional row; {@code contributors} and {@code missing} are absent (null) when the drill-down was not built. */
    public record IndicatorView(int position, String name, String level1, String level2, String target, String valueKind,
                                BigDecimal aggregatedActual, String unit, String actualText, String grade,
                                int contributorCount, int missingCount,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<Contribution> contributors,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missing) {
        public static IndicatorView of(int position, RegionalIndicator r) {
            boolean detailed = r.detailed();
            return new IndicatorView(position, r.name(), r.level1(), r.level2(), r.target(),
                    r.valueKind() == null ? null : r.valueKind().name(), r.aggregatedActual(), r.unit(), r.actualText(),
                    r.grade() == null ? null : r.grade().name(), r.contributorCount(), r.missingCount(),
                    detailed ? r.contributors() : null, detailed ? r.missing() : null);
        }
    }

    /** The view of a roll-up whose drill-down is built, explained from it. */
    public static RollupView of(Long regionId, String region, RegionalRollup rollup, SelfEvaluation evaluation) {
        return of(regionId, region, rollup, evaluation,
                evaluation == null ? List.of() : GradeExplanation.of(rollup, evaluation), GradeExplanation.of(rollup).shares());
    }

    /**
     * @param shares each unit, or each part of the region (a unit attached to it, a sub-region with its units), with
     *               the fund amount that weighed it
     */
    public static RollupView of(Long regionId, String region, RegionalRollup rollup, SelfEvaluation evaluation,
                                List<GradeExplanation.Line> explanation, List<GradeExplanation.Share> shares) {
        List<IndicatorView> rows = new java.util.ArrayList<>();
        for (int i = 0; i < rollup.indicators().size(); i++) rows.add(IndicatorView.of(i, rollup.indicators().get(i)));
        return new RollupView(regionId, region, rollup.targets().year(), rollup.targets().project(), name(rollup.weight()),
                rollup.units(), rollup.budget(), rows, evaluation == null ? null : EvaluationView.of(null, evaluation),
                explanation, shares);
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
