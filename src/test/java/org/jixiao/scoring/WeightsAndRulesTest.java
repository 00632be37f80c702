package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.scoring.Rows.*;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

class WeightsAndRulesTest {

    private static List<String> weights(SelfEvaluation e) {
        return e.indicators().stream().map(s -> s.weight().toPlainString()).toList();
    }

    private static Indicator q(String level1, String name) { return row(level1, name, "有所提高", "有所提高", null); }

    @Test
    void fiftyPointsOverThreeOutputIndicatorsPutTheRemainderOnTheLast() {
        SelfEvaluation e = Scorer.evaluate(card(Budget.empty(), q("产出指标", "a"), q("产出", "b"), q("产出指标", "c"),
                q("效益指标", "d"), q("满意度指标", "e")), national());
        assertThat(weights(e)).containsExactly("16.67", "16.67", "16.66", "30.00", "10.00");
        assertThat(e.has(Finding.Code.WEIGHTS_DO_NOT_ADD_UP)).isFalse();
    }

    @Test
    void equalSplitsAlwaysAddUpExactly() {
        Random random = new Random(20211231L);
        for (int run = 0; run < 500; run++) {
            BigDecimal total = BigDecimal.valueOf(random.nextInt(10_000), 2);
            int n = 1 + random.nextInt(40);
            List<BigDecimal> parts = WeightPlan.splitEqually(total, n);
            assertThat(parts).hasSize(n);
            assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
            assertThat(parts.subList(0, n - 1)).allSatisfy(p -> assertThat(p).isEqualByComparingTo(parts.getFirst()));
            assertThat(parts.getLast().subtract(parts.getFirst()).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(n).movePointLeft(2));
        }
    }

    @Test
    void aMissingSatisfactionCategoryGoesToTheOthersInProportion() {
        Scorecard c = card(Budget.empty(), q("产出指标", "a"), q("效益指标", "b"));
        assertThat(weights(Scorer.evaluate(c, national()))).containsExactly("56.25", "33.75");
    }

    @Test
    void aMissingSatisfactionCategoryCanGoToBenefitOrOutputByRule() {
        Scorecard c = card(Budget.empty(), q("产出指标", "a"), q("效益指标", "b"));
        assertThat(weights(Scorer.evaluate(c, national().withMissingCategoryPolicy(ScoringRules.MissingCategoryPolicy.TO_BENEFIT))))
                .containsExactly("50.00", "40.00");
        assertThat(weights(Scorer.evaluate(c, national().withMissingCategoryPolicy(ScoringRules.MissingCategoryPolicy.TO_OUTPUT))))
                .containsExactly("60.00", "30.00");
    }

    @Test
    void costIndicatorsStandUnderOutputInThe2020Tree() {
        SelfEvaluation e = Scorer.evaluate(card(Budget.empty(), q("产出指标", "a"), q("成本指标", "b"), q("效益指标", "c"),
                q("满意度指标", "d")), national());
        assertThat(weights(e)).containsExactly("25.00", "25.00", "30.00", "10.00");
        assertThat(e.indicators().get(1).category()).isEqualTo(Category.OUTPUT);
    }

    @Test
    void costIsItsOwnCategoryWhenTheRulesWeighIt() {
        ScoringRules tree2021 = new ScoringRules("cost-tree", null, 2021, null, java.util.Map.of(Category.OUTPUT, d("40"),
                Category.COST, d("10"), Category.BENEFIT, d("30"), Category.SATISFACTION, d("10")), null, null, null, null,
                null, null, null, null);
        SelfEvaluation e = Scorer.evaluate(card(Budget.empty(), q("产出指标", "a"), q("成本指标", "b"), q("效益指标", "c"),
                q("满意度指标", "d")), tree2021);
        assertThat(weights(e)).containsExactly("40.00", "10.00", "30.00", "10.00");
        assertThat(e.indicators().get(1).category()).isEqualTo(Category.COST);
    }

    @Test
    void weightsOnTheFormAreUsedAndCheckedAgainstTheTemplate() {
        SelfEvaluation e = Scorer.evaluate(card(budget("10", "10"), row("产出指标", "a", "有所提高", "有所提高", "50"),
                row("效益指标", "b", "有所提高", "有所提高", "35")), national());
        assertThat(weights(e)).containsExactly("50.00", "35.00");
        assertThat(e.findings()).extracting(Finding::code).contains(Finding.Code.WEIGHTS_DO_NOT_ADD_UP);
        assertThat(e.findings()).filteredOn(f -> f.code() == Finding.Code.WEIGHTS_DO_NOT_ADD_UP)
                .singleElement().satisfies(f -> assertThat(f.zh()).contains("95.00").contains("100.00"));
    }

    @Test
    void notApplicableIndicatorsAreRescaledAway() {
        SelfEvaluation e = Scorer.evaluate(card(budget("100", "100"),
                graded("a", "明显增强", "略有增强", "50", QualitativeGrade.PARTLY_MET, "70", null),
                notApplicable(graded("b", "有所提高", null, "40", null, null, null))), national());
        // (35 + 10) / (50 + 10) × 100
        assertThat(e.total()).isEqualByComparingTo("75.00");
        assertThat(e.indicators().get(1).applicable()).isFalse();
        assertThat(e.indicators().get(1).score()).isNull();
        assertThat(e.indicatorScore()).isEqualByComparingTo("35.00");
    }

