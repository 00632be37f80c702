package org.jixiao.scorecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jixiao.database.Credentials;
import org.jixiao.database.EmbeddedServer;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.web.RegionalRollups;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V49: budget amounts are kept to six places in 万元, so a table printed in 元 (held-out h04: 52,164,318.26元 =
 * 5216.431826万元) is stored and read back to the fen, and an amount written with two places still reads 320.00.
 */
@JixiaoTest
class ExactAmountsTest {
    static final String H04 = "h04_pingjiang_weijian_2023_dept_selfeval_pipes_yuan.txt";
    static final String H17 = "h17_liling_minzheng_2023_dept_selfeval_paragraphs_yuan.txt";

    @Autowired Scorecards scorecards;
    @Autowired Orgs orgs;
    @Autowired RegionalRollups rollups;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext ctx;
    @Autowired org.jixiao.monitoring.store.Monitoring monitoring;

    static Scorecard heldOut(String file) {
        return TextParser.parse(Seeds.resource("/heldout/docs/" + file), file).tables().get(0);
    }

    /** Every amount of the budget, total first, then each source's planned and executed. */
    static List<BigDecimal> amounts(Budget b) {
        List<BigDecimal> out = new ArrayList<>(java.util.Arrays.asList(b.initial(), b.planned(), b.executed()));
        for (FundSource f : b.sources()) { out.add(f.planned()); out.add(f.executed()); }
        return out;
    }

    static List<String> texts(List<BigDecimal> xs) {
        return xs.stream().map(x -> x == null ? "—" : x.toPlainString()).toList();
    }

    @Test
    void aTableInYuanIsStoredAndReadBackToTheFen() {
        for (String file : List.of(H04, H17)) {
            Scorecard read = heldOut(file);
            Budget back = scorecards.find(scorecards.create(read).id()).orElseThrow().scorecard().budget();
            assertThat(back.sources()).as(file).hasSameSizeAs(read.budget().sources());
            List<BigDecimal> r = amounts(read.budget()), b = amounts(back);
            for (int i = 0; i < r.size(); i++) {
                if (r.get(i) == null) assertThat(b.get(i)).as(file + " amount " + i).isNull();
                else assertThat(b.get(i)).as(file + " amount " + i).isEqualByComparingTo(r.get(i));
            }
            // as read, with two places at least (h17's 其他资金 1,500,000.00元 reads 150 and prints 150.00)
            assertThat(texts(b)).as(file).isEqualTo(texts(r.stream().map(x -> x == null || x.scale() >= 2 ? x : x.setScale(2)).toList()));
        }
        // h04's 52,164,318.26元 and h17's 财政拨款 89,738,654.70元, in 万元, each to the fen (they were 5216.43 and 8973.87)
        Budget h04 = scorecards.find(scorecards.create(heldOut(H04)).id()).orElseThrow().scorecard().budget();
        assertThat(h04.planned().toPlainString()).isEqualTo("5216.431826");
        assertThat(h04.executed().toPlainString()).isEqualTo("4987.390514");
        assertThat(h04.initial().toPlainString()).as("written with two places: two places").isEqualTo("4832.65");
        Budget h17 = scorecards.find(scorecards.create(heldOut(H17)).id()).orElseThrow().scorecard().budget();
        assertThat(h17.sources().stream().map(f -> f.name() + " " + f.planned().toPlainString()).toList())
                .containsExactly("财政拨款 8973.86547", "其他资金 150.00");
    }

