package org.jixiao.scorecard;

import java.util.List;

/**
 * 绩效目标表 / 绩效目标自评表: one funded item for one year — budget, overall goal and indicator rows.
 * The same aggregate carries the targets (set at budget time) and the actuals (filled at year end).
 * Field names follow PARSE-FORMAT.md, so a parsed table is a scorecard as it is.
 *
 * @param region the region whose scoring rules apply (e.g. "四川省"); null means the national default
 */
public record Scorecard(String form, String title, Integer year, String project, String unit,
                        String competentDepartment, String region, Budget budget, OverallGoal overallGoal,
                        List<Indicator> indicators) {

    public Scorecard {
        budget = budget == null ? Budget.empty() : budget;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Kind kind() { return Kind.ofForm(form); }

    /** Whether any actual has been recorded; a table without one is a target table, not yet self-evaluated. */
    public boolean hasActuals() {
        return indicators.stream().anyMatch(i -> i.actual() != null && !i.actual().isBlank());
    }

    public Scorecard withIndicators(List<Indicator> newIndicators) {
        return new Scorecard(form, title, year, project, unit, competentDepartment, region, budget, overallGoal, newIndicators);
    }

    public Scorecard withRegion(String newRegion) {
        return new Scorecard(form, title, year, project, unit, competentDepartment, newRegion, budget, overallGoal, indicators);
    }
}