    @Test
    void anAbsentBudgetRescalesTheIndicatorsToOneHundred() {
        SelfEvaluation e = Scorer.evaluate(card(Budget.empty(), graded("a", "有所提高", "有所提高", "90", QualitativeGrade.MET, "90", null)), national());
        assertThat(e.total()).isEqualByComparingTo("90.00");
        assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(e.has(Finding.Code.EXECUTION_NOT_APPLICABLE)).isTrue();
    }

    @Test
    void aZeroBudgetIsNotApplicableEither() {
        SelfEvaluation e = Scorer.evaluate(card(budget("0", "0"), graded("a", "有所提高", "有所提高", "90", QualitativeGrade.MET, null, null)), national());
        assertThat(e.executionRatePercent()).isNull();
        assertThat(e.executionScore()).isNull();
        assertThat(e.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void aManualDeductionLowersTheScoreButNeverBelowZero() {
        Indicator met = graded("a", "有所提高", "有所提高", "10", QualitativeGrade.MET, null, null);
        IndicatorScore s = Scorer.evaluate(card(Budget.empty(), withDeduction(met, "2", "指标值设定偏低")), national()).indicators().getFirst();
        assertThat(s.score()).isEqualByComparingTo("8.00");
        assertThat(s.explanation().zh()).contains("调减2.00分");
        assertThat(s.findings()).isEmpty();
        IndicatorScore floored = Scorer.evaluate(card(Budget.empty(), withDeduction(met, "12", "偏低")), national()).indicators().getFirst();
        assertThat(floored.score()).isEqualByComparingTo("0");
    }

    @Test
    void gradeBandsAreHalfOpen() {
        GradeBands bands = national().gradeBands();
        assertThat(bands.gradeOf(d("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(bands.gradeOf(d("90.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(bands.gradeOf(d("80"))).isEqualTo(Grade.GOOD);
        assertThat(bands.gradeOf(d("79.99"))).isEqualTo(Grade.FAIR);
        assertThat(bands.gradeOf(d("60"))).isEqualTo(Grade.FAIR);
        assertThat(bands.gradeOf(d("59.99"))).isEqualTo(Grade.POOR);
        assertThat(Grade.EXCELLENT.label()).isEqualTo("优");
    }

    @Test
    void aSichuanScorecardOf2019DoesNotGetRulesThatStartIn2023() {
        RuleBook book = RuleBook.standard();
        assertThat(book.forRegionAndYear("四川省", 2019).id()).isEqualTo("national-2020");
        assertThat(book.forRegionAndYear("四川省", 2022).id()).isEqualTo("national-2020");
        assertThat(book.forRegionAndYear("四川省", 2023).id()).isEqualTo("sichuan-2023");
        assertThat(book.forRegionAndYear("四川", 2025).id()).isEqualTo("sichuan-2023");
        assertThat(book.forRegionAndYear("广东省", 2023).id()).isEqualTo("national-2020");
        assertThat(book.forRegionAndYear(null, 2021).id()).isEqualTo("national-2020");
        Scorecard of2019 = new Scorecard("project-self-evaluation", null, 2019, null, null, null, "四川省",
                budget("100", "100"), null, List.of(q("产出指标", "a")));
        assertThat(Scorer.evaluate(of2019).rulesId()).isEqualTo("national-2020");
    }

    @Test
    void theSichuan2023RulesSplitNinetyPointsOverAllIndicatorsAndDemandAnExplanationBelowNinetyPercent() {
        Scorecard suining2023 = seed("suining-2021-transfer-self-evaluation").withRegion("四川省");
        suining2023 = new Scorecard(suining2023.form(), suining2023.title(), 2023, suining2023.project(), suining2023.unit(),
                suining2023.competentDepartment(), "四川省", suining2023.budget(), suining2023.overallGoal(), suining2023.indicators());
        SelfEvaluation e = Scorer.evaluate(suining2023);
        assertThat(e.rulesId()).isEqualTo("sichuan-2023");
        assertThat(e.indicators()).allSatisfy(s -> assertThat(s.weight()).isEqualByComparingTo("7.50"));
        assertThat(e.has(Finding.Code.EXECUTION_BELOW_THRESHOLD)).isTrue();
        assertThat(e.has(Finding.Code.CATEGORY_REDISTRIBUTED)).isFalse();
    }

    @Test
    void aBrokenRulesFileNamesTheKeyInBothLanguages() throws Exception {
        Properties p = new Properties();
        p.load(new StringReader("id=x\nvalidFrom=2020\nweight.OUTPUT=五十\n"));
        assertThatThrownBy(() -> ScoringRules.fromProperties(p, "x.properties"))
                .hasMessageContaining("weight.OUTPUT").hasMessageContaining("不是数字").hasMessageContaining("not a number");
        Properties noYear = new Properties();
        noYear.load(new StringReader("id=y\nweight.OUTPUT=50\n"));
        assertThatThrownBy(() -> ScoringRules.fromProperties(noYear, "y.properties")).hasMessageContaining("validFrom");
    }
}
