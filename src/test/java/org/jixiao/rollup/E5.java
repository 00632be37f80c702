package org.jixiao.rollup;

import static org.jixiao.seeds.SeedScorecards.asUnit;

import java.math.BigDecimal;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;

/**
 * RULES.md §7 E5 on the rows of the Suining table: two fund-using units 甲 (A 200, B 180 万元) and 乙 (A 120, B 81.75),
 * with 跨省异地就医直接结算率 60 % / 45 %, 宣传活动 5 / 3 次, 信息化支撑能力 达成 95 % / 部分达成 70 %.
 */
public final class E5 {
    public static final String RATE = "跨省异地就医直接结算率";
    public static final String EVENTS = "开展全域医保政策宣传活动次数";
    public static final String SUPPORT = "医保经办服务信息化支撑能力";

    private E5() {}

    public static Scorecard jia() {
        return asUnit(SeedScorecards.suining(), "甲", "200", "180", row -> switch (row.name()) {
            case RATE -> row.withActual("60.00%");
            case EVENTS -> row.withActual("5次");
            case SUPPORT -> assessed(row, QualitativeGrade.MET, "95");
            default -> row;
        });
    }

    public static Scorecard yi() {
        return asUnit(SeedScorecards.suining(), "乙", "120", "81.75", row -> switch (row.name()) {
            case RATE -> row.withActual("45.00%");
            case EVENTS -> row.withActual("3次");
            case SUPPORT -> assessed(row, QualitativeGrade.PARTLY_MET, "70");
            default -> row;
        });
    }

    public static Indicator assessed(Indicator row, QualitativeGrade grade, String percent) {
        return row.toBuilder().grade(grade).completionPercent(percent == null ? null : new BigDecimal(percent)).build();
    }

    /** The grades the evaluator chooses on the provisionally graded rows (as the demo data does). */
    public static org.jixiao.scorecard.Scorecard withEveryQualitativeRowMet(org.jixiao.scorecard.Scorecard s) {
        java.util.List<Integer> defaulted = org.jixiao.scoring.Scorer.evaluate(s).findings().stream()
                .filter(f -> f.code() == org.jixiao.scoring.Finding.Code.GRADE_DEFAULTED && f.indicatorIndex() != null)
                .map(org.jixiao.scoring.Finding::indicatorIndex).toList();
        java.util.List<org.jixiao.scorecard.Indicator> rows = new java.util.ArrayList<>(s.indicators());
        for (int k : defaulted) rows.set(k, rows.get(k).toBuilder().grade(org.jixiao.measure.QualitativeGrade.MET).build());
        return new org.jixiao.scorecard.Scorecard(s.form(), s.title(), s.year(), s.project(), s.unit(), s.competentDepartment(),
                s.region(), s.budget(), s.overallGoal(), rows);
    }
}
