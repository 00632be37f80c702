package org.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.kernel.RefusedException;
import org.jixiao.review.ReviewState;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.SelfEvaluation;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.api.Test;

/** Issue 11: weights are what the filler set — adding, moving or removing a row never changes another row's 分值. */
class RowWeightsTest {

    /** Each row's 分值 by row name (the Suining and Dalian names are unique). */
    private static Map<String, BigDecimal> weightsByName(Scorecard s) {
        SelfEvaluation e = Scorer.evaluate(s);
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        for (IndicatorScore i : e.indicators()) out.put(i.name(), i.weight());
        return out;
    }

    @Test
    void addingARowAnywhereLeavesEveryOtherWeightUnchanged() {
        for (Scorecard seed : List.of(SeedScorecards.suining(), SeedScorecards.dalian())) {
            Map<String, BigDecimal> before = weightsByName(seed);
            for (int after = -1; after < seed.indicators().size(); after++) {
                Scorecard added = CellEdit.addRow(seed, after);
                Map<String, BigDecimal> now = weightsByName(added);
                before.forEach((name, w) -> assertThat(now.get(name)).as(name).isEqualByComparingTo(w));
                SelfEvaluation e = Scorer.evaluate(added);
                // the new row has no 分值 yet: shown, and refused at submission
                assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.WEIGHT_MISSING).singleElement()
                        .satisfies(f -> assertThat(f.zh()).contains("新指标").contains("未填分值"));
            }
        }
    }

    @Test
    void movingARowWithinItsCategoryKeepsEveryWeightAndAcrossCategoriesIsRefused() {
        Scorecard suining = SeedScorecards.suining();
        Map<String, BigDecimal> before = weightsByName(suining);
        // rows 0..7 are 产出, 8..10 效益, 11 满意度
        Scorecard moved = CellEdit.moveRow(CellEdit.moveRow(suining, 3, 1), 9, -1);
        assertThat(moved.indicators().get(4).name()).isEqualTo(suining.indicators().get(3).name());
        assertThat(weightsByName(moved)).isEqualTo(before);
        assertThat(Scorer.evaluate(moved).has(Finding.Code.CATEGORY_SPLIT)).isFalse();

        assertThatThrownBy(() -> CellEdit.moveRow(suining, 7, 1)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.zh()).contains("参保信息核查系统适应性改造").contains("不能移入效益指标之间"));
    }

    @Test
    void removingARowLeavesTheOthersAndTheShortTotalIsShownAndRefused() {
        Scorecard suining = SeedScorecards.suining();
        Map<String, BigDecimal> before = weightsByName(suining);
        Scorecard removed = CellEdit.removeRow(suining, 2);
        Map<String, BigDecimal> now = weightsByName(removed);
        now.forEach((name, w) -> assertThat(w).as(name).isEqualByComparingTo(before.get(name)));
        SelfEvaluation e = Scorer.evaluate(removed);
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.WEIGHTS_DO_NOT_ADD_UP).singleElement()
                .satisfies(f -> assertThat(f.zh()).contains("93.75").contains("不等于100.00"));
        assertThatThrownBy(() -> new ReviewState(Status.DRAFT, removed).submit()).isInstanceOf(RefusedException.class);
    }

    @Test
    void aCategorySplitByHandIsShownAsAFinding() {
        Scorecard suining = SeedScorecards.suining();
        List<Indicator> rows = new ArrayList<>(CellEdit.withWeightsWritten(suining).indicators());
        rows.add(9, rows.remove(0)); // 产出 row between two 效益 rows
        SelfEvaluation e = Scorer.evaluate(suining.withIndicators(rows));
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.CATEGORY_SPLIT).singleElement()
                .satisfies(f -> {
                    assertThat(f.zh()).contains("开展全域医保政策宣传活动次数").contains("产出指标");
                });
    }

    @Test
    void theEditorChecksTargetsAndActualsAsTypedWithTheReadingShown() {
        Scorecard suining = SeedScorecards.suining();
        CellEdit.Result vague = CellEdit.apply(suining, "indicators[0].target", "大约四次吧");
        assertThat(vague.ok()).isFalse();
        assertThat(vague.violations().getFirst().zh()).contains("大约四次吧").contains("不明确").contains("读作：文字说明");
        CellEdit.Result negative = CellEdit.apply(suining, "indicators[0].actual", "-5次");
        assertThat(negative.ok()).isFalse();
        assertThat(negative.violations().getFirst().zh()).contains("-5次").contains("负数").contains("读作：-5 次");
        assertThat(CellEdit.apply(suining, "indicators[0].target", "≥530元/人*月").ok()).isTrue();
        assertThat(CellEdit.apply(suining, "indicators[0].actual", "12次").ok()).isTrue();
        assertThat(CellEdit.apply(suining, "indicators[8].target", "普遍知晓").ok()).as("a qualitative target").isTrue();
    }
}