    @Test
    void anAmountWithTwoPlacesComesBackWithItsTwoPlaces() {
        Scorecard suining = SeedScorecards.suining();
        assertThat(suining.budget().planned()).isEqualByComparingTo("320");
        Budget b = suining.budget();
        long id = scorecards.create(new Scorecard(suining.form(), suining.title(), suining.year(), suining.project(), suining.unit(),
                suining.competentDepartment(), suining.region(), new Budget(b.currency(), new BigDecimal("100"), b.planned(),
                b.executed(), b.ratePercent(), b.sources()), suining.overallGoal(), suining.indicators())).id();
        Budget back = scorecards.find(id).orElseThrow().scorecard().budget();
        assertThat(back.initial().toPlainString()).isEqualTo("100.00");
        assertThat(back.planned().toPlainString()).isEqualTo("320.00");
        assertThat(back.executed().toPlainString()).isEqualTo("261.75");
        assertThat(back.sources().getFirst().planned().toPlainString()).isEqualTo("320.00");
        // the column holds six places; the reader shows two at least and no other trailing zeros
        assertThat(jdbc.sql("select budget_planned::text from scorecard where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("320.000000");
        assertThat(Scorecards.amount(new BigDecimal("2180.620000")).toPlainString()).isEqualTo("2180.62");
        assertThat(Scorecards.amount(new BigDecimal("0.000000")).toPlainString()).isEqualTo("0.00");
        assertThat(Scorecards.amount(new BigDecimal("1E+2")).toPlainString()).isEqualTo("100.00");
    }

    /** Two tables in 元 as the units of a region: the roll-up's sums (SQL and reference) are the exact six-place sums. */
    @Test
    void theRollupOfTwoTablesInYuanSumsToTheFen() {
        Org province = orgs.create(orgs.root().id(), "元汇总" + System.nanoTime(), null, Level.PROVINCE);
        Org city = orgs.create(province.id(), "元汇总市", null, Level.CITY);
        // two departments' tables (no fund named) under one fund and year, so both roll up into one regional table
        Scorecard h04 = asFund(heldOut(H04)), h17 = asFund(heldOut(H17));
        scorecards.create(h04, city.id(), null, null);
        scorecards.create(h04, orgs.create(city.id(), "平江", null, Level.UNIT).id(), null, null);
        scorecards.create(h17, orgs.create(city.id(), "醴陵", null, Level.UNIT).id(), null, null);
        BigDecimal planned = h04.budget().planned().add(h17.budget().planned());
        BigDecimal executed = h04.budget().executed().add(h17.budget().executed());
        assertThat(planned.toPlainString()).isEqualTo("14340.297296");
        for (FundWeight w : FundWeight.values()) {
            for (RegionalRollups.Result result : List.of(rollups.summary(city.id(), h04.year(), h04.project(), w),
                    rollups.rollup(city.id(), h04.year(), h04.project(), w))) {
                Budget b = result.rollup().budget();
                assertThat(b.planned().toPlainString()).isEqualTo(planned.toPlainString());
                assertThat(b.executed().toPlainString()).isEqualTo(Scorecards.amount(executed).toPlainString());
                assertThat(b.initial()).isEqualByComparingTo(h04.budget().initial().add(h17.budget().initial()));
                List<String> sources = b.sources().stream().map(f -> f.name() + " " + f.planned().toPlainString()).toList();
                List<String> expected = new ArrayList<>();
                for (Scorecard s : List.of(h04, h17)) {
                    for (FundSource f : s.budget().sources()) expected.add(f.name() + " " + Scorecards.amount(f.planned()).toPlainString());
                }
                assertThat(sources).containsExactlyElementsOf(expected);
            }
        }
    }

    /**
     * A monitoring round copies the table's 全年预算数 A (h04: 5216.431826) and keeps it: paid 5000.21 is 95.85 % of it
     * in the round and in the region's monitoring roll-up (of A rounded to 5216.43 it was 95.86 %).
     */
    @Test
    void aMonitoringRoundKeepsTheTablesBudgetToTheFen() {
        Org province = orgs.create(orgs.root().id(), "元监控" + System.nanoTime(), null, Level.PROVINCE);
        Org unit = orgs.create(orgs.create(province.id(), "元监控市", null, Level.CITY).id(), "平江", null, Level.UNIT);
        Scorecard h04 = asFund(heldOut(H04));
        long id = scorecards.create(h04, unit.id(), null, null).id();
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", id).update(); // monitoring watches approved tables
        int month = monitoring.months(scorecards.require(id)).getFirst();
        var round = monitoring.record(id, new org.jixiao.monitoring.RoundInput(month, new BigDecimal("5000.21"), null, null, List.of()));
        assertThat(round.planned().toPlainString()).isEqualTo("5216.431826");
        assertThat(round.ratePercent()).isEqualByComparingTo("95.85");
        assertThat(monitoring.rounds(id).getFirst().planned().toPlainString()).isEqualTo("5216.431826");
        var line = monitoring.rollup(province.id(), 2023, h04.project(), null).total();
        assertThat(line.planned().toPlainString()).isEqualTo("5216.431826");
        assertThat(line.ratePercent()).isEqualByComparingTo("95.85");
        // a round of a table written with two places reads back with two places
        var suining = SeedScorecards.suining();
        long two = scorecards.create(suining, orgs.create(province.id(), "遂宁两位", null, Level.UNIT).id(), null, null).id();
        jdbc.sql("update scorecard set status = 'APPROVED' where id = :id").param("id", two).update();
        var r2 = monitoring.record(two, new org.jixiao.monitoring.RoundInput(monitoring.months(scorecards.require(two)).getFirst(),
                new BigDecimal("200"), null, null, List.of()));
        assertThat(r2.planned().toPlainString()).isEqualTo("320.00");
    }

    static Scorecard asFund(Scorecard s) {
        return new Scorecard(s.form(), s.title(), 2023, "部门整体支出", s.unit(), s.competentDepartment(), s.region(),
                s.budget(), s.overallGoal(), s.indicators());
    }

    /**
     * V49 on a database that has a published scorecard (with its kept report), its fund sources and a monitoring round:
     * the columns widen, every value and the kept report stay as they were, and an amount to the fen can then be kept.
     */
    @Test
    void theMigrationWidensTheColumnsOfADatabaseWithPublishedRows() throws Exception {
        EmbeddedServer server = TestDatabase.server(ctx);
        String db = "v49_" + System.nanoTime();
        try (Connection su = server.connect(Credentials.SUPERUSER); Statement st = su.createStatement()) {
            st.execute("create database " + db + " owner " + Credentials.OWNER);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + db;
        var flyway = Flyway.configure().dataSource(url, Credentials.OWNER, server.credentials().ownerPassword())
                .locations("classpath:db/migration").placeholders(Map.of("app_role", Credentials.APP));
        try {
            flyway.target(MigrationVersion.fromVersion("48")).load().migrate();
            try (Connection c = java.sql.DriverManager.getConnection(url, Credentials.OWNER, server.credentials().ownerPassword());
                 Statement st = c.createStatement()) {
                st.execute("""
                        insert into scorecard (id, status, kind, title, currency, budget_initial, budget_planned, budget_executed,
                          budget_rate_percent, org_id)
                        values (1, 'PUBLISHED', 'DEPARTMENT', '平江县卫生健康局', '万元', 4832.65, 5216.43, 4987.39, 95.61,
                          (select id from org order by id limit 1))""");
                st.execute("insert into fund_source values (1, 0, '基本支出', 2241.56, 2241.56, 100), (1, 1, '项目支出', 2974.87, 2745.83, 92.30)");
                st.execute("""
                        insert into published_report (scorecard_id, title, content, sha256, stored_by)
                        values (1, '自评报告', '{"sections": []}', 'abc', 'reviewer')""");
                st.execute("""
                        insert into monitoring_round (scorecard_id, month, planned, paid, budget_light, overall_light, recorded_by)
                        values (1, 6, 5216.43, 2000.00, 'GREEN', 'GREEN', 'filler')""");
                flyway.target(MigrationVersion.LATEST).load().migrate();
                assertThat(column(st, "scorecard", "budget_initial")).isEqualTo("numeric(24,6)");
                assertThat(column(st, "scorecard", "budget_planned")).isEqualTo("numeric(24,6)");
                assertThat(column(st, "scorecard", "budget_executed")).isEqualTo("numeric(24,6)");
                assertThat(column(st, "fund_source", "planned")).isEqualTo("numeric(24,6)");
                assertThat(column(st, "fund_source", "executed")).isEqualTo("numeric(24,6)");
                assertThat(column(st, "monitoring_round", "planned")).isEqualTo("numeric(24,6)");
                assertThat(column(st, "scorecard", "budget_rate_percent")).isEqualTo("numeric(9,2)");
                assertThat(one(st, "select status || ' ' || budget_planned || ' ' || budget_initial from scorecard"))
                        .isEqualTo("PUBLISHED 5216.430000 4832.650000");
                assertThat(one(st, "select string_agg(planned::text, ' ' order by position) from fund_source")).isEqualTo("2241.560000 2974.870000");
                assertThat(one(st, "select title || ' ' || content::text || ' ' || sha256 from published_report"))
                        .isEqualTo("自评报告 {\"sections\": []} abc");
                assertThat(one(st, "select planned::text from monitoring_round")).isEqualTo("5216.430000");
                st.execute("update monitoring_round set planned = 5216.431826");
                assertThat(one(st, "select planned::text from monitoring_round")).isEqualTo("5216.431826");
            }
        } finally {
            try (Connection su = server.connect(Credentials.SUPERUSER); Statement st = su.createStatement()) {
                st.execute("drop database if exists " + db + " with (force)");
            }
        }
    }

    private static String column(Statement st, String table, String column) throws Exception {
        return one(st, "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = '" + table
                + "'::regclass and attname = '" + column + "'");
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
