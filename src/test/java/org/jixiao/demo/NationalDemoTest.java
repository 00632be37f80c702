package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.web.RegionalRollups;
import org.jixiao.scorecard.ValueKind;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The national demo data in its own database: its size, and the national and a provincial roll-up over it. */
@JixiaoTest
@TestPropertySource(properties = "jixiao.test.database=national") // its own context, so its own database
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDemoTest {
    @Autowired NationalDemo demo;
    @Autowired JdbcClient jdbc;
    @Autowired Orgs orgs;
    @Autowired RegionalRollups rollups;
    NationalDemo.Generated generated;

    @BeforeAll
    void generate() {
        generated = demo.generate(7);
    }

    long count(String sql) { return jdbc.sql(sql).query(Long.class).single(); }

    @Test
    void theTreeHasThirtyOneProvincesAboutThreeHundredThirtyCitiesAndTwentyNineHundredCounties() {
        assertThat(count("select count(*) from org where level = 'PROVINCE'")).isEqualTo(31);
        assertThat(count("select count(*) from org where level = 'CITY'")).isEqualTo(330);
        assertThat(count("select count(*) from org where level = 'COUNTY'")).isEqualTo(2900);
        assertThat(generated.units()).isEqualTo(31 + 330 + 2900);
        // every org's path runs through its parent's
        assertThat(count("select count(*) from org c join org p on p.id = c.parent_id where c.path <> p.path || c.id || '/'")).isZero();
    }

    @Test
    void everyUnitHasOneScorecardOfTheFundWithTwentyIndicators() {
        assertThat(count("select count(*) from scorecard s join org o on o.id = s.org_id where o.level = 'UNIT' and s.year = 2023"))
                .isEqualTo(generated.units());
        assertThat(count("select count(*) from indicator i join scorecard s on s.id = i.scorecard_id where s.year = 2023"))
                .isEqualTo((generated.units() + 1) * 20L); // the units' and the national targets
        // every actual is either a number the grammar reads or a qualitative row with its completion %
        assertThat(count("select count(*) from indicator where actual is not null and actual_amount is null and completion_percent is null"))
                .isZero();
    }

    @Test
    void theNationalRollupCountsEveryUnitOnceAndAgreesWithSqlOnTheRate() {
        var result = rollups.rollup(orgs.root().id(), NationalDemo.YEAR, NationalDemo.PROJECT, FundWeight.ALLOCATED);
        RegionalIndicator rate = result.rollup().indicator("跨省异地就医直接结算率");

        assertThat(result.rollup().units()).hasSize(generated.units());
        assertThat(rate.valueKind()).isEqualTo(ValueKind.RELATIVE);
        assertThat(rate.contributors()).hasSize(generated.units());
        assertThat(rate.missing()).isEmpty();
        BigDecimal sql = jdbc.sql("""
                select sum(s.budget_planned * i.actual_amount) / sum(s.budget_planned) from indicator i
                join scorecard s on s.id = i.scorecard_id join org o on o.id = s.org_id
                where o.level = 'UNIT' and s.year = 2023 and i.name = '跨省异地就医直接结算率'""").query(BigDecimal.class).single();
        assertThat(rate.aggregatedActual().subtract(sql).abs()).isLessThan(new BigDecimal("0.000001"));
        assertThat(result.rollup().budget().planned()).isEqualByComparingTo(jdbc.sql(
                "select sum(budget_planned) from scorecard s join org o on o.id = s.org_id where o.level = 'UNIT'")
                .query(BigDecimal.class).single());
        assertThat(result.evaluation().total()).isPositive();
    }

    @Test
    void aProvinceRollsUpOnlyItsOwnCitiesAndCounties() {
        long sichuan = orgs.byName("四川省", orgs.root().scope()).orElseThrow().id();
        var result = rollups.rollup(sichuan, NationalDemo.YEAR, NationalDemo.PROJECT, FundWeight.EXECUTED);
        long expected = count("select count(*) from org u join org p on u.path like p.path || '%' "
                + "where p.name = '四川省' and p.level = 'PROVINCE' and u.level = 'UNIT'");
        assertThat(result.rollup().units()).hasSize((int) expected).allMatch(u -> u.startsWith("四川省"));
        assertThat(result.rollup().indicator("开展全域医保政策宣传活动次数").valueKind()).isEqualTo(ValueKind.ABSOLUTE);
    }

    @Test
    void aSecondRunIsRefused() {
        assertThatThrownBy(() -> demo.generate(7)).hasMessageContaining("already");
    }
}
