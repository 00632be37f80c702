package org.jixiao.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.E5;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.GradeExplanation;
import org.jixiao.rollup.Names;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.SummedRollup;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.SelfEvaluation;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the roll-up the API and the page show (sums in SQL, {@link SummedRollup}) agrees row by row with the
 * reference ({@code Rollup.aggregate} over every unit's loaded scorecard) — on the real seed rows and on generated
 * regions with mixed units, kinds, currencies and gaps (seeded {@link Random}) — and the drill-down of one row is the
 * reference's row.
 */
@JixiaoTest
class SummedRollupTest {
    @Autowired Orgs orgs;
    @Autowired Scorecards scorecards;
    @Autowired RegionalRollups rollups;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static final BigDecimal CLOSE = new BigDecimal("1e-9");

    /** Both roll-ups, both weights: the same units, budget, rows, counts, score and explanation of what pulled it down. */
    void assertAgree(Org region, int year, String project) {
        for (FundWeight w : FundWeight.values()) {
            RegionalRollups.Result summary = rollups.summary(region.id(), year, project, w);
            RegionalRollups.Result reference = rollups.rollup(region.id(), year, project, w);
            RegionalRollup s = summary.rollup(), r = reference.rollup();
            assertThat(s.units()).isEqualTo(r.units());
            assertBudget(s.budget(), r.budget());
            assertThat(s.indicators()).hasSameSizeAs(r.indicators());
            for (int i = 0; i < r.indicators().size(); i++) {
                RegionalIndicator a = s.indicators().get(i), b = r.indicators().get(i);
                String row = w + " row " + i + " " + b.name();
                assertThat(a.name()).as(row).isEqualTo(b.name());
                assertThat(a.valueKind()).as(row).isEqualTo(b.valueKind());
                assertThat(a.unit()).as(row).isEqualTo(b.unit());
                assertThat(a.grade()).as(row).isEqualTo(b.grade());
                assertThat(a.actualText()).as(row).isEqualTo(b.actualText());
                assertClose(row, a.aggregatedActual(), b.aggregatedActual());
                assertThat(a.contributorCount()).as(row).isEqualTo(b.contributors().size());
                assertThat(a.missingCount()).as(row).isEqualTo(b.missing().size());
                RegionalIndicator drilled = rollups.drillDown(region.id(), year, project, w, i);
                assertThat(drilled.contributors()).as(row).isEqualTo(b.contributors());
                assertThat(drilled.missing()).as(row).isEqualTo(b.missing());
                assertThat(drilled.actualText()).as(row).isEqualTo(b.actualText());
            }
            SelfEvaluation se = summary.evaluation(), re = reference.evaluation();
            assertThat(se.total()).isEqualByComparingTo(re.total());
            assertThat(se.grade()).isEqualTo(re.grade());
            for (int i = 0; i < re.indicators().size(); i++) {
                assertThat(se.indicators().get(i).score()).as(re.indicators().get(i).name()).isEqualTo(re.indicators().get(i).score());
            }
            // the headline weighs sub-regions in the summary and units in the reference; what pulled it down is the same
            assertThat(summary.explanation().subList(1, summary.explanation().size()))
                    .isEqualTo(reference.explanation().subList(1, reference.explanation().size()));
        }
    }

    static void assertBudget(Budget s, Budget r) {
        assertClose("initial", s.initial(), r.initial());
        assertClose("planned", s.planned(), r.planned());
        assertClose("executed", s.executed(), r.executed());
        assertThat(s.ratePercent()).isEqualTo(r.ratePercent());
        assertThat(s.sources()).hasSameSizeAs(r.sources());
        for (int i = 0; i < r.sources().size(); i++) {
            FundSource a = s.sources().get(i), b = r.sources().get(i);
            assertThat(a.name()).isEqualTo(b.name());
            assertClose(a.name(), a.planned(), b.planned());
            assertClose(a.name(), a.executed(), b.executed());
            assertThat(a.ratePercent()).isEqualTo(b.ratePercent());
        }
    }

    static void assertClose(String what, BigDecimal a, BigDecimal b) {
        if (b == null) {
            assertThat(a).as(what).isNull();
            return;
        }
        assertThat(a).as(what).isNotNull();
        BigDecimal scale = b.abs().max(BigDecimal.ONE);
        assertThat(a.subtract(b).abs()).as(what + ": " + a + " vs " + b).isLessThanOrEqualTo(CLOSE.multiply(scale));
    }

    Org region(String name) {
        Org province = orgs.create(orgs.root().id(), name + System.nanoTime(), null, Level.PROVINCE);
        return orgs.create(province.id(), name + "市", null, Level.CITY);
    }

    @Test
    void theSeedRowsRollUpAlikeFromSumsAndFromTheLoadedScorecards() {
        Org city = region("种子汇总");
        Org county = orgs.create(city.id(), "种子县", null, Level.COUNTY);
        scorecards.create(E5.jia(), orgs.create(city.id(), "甲", null, Level.UNIT).id(), null, null);
        scorecards.create(E5.yi(), orgs.create(county.id(), "乙", null, Level.UNIT).id(), null, null);
        scorecards.create(SeedScorecards.asUnit(SeedScorecards.suining(), "丙", "80", "75",
                row -> row.name().equals(E5.RATE) ? null : row), orgs.create(county.id(), "丙", null, Level.UNIT).id(), null, null);
        scorecards.create(SeedScorecards.suining(), city.id(), null, null);
        String project = SeedScorecards.suining().project();

        assertAgree(city, 2021, project);
        assertAgree(county, 2021, project);
        // the Dalian table as the only unit of a region, its own rows as the targets
        Org dalian = region("大连汇总");
        scorecards.create(SeedScorecards.dalian(), orgs.create(dalian.id(), "大连汇总单位", null, Level.UNIT).id(), null, null);
        assertAgree(dalian, SeedScorecards.dalian().year(), SeedScorecards.dalian().project());
    }

    /**
     * Issue 11: a growth written as a % is compared as written, not capped — the Suining bureau's 「…增长率288.15%」 (graded
     * 达成) stays its 完成值 in a region of that one unit instead of becoming 100.00 %, and a growth the grammar reads
     * (「288.15%」 against 「≥10%」) rolls up as 288.15 %.
     */
    @Test
    void aGrowthIsRolledUpAsWrittenNotCappedAtOneHundredPercent() {
        Org city = region("增长");
        Scorecard suining = E5.withEveryQualitativeRowMet(SeedScorecards.suining());
        Indicator growth = suining.indicators().stream().filter(i -> i.name().equals(E5.RATE)).findFirst().orElseThrow();
        assertThat(growth.actual()).contains("增长率288.15%");
        scorecards.create(suining, orgs.create(city.id(), "增长单位", null, Level.UNIT).id(), null, null);

        for (RegionalRollups.Result result : List.of(rollups.summary(city.id(), 2021, suining.project(), null),
                rollups.rollup(city.id(), 2021, suining.project(), null))) {
            RegionalIndicator row = result.rollup().indicator(E5.RATE);
            assertThat(row.actualText()).isEqualTo(growth.actual()).doesNotContain("100.00%");
            assertThat(row.aggregatedActual()).as("the completion %, kept apart").isEqualByComparingTo("100");
            assertThat(row.grade()).isEqualTo(QualitativeGrade.MET);
            assertThat(result.scorecard().indicators()).filteredOn(i -> i.name().equals(E5.RATE)).singleElement()
                    .satisfies(i -> assertThat(i.actual()).contains("增长率288.15%"));
            // one graded unit: the region scores as the unit and says so
            assertThat(result.evaluation().total()).isEqualByComparingTo(Scorer.evaluate(suining).total());
            assertThat(result.explanation()).anySatisfy(l -> assertThat(l.zh()).contains("区域得分与该单位自评得分相同"));
        }

        Org other = region("增长率");
        Scorecard targets = new Scorecard("transfer-self-evaluation", "区域目标", 2024, "增长测试", "上级", null, null,
                Budget.empty(), null, List.of(Indicator.of("效益指标", "社会效益指标", "异地就医结算人次增长率", "≥10%", null)));
        scorecards.create(targets, other.id(), null, null);
        scorecards.create(unit("甲", "200", List.of(Indicator.of("效益指标", "社会效益指标", "异地就医结算人次增长率", "≥10%", "288.15%"))),
                orgs.create(other.id(), "甲", null, Level.UNIT).id(), null, null);
        scorecards.create(unit("乙", "100", List.of(Indicator.of("效益指标", "社会效益指标", "异地就医结算人次增长率", "≥10%", "150%"))),
                orgs.create(other.id(), "乙", null, Level.UNIT).id(), null, null);
        RegionalIndicator rate = rollups.summary(other.id(), 2024, "增长测试", null).rollup().indicator("异地就医结算人次增长率");
        assertThat(rate.actualText()).isEqualTo("242.10%"); // (200×288.15 + 100×150) / 300
        assertAgree(other, 2024, "增长测试");
    }

    static Scorecard unit(String name, String planned, List<Indicator> rows) {
        BigDecimal a = new BigDecimal(planned);
        return new Scorecard("transfer-self-evaluation", "自评表", 2024, "增长测试", name, null, null,
                new Budget("万元", null, a, a, null, List.of(new FundSource("中央补助", a, a, null))), null, rows);
    }

    // --- generated regions ----------------------------------------------------------------------------------

    /** A regional row and how a unit's actual is drawn (null: the unit lacks the row). */
    record Template(String name, String target, ValueKind kind, Function<Random, Indicator> draw) {}

    static String pick(Random r, String... options) { return options[r.nextInt(options.length)]; }

    static String amount(Random r, int max, int scale) {
        return BigDecimal.valueOf(r.nextInt(max * 100) + 1, 2).setScale(scale, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }

    static Indicator row(String name, String target, String actual) {
        return Indicator.of("产出指标", "数量指标", name, target, actual);
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("宣传活动次数", "≥4次", null, r -> row(pick(r, "宣传活动次数", "宣传 活动次数", "宣传\u3000活动次数"), "≥4次",
                    pick(r, r.nextInt(12) + "次", r.nextInt(12) + "次", "", "未开展"))),
            new Template("服务人次", "≥2万人次", null, r -> row("服务人次", "≥2万人次",
                    pick(r, (r.nextInt(40000) + 1) + "人次", amount(r, 5, 2) + "万人次"))),
            new Template("资金支出", "≥100万元", null, r -> row("资金支出", "≥100万元",
                    pick(r, (r.nextInt(2_000_000) + 1) + "元", amount(r, 300, 2) + "万元", amount(r, 2, 4) + "亿元"))),
            new Template("直接结算率", "≥70%", null, r -> row("直接结算率", "≥70%",
                    pick(r, amount(r, 100, 2) + "%", (r.nextInt(1000) + 1) + "‰", "≥" + amount(r, 100, 1) + "%"))),
            new Template("响应时间", "≤2小时", null, r -> row("响应时间", "≤2小时",
                    pick(r, (r.nextInt(200) + 1) + "分钟", amount(r, 3, 1) + "小时", "本单位未发生重大安全事件"))),
            new Template("重大事故", "≤60分钟", null, r -> row("重大事故", "≤60分钟", "本单位未发生重大安全事件")),
            new Template("补助标准", "≥610元/人", null, r -> row("补助标准", "≥610元/人", (600 + r.nextInt(40)) + "元/人")),
            new Template("督导检查", "≥3", null, r -> row("督导检查", "≥3", pick(r, (r.nextInt(9) + 1) + "家", (r.nextInt(9) + 1) + "次", "5"))),
            new Template("信息化能力", "有所提高", null, r -> {
                Indicator i = Indicator.of("效益指标", "社会效益指标", "信息化能力", "有所提高", pick(r, "有所提高", "明显增强", "增长率12.5%"));
                return switch (r.nextInt(5)) {
                    case 0 -> i.toBuilder().grade(QualitativeGrade.MET).build();
                    case 1 -> i.toBuilder().grade(QualitativeGrade.PARTLY_MET).completionPercent(new BigDecimal(60 + r.nextInt(20))).build();
                    case 2 -> i.toBuilder().grade(QualitativeGrade.PARTLY_MET).build();
                    case 3 -> i.toBuilder().completionPercent(new BigDecimal(amount(r, 100, 2))).build();
                    default -> i;
                };
            }),
            new Template("家庭医生签约人数", "≥500人", ValueKind.RELATIVE, r -> {
                Indicator i = row("家庭医生签约人数", "≥500人", (r.nextInt(900) + 1) + "人");
                return r.nextInt(4) == 0 ? i.toBuilder().valueKind(ValueKind.ABSOLUTE).build() : i;
            }));

    static Scorecard generated(Random r, String unit, boolean targetsOnly) {
        List<Indicator> rows = new ArrayList<>();
        for (Template t : TEMPLATES) {
            if (targetsOnly) {
                Indicator i = row(t.name(), t.target(), null).withWeight(new BigDecimal("9"));
                rows.add(t.kind() == null ? i : i.toBuilder().valueKind(t.kind()).build());
                continue;
            }
            if (r.nextInt(12) == 0) continue; // the unit lacks the row
            Indicator i = t.draw().apply(r);
            if (r.nextInt(3) == 0 && !t.name().equals("信息化能力") && !t.name().equals("家庭医生签约人数")) {
                i = i.toBuilder().valueKind(r.nextBoolean() ? ValueKind.RELATIVE : null).build();
            }
            rows.add(i);
            if (r.nextInt(15) == 0) rows.add(t.draw().apply(r)); // a second row of the same name: the first counts
        }
        String currency = pick(r, "万元", "万元", "元", "亿元");
        BigDecimal scale = switch (currency) { case "元" -> new BigDecimal("10000"); case "亿元" -> new BigDecimal("0.0001"); default -> BigDecimal.ONE; };
        BigDecimal planned = r.nextInt(10) == 0 ? null : new BigDecimal(amount(r, 500, 2)).multiply(scale);
        BigDecimal executed = planned == null || r.nextInt(10) == 0 ? null : planned.multiply(new BigDecimal("0.8"));
        List<FundSource> sources = planned == null ? List.of()
                : List.of(new FundSource(pick(r, "中央补助", "中央 补助"), planned, executed, null),
                new FundSource("地方资金", scale, null, null));
        return new Scorecard("transfer-self-evaluation", "自评表", 2030, "生成测试资金", unit, null, null,
                new Budget(currency, planned, planned, executed, null, sources),
                new OverallGoal("目标", r.nextBoolean() ? "完成" : null), rows);
    }

    @Test
    void generatedRegionsWithMixedUnitsKindsAndGapsRollUpAlikeFromSumsAndFromTheLoadedScorecards() {
        Random random = new Random(20261204);
        boolean sawBlankNames = false;
        for (int round = 0; round < 3; round++) {
            Org city = region("生成" + round);
            if (round != 2) scorecards.create(generated(random, "市级", true), city.id(), null, null); // round 2: no regional targets
            List<Org> parts = new ArrayList<>(List.of(city));
            for (int k = 0; k < 3; k++) parts.add(orgs.create(city.id(), "县" + k, null, Level.COUNTY));
            int units = 8 + random.nextInt(20);
            for (int u = 0; u < units; u++) {
                Org parent = parts.get(random.nextInt(parts.size()));
                String name = random.nextInt(10) == 0 ? " " : "单位" + u; // a blank unit name: 第n个单位
                Org org = orgs.create(parent.id(), "单位" + u, null, Level.UNIT);
                scorecards.create(generated(random, name, false), org.id(), null, null);
            }
            assertAgree(city, 2030, "生成测试资金");
            assertAgree(parts.get(1), 2030, "生成测试资金");
            // the generated data reach the rules' branches (so that agreeing means something)
            RegionalRollup r = rollups.rollup(city.id(), 2030, "生成测试资金", null).rollup();
            assertThat(r.indicator("重大事故").actualText()).isEqualTo("各单位均未发生");
            assertThat(r.indicator("服务人次").actualText()).endsWith("万人次");
            assertThat(r.indicator("资金支出").actualText()).endsWith("万元");
            assertThat(r.indicator("督导检查").missing()).as("家 and 次 do not add up").isNotEmpty();
            assertThat(r.indicator("信息化能力").grade()).isNotNull();
            assertThat(r.indicator("宣传活动次数").contributors()).isNotEmpty();
            sawBlankNames |= r.units().stream().anyMatch(u -> u.matches("第\\d+个单位"));
        }
        assertThat(sawBlankNames).isTrue();
    }

    /** The reference's rule for a row where every unit says the event did not occur holds in the sums too. */
    @Test
    void theNamesTheDatabaseMatchesAreTheReferencesAndEveryUnitSymbolReadsBack() {
        assertThat(Names.key(" 宣传\u3000活动\t次数\u00a0")).isEqualTo("宣传活动次数");
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            boolean removed = Names.key("a" + c + "b").equals("ab");
            assertThat(Names.WHITESPACE.indexOf(c) >= 0).as("U+%04X", (int) c).isEqualTo(removed);
        }
        // the key the database keeps (V41) is the same: a row named with every whitespace character between letters
        StringBuilder name = new StringBuilder("指标");
        for (char c : Names.WHITESPACE.toCharArray()) name.append(c).append('名');
        Org keyed = orgs.create(region("键").id(), "键单位", null, Level.UNIT);
        long id = scorecards.create(unit("键单位", "1", List.of(row("指标", "≥1次", "2次"))), keyed.id(), null, null).id();
        // written past the validator, which refuses control characters in names: the column must still agree
        jdbc.sql("update indicator set name = :name where scorecard_id = :id").param("name", name.toString()).param("id", id).update();
        assertThat(jdbc.sql("select name_key from indicator where scorecard_id = :id").param("id", id).query(String.class).single())
                .isEqualTo(Names.key(name.toString())).isEqualTo("指标" + "名".repeat(Names.WHITESPACE.length()));
        for (org.jixiao.measure.Unit u : org.jixiao.measure.Units.all()) {
            assertThat(SummedRollup.unitOf(u.symbol())).as(u.symbol()).isEqualTo(u);
        }
        for (String compound : List.of("元/人", "元/人·月", "元/人*月", "元/户·年", "人次/年", "万元/人", "次/人·年", "个/万人")) {
            org.jixiao.measure.Unit read = ((org.jixiao.measure.Value.Measured) org.jixiao.measure.Reading.of("5" + compound).value())
                    .quantity().unit();
            assertThat(SummedRollup.unitOf(read.symbol())).as(compound).isEqualTo(read);
        }
    }
}
