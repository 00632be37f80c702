package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.kernel.RefusedException;
import org.jixiao.review.ReviewState;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, done when: compound units are compared (not defaulted to full marks), an unreadable actual is never full
 * marks and blocks submission with the indicator's 序号 and name. Rows of the Suining seed carry the values.
 */
class ReadableValuesTest {

    /** The Suining seed with row {@code index} given another target and actual (weights as the rules derive them). */
    private static Scorecard suiningWith(int index, String target, String actual) {
        Scorecard s = SeedScorecards.suining();
        List<Indicator> rows = new ArrayList<>(s.indicators());
        rows.set(index, rows.get(index).toBuilder().target(target).actual(actual).build());
        return s.withIndicators(rows);
    }

    @Test
    void aCeilingPerHouseholdExceededByTenPercentScoresBelowItsWeightNamingBothValues() {
        Scorecard s = suiningWith(0, "<=5300元/户", "5830元/户");
        IndicatorScore row = Scorer.evaluate(s).indicators().get(0);
        assertThat(row.weight()).isEqualByComparingTo("6.25");
        // reverse indicator, RATIO method: 6.25 × 5300 / 5830 = 5.68
        assertThat(row.score()).isEqualByComparingTo("5.68");
        assertThat(row.explanation().zh()).contains("5830元/户").contains("<=5300元/户").contains("超过");
        assertThat(row.findings()).extracting(Finding::code)
                .doesNotContain(Finding.Code.GRADE_DEFAULTED, Finding.Code.UNREADABLE_ACTUAL, Finding.Code.UNIT_MISMATCH);
    }

    @Test
    void aPerPersonMonthFloorMetScoresFullByComparisonNotByDefault() {
        Scorecard s = suiningWith(0, ">=530元/人*月", "583元/人*月");
        IndicatorScore row = Scorer.evaluate(s).indicators().get(0);
        assertThat(row.score()).isEqualByComparingTo(row.weight());
        assertThat(row.explanation().zh()).isEqualTo("完成值583元/人*月，达到指标值>=530元/人*月，得满分6.25");
        assertThat(row.findings()).extracting(Finding::code)
                .doesNotContain(Finding.Code.GRADE_DEFAULTED, Finding.Code.MANUAL_JUDGEMENT, Finding.Code.UNREADABLE_ACTUAL);

        IndicatorScore short_ = Scorer.evaluate(suiningWith(0, ">=530元/人*月", "477元/人·月")).indicators().get(0);
        assertThat(short_.score()).as("6.25 × 477 / 530").isEqualByComparingTo("5.63");
    }

    @Test
    void aCompoundUnitConvertsWhereAConversionIsDefined() {
        IndicatorScore row = Scorer.evaluate(suiningWith(0, "≥530元/人·月", "6996元/人·年")).indicators().get(0);
        assertThat(row.score()).isEqualByComparingTo(row.weight());
        assertThat(row.explanation().zh()).contains("折合583元/人·月");
    }

    @Test
    void anUnreadableActualAgainstACountTargetScoresZeroAndBlocksSubmissionByName() {
        Scorecard s = suiningWith(0, "≥10次", "abc");
        SelfEvaluation e = Scorer.evaluate(s);
        IndicatorScore row = e.indicators().get(0);
        assertThat(row.score()).as("never full marks").isEqualByComparingTo("0");
        assertThat(row.findings()).extracting(Finding::code).contains(Finding.Code.UNREADABLE_ACTUAL);

        Scorecard graded = gradeAll(s);
        assertThatThrownBy(() -> new ReviewState(Status.DRAFT, graded).submit())
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.violations())
                        .anySatisfy(v -> assertThat(v.zh()).contains("第1行").contains("「开展全域医保政策宣传活动次数」")
                                .contains("abc").contains("≥10次")));

        // corrected: it goes through
        List<Indicator> rows = new ArrayList<>(graded.indicators());
        rows.set(0, rows.get(0).withActual("12次"));
        assertThat(new ReviewState(Status.DRAFT, graded.withIndicators(rows)).submit().status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void anUnreadableActualGradedByHandIsScoredByItsGrade() {
        Scorecard s = suiningWith(0, "≥10次", "abc");
        List<Indicator> rows = new ArrayList<>(s.indicators());
        rows.set(0, rows.get(0).toBuilder().grade(org.jixiao.measure.QualitativeGrade.PARTLY_MET)
                .completionPercent(new BigDecimal("70")).reason("宣传活动受疫情影响减少").build());
        IndicatorScore row = Scorer.evaluate(s.withIndicators(rows)).indicators().get(0);
        assertThat(row.score()).isEqualByComparingTo("4.38");
        assertThat(row.findings()).extracting(Finding::code).containsExactly(Finding.Code.MANUAL_JUDGEMENT);
    }

    /** Every qualitative row graded 达成 and every shortfall explained, so only the unreadable actual remains. */
    private static Scorecard gradeAll(Scorecard s) {
        SelfEvaluation e = Scorer.evaluate(s);
        List<Indicator> rows = new ArrayList<>(s.indicators());
        for (Finding f : e.findings()) {
            if (f.indicatorIndex() == null) continue;
            Indicator r = rows.get(f.indicatorIndex());
            if (f.code() == Finding.Code.GRADE_DEFAULTED) {
                rows.set(f.indicatorIndex(), r.toBuilder().grade(org.jixiao.measure.QualitativeGrade.MET).build());
            }
        }
        return s.withIndicators(rows);
    }
}
