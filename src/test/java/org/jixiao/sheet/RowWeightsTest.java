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
    void aCategorySplitByHandIsShownNamingTheRowAndRefusedAtSubmission() {
        Scorecard suining = SeedScorecards.suining();
        List<Indicator> rows = new ArrayList<>(CellEdit.withWeightsWritten(suining).indicators());
        // rows 0..7 are 产出, 8..10 效益, 11 满意度: the first 产出 row goes between the 效益 rows 9 and 10
        rows.add(9, rows.remove(0));
        Scorecard split = suining.withIndicators(rows);
        SelfEvaluation e = Scorer.evaluate(split);
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.CATEGORY_SPLIT).singleElement()
                .satisfies(f -> {
                    // the moved row is named, not the 效益 row that now follows it
                    assertThat(f.zh()).contains("第10行「开展全域医保政策宣传活动次数」").contains("产出指标")
                            .doesNotContain(suining.indicators().get(10).name());
                    assertThat(f.en()).contains("row 10 '开展全域医保政策宣传活动次数'");
                    assertThat(f.blocksSubmission()).isTrue();
                });
        // every other 分值 is as before, and the weights still add up: only the split refuses the submission
        assertThat(weightsByName(split)).isEqualTo(weightsByName(suining));
        assertThat(e.has(Finding.Code.WEIGHTS_DO_NOT_ADD_UP)).isFalse();
        assertThatThrownBy(() -> new ReviewState(Status.DRAFT, split).submit()).isInstanceOfSatisfying(RefusedException.class,
                x -> assertThat(x.violations()).anySatisfy(v -> assertThat(v.zh()).contains("开展全域医保政策宣传活动次数")
                        .contains("不相邻")));

        // moved back among its category, the same table is accepted again
        List<Indicator> back = new ArrayList<>(rows);
        back.add(0, back.remove(9));
        assertThat(Scorer.evaluate(split.withIndicators(back)).has(Finding.Code.CATEGORY_SPLIT)).isFalse();
    }

    @Test
    void aBenefitRowAmongTheOutputRowsIsTheOneNamed() {
        Scorecard suining = SeedScorecards.suining();
        List<Indicator> rows = new ArrayList<>(CellEdit.withWeightsWritten(suining).indicators());
        rows.add(1, rows.remove(8)); // 产出, 效益, 产出 … 产出, 效益, 效益, 满意度
        SelfEvaluation e = Scorer.evaluate(suining.withIndicators(rows));
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.CATEGORY_SPLIT).singleElement()
                .satisfies(f -> assertThat(f.zh()).contains("第2行「" + suining.indicators().get(8).name() + "」")
                        .contains("效益指标").doesNotContain(suining.indicators().get(0).name()));
    }

    @Test
    void rowsAddedByAProgramJoinTheirCategory() {
        Scorecard suining = SeedScorecards.suining();
        List<Indicator> rows = new ArrayList<>(suining.indicators());
        Indicator output = Indicator.builder().level1("产出指标").level2("数量指标").name("新增产出指标").target("≥1次").build();
        Indicator benefit = Indicator.builder().level1("效益指标").level2("社会效益指标").name("新增效益指标").target("有所提高").build();
        rows.add(output);
        rows.add(benefit);
        List<Indicator> together = org.jixiao.scoring.CategoryOrder.together(rows);
        assertThat(together).extracting(Indicator::name).containsSubsequence(suining.indicators().get(7).name(), "新增产出指标",
                suining.indicators().get(8).name());
        assertThat(together.indexOf(output)).isEqualTo(8);
        assertThat(together.indexOf(benefit)).isEqualTo(12);
        assertThat(Scorer.evaluate(suining.withIndicators(together)).has(Finding.Code.CATEGORY_SPLIT)).isFalse();
        assertThat(org.jixiao.scoring.CategoryOrder.together(suining.indicators())).isEqualTo(suining.indicators());
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
        // an actual that cannot be compared with the row's quantitative target: saved, but the scorer's finding is said
        CellEdit.Result abc = CellEdit.apply(suining, "indicators[0].actual", "abc");
        assertThat(abc.ok()).as("it may still be graded by hand").isTrue();
        assertThat(abc.checks()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(org.jixiao.scoring.Finding.Code.UNREADABLE_ACTUAL);
            assertThat(f.blocksSubmission()).isTrue();
            assertThat(f.zh()).contains("第1行「" + suining.indicators().get(0).name() + "」").contains("abc")
                    .contains(suining.indicators().get(0).target());
        });
        assertThat(CellEdit.apply(suining, "indicators[0].actual", "12次").checks()).isEmpty();
        assertThat(CellEdit.apply(suining, "indicators[0].target", "≥530元/人*月").ok()).isTrue();
        assertThat(CellEdit.apply(suining, "indicators[0].actual", "12次").ok()).isTrue();
        assertThat(CellEdit.apply(suining, "indicators[8].target", "普遍知晓").ok()).as("a qualitative target").isTrue();
    }
}
