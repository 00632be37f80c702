package org.jixiao.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import org.jixiao.kernel.Change;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

class ChangesTest {
    private static final Scorecard SUINING = Fixtures.seed(Seeds.SUINING);

    @Test
    void anUnchangedScorecardHasNoChanges() {
        assertThat(Changes.between(SUINING, Fixtures.seed(Seeds.SUINING))).isEmpty();
    }

    @Test
    void eachChangedFieldIsNamedWithItsOldAndNewValue() {
        var rows = new ArrayList<>(SUINING.indicators());
        rows.set(2, rows.get(2).withActual("45分钟"));
        Budget b = SUINING.budget();
        Scorecard edited = new Scorecard(SUINING.form(), SUINING.title(), SUINING.year(), SUINING.project(), SUINING.unit(),
                SUINING.competentDepartment(), SUINING.region(),
                new Budget(b.currency(), b.initial(), b.planned(), new BigDecimal("270.00"), b.ratePercent(), b.sources()),
                SUINING.overallGoal(), rows);

        assertThat(Changes.between(SUINING, edited)).containsExactly(
                new Change("budget.executed", "261.75", "270.00"),
                new Change("indicators[2].actual", "本市未发生医保信息系统重大安全事件", "45分钟"));
    }

    @Test
    void numbersCompareByValueAndRemovedRowsAreNamed() {
        var weighted = new ArrayList<>(SUINING.indicators());
        weighted.set(0, weighted.get(0).withWeight(new BigDecimal("6.25")));
        var rows = new ArrayList<>(weighted);
        rows.set(0, rows.get(0).withWeight(new BigDecimal("6.2500")));
        String lastName = rows.remove(rows.size() - 1).name();
        assertThat(Changes.between(SUINING.withIndicators(weighted), SUINING.withIndicators(rows)))
                .containsExactly(new Change("indicators[" + rows.size() + "]", lastName, null));
        // by value through Decimals, the scorecard's own equality: a cleared or a different number is still a change
        var base = new ArrayList<>(weighted);
        base.set(1, base.get(1).withWeight(new BigDecimal("5.00")));
        var cleared = new ArrayList<>(base);
        cleared.set(0, cleared.get(0).withWeight(null));
        cleared.set(1, cleared.get(1).withWeight(new BigDecimal("5.01")));
        assertThat(Changes.between(SUINING.withIndicators(base), SUINING.withIndicators(cleared))).containsExactly(
                new Change("indicators[0].weight", "6.25", null), new Change("indicators[1].weight", "5.00", "5.01"));
    }
}
