package org.jixiao.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

/** A number's scale is how it was written, not its value: the store's 10.00 is the workbook's 10. */
class ValueEqualityTest {
    /** The Suining table with weights and scores as a workbook reads them back (10, 7.5: no trailing places). */
    private static final Scorecard SUINING = weighted(Fixtures.seed(Seeds.SUINING));

    private static Scorecard weighted(Scorecard s) {
        List<Indicator> rows = new java.util.ArrayList<>();
        for (int k = 0; k < s.indicators().size(); k++) {
            BigDecimal w = new BigDecimal(k % 2 == 0 ? "10" : "7.5");
            rows.add(s.indicators().get(k).toBuilder().weight(w).score(w).build());
        }
        return s.withIndicators(rows);
    }

    /** The Suining table as the store gives it back: every weight, score and amount to two places. */
    private static Scorecard toTwoPlaces(Scorecard s) {
        List<Indicator> rows = s.indicators().stream().map(i -> i.toBuilder().weight(twoPlaces(i.weight()))
                .score(twoPlaces(i.score())).build()).toList();
        Budget b = s.budget();
        Budget stored = new Budget(b.currency(), twoPlaces(b.initial()), twoPlaces(b.planned()), twoPlaces(b.executed()),
                twoPlaces(b.ratePercent()), b.sources().stream().map(f -> new FundSource(f.name(), twoPlaces(f.planned()),
                        twoPlaces(f.executed()), twoPlaces(f.ratePercent()))).toList());
        return new Scorecard(s.form(), s.title(), s.year(), s.project(), s.unit(), s.competentDepartment(), s.region(),
                stored, s.overallGoal(), rows);
    }

    private static BigDecimal twoPlaces(BigDecimal x) { return x == null ? null : x.setScale(2); }

    @Test
    void theSameTableWithItsNumbersToTwoPlacesIsEqualAndHashesAlike() {
        Scorecard stored = toTwoPlaces(SUINING);
        // the written scale is kept for display: the seed writes its weights without places
        assertThat(SUINING.indicators().get(0).weight().scale()).isZero();
        assertThat(stored.indicators().get(0).weight().toPlainString()).endsWith(".00");
        assertThat(stored.budget().planned().toPlainString()).isEqualTo("320.00");

        assertThat(stored).isEqualTo(SUINING);
        assertThat(stored.hashCode()).isEqualTo(SUINING.hashCode());
        assertThat(stored.budget().sources()).containsExactlyElementsOf(SUINING.budget().sources());
    }

    @Test
    void aDifferentValueIsStillADifferentTable() {
        var rows = new java.util.ArrayList<>(SUINING.indicators());
        rows.set(0, rows.get(0).withWeight(rows.get(0).weight().add(new BigDecimal("0.01"))));
        assertThat(SUINING.withIndicators(rows)).isNotEqualTo(SUINING);

        Budget b = SUINING.budget();
        Budget executed = new Budget(b.currency(), b.initial(), b.planned(), b.executed().add(BigDecimal.ONE),
                b.ratePercent(), b.sources());
        assertThat(executed).isNotEqualTo(b);
        Indicator graded = SUINING.indicators().get(0).toBuilder().completionPercent(new BigDecimal("85.6")).build();
        assertThat(graded.toBuilder().completionPercent(new BigDecimal("85.60")).build()).isEqualTo(graded);
        assertThat(graded.toBuilder().completionPercent(new BigDecimal("85.61")).build()).isNotEqualTo(graded);
    }
}
