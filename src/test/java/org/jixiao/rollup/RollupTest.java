package org.jixiao.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.seeds.SeedScorecards.asUnit;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.api.Test;

/** RULES.md §7 E5 on the rows of the Suining table, as two fund-using units 甲 and 乙. */
class RollupTest {
    static final String RATE = E5.RATE;
    static final String EVENTS = E5.EVENTS;
    static final String SUPPORT = E5.SUPPORT;

    final Scorecard suining = SeedScorecards.suining();
    final Scorecard jia = E5.jia();
    final Scorecard yi = E5.yi();

    static Indicator assessed(Indicator row, QualitativeGrade grade, String percent) {
        return E5.assessed(row, grade, percent);
    }

    @Test
    void aRateIsTheAllocationWeightedMeanOfTheUnitsRates() {
        RegionalIndicator rate = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED).indicator(RATE);

        assertThat(rate.valueKind()).isEqualTo(ValueKind.RELATIVE);
        assertThat(rate.aggregatedActual()).isEqualByComparingTo("54.375");
        assertThat(rate.actualText()).isEqualTo("54.38%");
        assertThat(rate.unit()).isEqualTo("%");
        assertThat(rate.contributors()).extracting(Contribution::unit, Contribution::fund, Contribution::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("甲", new BigDecimal("200"), new BigDecimal("60.00")),
                        org.assertj.core.groups.Tuple.tuple("乙", new BigDecimal("120"), new BigDecimal("45.00")));
        assertThat(rate.contributors().get(0).weightShare()).isEqualByComparingTo("0.625");
        assertThat(rate.contributors().get(1).weightShare()).isEqualByComparingTo("0.375");
        assertThat(rate.missing()).isEmpty();
    }

    @Test
    void weighingByExecutedFundsGivesTheOtherE5Figure() {
        RegionalIndicator rate = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.EXECUTED).indicator(RATE);

        assertThat(rate.actualText()).isEqualTo("55.32%");
        assertThat(rate.contributors()).extracting(Contribution::fund)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("180"), new BigDecimal("81.75"));
    }

    @Test
    void countsAddUpAcrossUnits() {
        RegionalIndicator events = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED).indicator(EVENTS);

        assertThat(events.valueKind()).isEqualTo(ValueKind.ABSOLUTE);
        assertThat(events.aggregatedActual()).isEqualByComparingTo("8");
        assertThat(events.actualText()).isEqualTo("8次");
        assertThat(events.contributors()).extracting(Contribution::weightShare)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.625"), new BigDecimal("0.375"));
    }

    @Test
    void qualitativeCompletionIsFundWeightedAndMapsBackToAGrade() {
        RegionalIndicator support = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED).indicator(SUPPORT);

        assertThat(support.aggregatedActual()).isEqualByComparingTo("85.625");
        assertThat(support.actualText()).isEqualTo("85.63%");
        assertThat(support.grade()).isEqualTo(QualitativeGrade.MET);
        assertThat(support.contributors()).extracting(Contribution::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("95"), new BigDecimal("70"));
    }

    @Test
    void aBareMetGradeCountsAsOneHundredPercentButAPartlyMetGradeWithoutPercentIsMissing() {
        Scorecard metOnly = asUnit(suining, "甲", "200", "180",
                row -> row.name().equals(SUPPORT) ? assessed(row, QualitativeGrade.MET, null) : row);
        Scorecard partlyOnly = asUnit(suining, "乙", "120", "81.75",
                row -> row.name().equals(SUPPORT) ? assessed(row, QualitativeGrade.PARTLY_MET, null) : row);

        RegionalIndicator support = Rollup.aggregate(List.of(metOnly, partlyOnly), suining, FundWeight.ALLOCATED).indicator(SUPPORT);

        assertThat(support.aggregatedActual()).isEqualByComparingTo("100");
        assertThat(support.missing()).containsExactly("乙");
    }

    @Test
    void theBudgetIsSummedAndItsRateIsTheRatioOfTheSums() {
        RegionalRollup region = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED);

        assertThat(region.budget().planned()).isEqualByComparingTo("320");
        assertThat(region.budget().executed()).isEqualByComparingTo("261.75");
        assertThat(region.budget().ratePercent()).isEqualByComparingTo("81.80");
        assertThat(region.budget().sources()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("中央补助");
            assertThat(s.planned()).isEqualByComparingTo("320");
            assertThat(s.executed()).isEqualByComparingTo("261.75");
            assertThat(s.ratePercent()).isEqualByComparingTo("81.80");
        });
        // the mean of the units' rates (90% and 68.125%) would be 79.06%: the ratio of sums is not that
        assertThat(region.budget().ratePercent()).isNotEqualByComparingTo("79.06");
    }

    @Test
    void aUnitWithoutTheValueIsListedAsMissingAndNotCountedAsZero() {
        Scorecard bing = asUnit(suining, "丙", "80", "80", row -> switch (row.name()) {
            case RATE -> null;              // the row is absent
            case EVENTS -> row.withActual(null);   // the cell is empty
            default -> row;
        });

        RegionalRollup region = Rollup.aggregate(List.of(jia, yi, bing), suining, FundWeight.ALLOCATED);

        assertThat(region.indicator(RATE).missing()).containsExactly("丙");
        assertThat(region.indicator(RATE).actualText()).isEqualTo("54.38%"); // ΣF excludes 丙's 80
        assertThat(region.indicator(EVENTS).missing()).containsExactly("丙");
        assertThat(region.indicator(EVENTS).actualText()).isEqualTo("8次");
        assertThat(region.budget().planned()).isEqualByComparingTo("400");
    }

    @Test
    void narrativeActualsAreMissingRatherThanGuessed() {
        RegionalIndicator drg = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED).indicator("医保支付方式改革和DRG试点");

        assertThat(drg.aggregatedActual()).isNull();
        assertThat(drg.actualText()).isNull();
        assertThat(drg.missing()).containsExactly("甲", "乙");
    }

    @Test
    void indicatorNamesMatchAcrossUnitsWhateverTheirWhitespace() {
        Scorecard spaced = asUnit(suining, "乙", "120", "81.75",
                row -> row.name().equals(EVENTS) ? Indicator.of(row.level1(), row.level2(), "开展全域 医保政策宣传\u00a0活动次数", row.target(), "3次") : row);

        RegionalIndicator events = Rollup.aggregate(List.of(jia, spaced), suining, FundWeight.ALLOCATED).indicator(EVENTS);

        assertThat(events.actualText()).isEqualTo("8次");
    }

    @Test
    void withoutRegionalTargetsTheFirstUnitsRowsAndTargetsAreUsed() {
        RegionalRollup region = Rollup.aggregate(List.of(jia, yi), null, null);

        assertThat(region.weight()).isEqualTo(FundWeight.ALLOCATED);
        assertThat(region.indicators()).extracting(RegionalIndicator::name)
                .containsExactlyElementsOf(suining.indicators().stream().map(Indicator::name).toList());
        assertThat(region.indicator(EVENTS).target()).isEqualTo("≥4次");
    }

    @Test
    void theRegionBecomesATransferScorecardCarryingTheAggregatedResults() {
        Scorecard region = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED).toScorecard("四川省医疗保障局");

        assertThat(region.kind()).isEqualTo(Kind.TRANSFER);
        assertThat(region.unit()).isEqualTo("四川省医疗保障局");
        assertThat(region.year()).isEqualTo(2021);
        assertThat(region.budget().ratePercent()).isEqualByComparingTo("81.80");
        assertThat(region.indicators()).hasSameSizeAs(suining.indicators());
        Indicator support = region.indicators().stream().filter(i -> i.name().equals(SUPPORT)).findFirst().orElseThrow();
        assertThat(support.grade()).isEqualTo(QualitativeGrade.MET);
        assertThat(support.completionPercent()).isEqualByComparingTo("85.63");
        assertThat(support.target()).isEqualTo("明显增强");
        Indicator events = region.indicators().stream().filter(i -> i.name().equals(EVENTS)).findFirst().orElseThrow();
        assertThat(events.actual()).isEqualTo("8次");
        assertThat(events.valueKind()).isEqualTo(ValueKind.ABSOLUTE);
        assertThat(region.overallGoal().achievement()).startsWith("甲：1.率先完成国家医疗保障信息平台切换。");
    }

    @Test
    void anEmptyListOfUnitsIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> Rollup.aggregate(List.of(), null, FundWeight.ALLOCATED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("资金使用单位").hasMessageContaining("unit scorecard");
    }

    @Test
    void durationsAreConvertedToTheTargetUnitAndFundWeighted() {
        String team = "参加省局信息化建设工作专班"; // target 不低于30天; Suining wrote 不少于6个月
        Scorecard shortStay = asUnit(suining, "乙", "120", "81.75", row -> row.name().equals(team) ? row.withActual("45天") : row);

        RegionalIndicator stay = Rollup.aggregate(List.of(jia, shortStay), suining, FundWeight.ALLOCATED).indicator(team);

        assertThat(stay.valueKind()).isEqualTo(ValueKind.RELATIVE);
        assertThat(stay.unit()).isEqualTo("天");
        assertThat(stay.contributors().getFirst().value()).isEqualByComparingTo("180"); // 6个月 = 180天
        assertThat(stay.actualText()).isEqualTo("129.38天"); // (200×180 + 120×45) / 320 = 129.375
    }

    @Test
    void aValueInAUnitThatDoesNotConvertIsMissing() {
        Scorecard otherUnit = asUnit(suining, "乙", "120", "81.75", row -> row.name().equals(EVENTS) ? row.withActual("3家") : row);

        RegionalIndicator events = Rollup.aggregate(List.of(jia, otherUnit), suining, FundWeight.ALLOCATED).indicator(EVENTS);

        assertThat(events.actualText()).isEqualTo("5次");
        assertThat(events.missing()).containsExactly("乙");
    }

    @Test
    void anExplicitValueKindOverridesTheDefaultOfTheUnit() {
        Scorecard targets = suining.withIndicators(suining.indicators().stream()
                .map(i -> i.name().equals(EVENTS) ? withKind(i, ValueKind.RELATIVE) : i).toList());

        RegionalIndicator events = Rollup.aggregate(List.of(jia, yi), targets, FundWeight.ALLOCATED).indicator(EVENTS);

        assertThat(events.valueKind()).isEqualTo(ValueKind.RELATIVE);
        assertThat(events.actualText()).isEqualTo("4.25次"); // (200×5 + 120×3) / 320
    }

    static Indicator withKind(Indicator row, ValueKind kind) {
        return row.toBuilder().valueKind(kind).build();
    }

    @Test
    void theRegionCarriesTheUpperLevelsTargetsNotTheUnits() {
        Scorecard issued = suining.withIndicators(suining.indicators().stream()
                .filter(i -> i.name().equals(EVENTS) || i.name().equals(RATE))
                .map(i -> i.name().equals(EVENTS) ? Indicator.of(i.level1(), i.level2(), i.name(), "≥10次", null) : i).toList());

        RegionalRollup region = Rollup.aggregate(List.of(jia, yi), issued, FundWeight.ALLOCATED);

        assertThat(region.indicators()).extracting(RegionalIndicator::name).containsExactly(EVENTS, RATE);
        assertThat(region.indicator(EVENTS).target()).isEqualTo("≥10次");
        assertThat(region.toScorecard("四川省医疗保障局").indicators().getFirst().target()).isEqualTo("≥10次");
    }

    @Test
    void whenNoUnitHadTheEventTheRegionSaysSoInWordsTheGrammarReadsAsNotOccurred() {
        String response = "医保信息系统重大安全事件响应时间"; // both units keep Suining's 本市未发生医保信息系统重大安全事件
        RegionalIndicator row = Rollup.aggregate(List.of(jia, yi), suining, FundWeight.ALLOCATED).indicator(response);

        assertThat(row.actualText()).isEqualTo(Rollup.NONE_OCCURRED);
        assertThat(org.jixiao.measure.Reading.of(row.actualText()).value()).isInstanceOf(org.jixiao.measure.Value.NotOccurred.class);
        assertThat(row.aggregatedActual()).isNull();
        assertThat(row.missing()).containsExactly("甲", "乙");

        Scorecard slow = asUnit(suining, "乙", "120", "81.75", r -> r.name().equals(response) ? r.withActual("45分钟") : r);
        RegionalIndicator mixed = Rollup.aggregate(List.of(jia, slow), suining, FundWeight.ALLOCATED).indicator(response);
        assertThat(mixed.actualText()).isEqualTo("45.00分钟");
        assertThat(mixed.missing()).containsExactly("甲");
    }

    @Test
    void theUnitsNarrativesStopBeforeTheTablesTextLimitAndCountTheUnitsLeftOut() {
        List<Scorecard> many = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) many.add(asUnit(suining, "单位" + i, "10", "9", UnaryOperator.identity()));

        String achievement = Rollup.aggregate(many, suining, FundWeight.ALLOCATED).achievement();

        List<String> lines = List.of(achievement.split("\n"));
        String last = lines.getLast();
        assertThat(last).matches("……另有\\d+个单位的完成情况见各单位自评表");
        int leftOut = Integer.parseInt(last.replaceAll("\\D", ""));
        List<String> shown = lines.stream().filter(l -> l.startsWith("单位")).toList();
        assertThat(shown.size() + leftOut).isEqualTo(80);
        assertThat(leftOut).isPositive();
        for (int i = 0; i < shown.size(); i++) assertThat(shown.get(i)).startsWith("单位" + i + "：");
        assertThat(achievement.length() - last.length() - 1).isLessThanOrEqualTo(Rollup.ACHIEVEMENT_LIMIT);
        assertThat(org.jixiao.scorecard.ScorecardValidator.check(
                Rollup.aggregate(many, suining, FundWeight.ALLOCATED).toScorecard("四川省医疗保障局"))).isEmpty();
    }
}
