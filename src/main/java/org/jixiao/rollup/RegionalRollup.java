package org.jixiao.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;

/**
 * The result of a roll-up: the summed budget, one {@link RegionalIndicator} per regional target row,
 * the units that were rolled up and the fund weight used.
 *
 * @param targets the scorecard whose rows and header the region uses (the upper level's 区域绩效目标,
 *                or the first unit's table when none was given)
 * @param achievement the units' 全年实际完成情况 narratives, each prefixed with its unit; null when none wrote one
 */
public record RegionalRollup(Budget budget, List<RegionalIndicator> indicators, List<String> units,
                             FundWeight weight, Scorecard targets, String achievement) {

    public RegionalRollup {
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
    }

    /** The regional row of an indicator name (whitespace ignored), or null. */
    public RegionalIndicator indicator(String name) {
        String key = Names.key(name);
        return indicators.stream().filter(i -> Names.key(i.name()).equals(key)).findFirst().orElse(null);
    }

    /**
     * The region as a TRANSFER scorecard filled by {@code unit} (the competent department that rolled it up):
     * the regional targets, the aggregated actual texts, and for qualitative rows the grade and the completion %
     * (2 dp, as published), so that the region is scored with the same rules as any unit.
     */
    public Scorecard toScorecard(String unit) {
        List<Indicator> rows = new ArrayList<>();
        for (RegionalIndicator r : indicators) {
            Indicator t = targetRow(r.name());
            BigDecimal percent = r.qualitative() ? r.aggregatedActual().setScale(2, RoundingMode.HALF_UP) : null;
            rows.add(Indicator.builder().level1(r.level1()).level2(r.level2()).name(r.name()).target(r.target())
                    .actual(r.actualText()).weight(t == null ? null : t.weight())
                    .definition(t == null ? null : t.definition())
                    .grade(r.grade()).completionPercent(percent).valueKind(r.valueKind()).build());
        }
        OverallGoal goal = targets.overallGoal() == null && achievement == null ? null
                : new OverallGoal(targets.overallGoal() == null ? null : targets.overallGoal().target(), achievement);
        return new Scorecard(Rollup.TRANSFER_FORM, targets.title(), targets.year(), targets.project(), unit,
                targets.competentDepartment(), targets.region(), budget, goal, rows);
    }

    private Indicator targetRow(String name) {
        String key = Names.key(name);
        return targets.indicators().stream().filter(i -> Names.key(i.name()).equals(key)).findFirst().orElse(null);
    }
}
