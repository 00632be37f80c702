package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: monitoring rounds come monthly or quarterly, as the region's rules say (monitoring/rules.properties) — a
 * round is recorded only for one of the region's cut-off months, and a refused month is named in words in both
 * languages (never as a list literal).
 */
class MonitoringCadenceTest {
    private static final MonitoringRules RULES = MonitoringRules.standard();

    private static Scorecard in(String region) {
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        return new Scorecard(s.form(), s.title(), 2025, s.project(), s.unit(), s.competentDepartment(), region, s.budget(),
                s.overallGoal(), s.indicators());
    }

    private static List<Violation> monthProblems(String region, int month) {
        RoundInput round = new RoundInput(month, new BigDecimal("300"), BigDecimal.ZERO, "按计划执行", List.of());
        return Assessment.of(in(region), round, RULES).violations().stream().filter(v -> v.field().equals("month")).toList();
    }

    @Test
    void eachRegionRecordsTheRoundsOfItsOwnCadence() {
        // 四川: quarterly, plus the central 1–7月 round
        assertThat(RULES.months("四川省")).containsExactly(3, 6, 7, 9, 12);
        // 辽宁 (Dalian): monthly
        assertThat(RULES.months("辽宁省")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        // 湖北: half-year; a region without rules of its own: the central 1–7月 and the year
        assertThat(RULES.months("湖北省")).containsExactly(6, 12);
        assertThat(RULES.months("山东省")).containsExactly(7, 12);
        assertThat(RULES.months(null)).containsExactly(7, 12);

        for (int q : new int[] {3, 6, 7, 9, 12}) assertThat(monthProblems("四川省", q)).as("四川 1–" + q + "月").isEmpty();
        for (int m = 1; m <= 12; m++) assertThat(monthProblems("辽宁省", m)).as("辽宁 1–" + m + "月").isEmpty();
        assertThat(monthProblems("山东省", 7)).isEmpty();
    }

    @Test
    void aMonthOutsideTheRegionsCadenceIsRefusedInWords() {
        List<Violation> may = monthProblems("四川省", 5);
        assertThat(may).singleElement().satisfies(v -> {
            assertThat(v.zh()).isEqualTo("监控期应为 1–3月、1–6月、1–7月、1–9月、1–12月 之一（按四川省的规则）");
            assertThat(v.en()).isEqualTo("the round must be one of months 1–3, 1–6, 1–7, 1–9, 1–12 (data up to the end of that month, "
                    + "by the rules of “四川省”)");
        });
        assertThat(monthProblems("山东省", 3)).singleElement()
                .satisfies(v -> assertThat(v.zh()).startsWith("监控期应为 1–7月、1–12月 之一"));
        assertThat(monthProblems(null, 6)).singleElement()
                .satisfies(v -> assertThat(v.zh()).endsWith("（按全国的规则）"));
        assertThat(monthProblems("辽宁省", 13)).hasSize(1);
    }
}
