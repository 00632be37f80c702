package org.jixiao.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.JixiaoApplication;
import org.jixiao.demo.NationalDemo;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.Rollup;
import org.jixiao.rollup.store.RegionalSums;
import org.jixiao.rollup.web.RegionalRollups;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Scorer;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national roll-up read from PostgreSQL (a timed main, not JMH: the subject is one large database round trip):
 * generates the national demo data (31 provinces, 330 cities, 2,900 counties, 3,261 unit scorecards × 20 indicators)
 * in a fresh embedded PostgreSQL, then times
 * <ul>
 *   <li>the full roll-up as the API runs it (load every unit scorecard of the fund and year + aggregate + score);</li>
 *   <li>its parts: the load alone, the aggregation alone;</li>
 *   <li>one hand-written SQL aggregation of the same data (budget sums, Σx for counts, Σ(F·x)/ΣF otherwise, over the
 *       stored readings), and checks that both agree on every indicator.</li>
 * </ul>
 * Run: {@code bench/run.sh rollup-national [rounds]}.
 */
public final class NationalRollupBench {

    static final String SQL = """
            with u as (
              select s.id, s.budget_planned as f, s.budget_executed as b
              from scorecard s join org o on o.id = s.org_id
              where s.year = :year and s.project = :project and o.level = 'UNIT' and o.path like :region)
            select i.name, count(*) as n,
                   sum(i.actual_amount) as total,
                   sum(u.f * coalesce(i.completion_percent, i.actual_amount))
                     / nullif(sum(u.f) filter (where coalesce(i.completion_percent, i.actual_amount) is not null), 0) as weighted,
                   count(*) filter (where coalesce(i.completion_percent, i.actual_amount) is null) as missing,
                   (select sum(f) from u) as planned, (select sum(b) from u) as executed
            from indicator i join u on u.id = i.scorecard_id
            group by i.name""";

    static final String DATA_DIR = "target/bench-pg/national";

    record SqlRow(String name, long n, BigDecimal total, BigDecimal weighted, long missing, BigDecimal planned, BigDecimal executed) {}

    public static void main(String[] args) {
        org.jixiao.kernel.Actor.asOperator(() -> bench(args)); // a benchmark acts as the operator (whole tree)
    }

    private static void bench(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // as arguments, which outrank the environment: JIXIAO_DATA_DIR or JIXIAO_DB_URL must never point
                // this (cleaning) run at someone's data
                .run("--jixiao.db.url=", "--jixiao.db.data-dir=" + DATA_DIR, "--jixiao.db.clean=true",
                        "--jixiao.demo-data=false", "--jixiao.bootstrap-accounts=false", "--logging.threshold.console=WARN")) {
            long t0 = System.nanoTime();
            NationalDemo.Generated g = ctx.getBean(NationalDemo.class).generate(2023);
            System.out.printf("generated %d units x %d indicators in %d ms%n", g.units(), g.indicators(), ms(t0));

            Org root = ctx.getBean(Orgs.class).root();
            RegionalRollups rollups = ctx.getBean(RegionalRollups.class);
            Scorecards scorecards = ctx.getBean(Scorecards.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            analyze(ctx);

            // what GET /api/v1/rollups runs: the sums in SQL, the rules in Java, the region scored and explained
            Supplier<RegionalRollups.Result> full = () -> rollups.summary(root.id(), NationalDemo.YEAR, NationalDemo.PROJECT, FundWeight.ALLOCATED);
            // the reference (GET …?contributors=true, saving): every unit's scorecard loaded and aggregated in Java
            Supplier<RegionalRollups.Result> reference = () -> rollups.rollup(root.id(), NationalDemo.YEAR, NationalDemo.PROJECT, FundWeight.ALLOCATED);
            Supplier<List<StoredScorecard>> load = () -> scorecards.unitsOfRegion(root, NationalDemo.YEAR, NationalDemo.PROJECT);
            List<StoredScorecard> loaded = load.get();
            var units = loaded.stream().map(StoredScorecard::scorecard).toList();
            var targets = full.get().targets().scorecard();
            Supplier<RegionalRollup> aggregate = () -> Rollup.aggregate(units, targets, FundWeight.ALLOCATED);
            Supplier<List<SqlRow>> sql = () -> jdbc.sql(SQL).params(Map.of("year", NationalDemo.YEAR,
                    "project", NationalDemo.PROJECT, "region", root.path() + "%")).query((rs, n) -> new SqlRow(
                    rs.getString("name"), rs.getLong("n"), rs.getBigDecimal("total"), rs.getBigDecimal("weighted"),
                    rs.getLong("missing"), rs.getBigDecimal("planned"), rs.getBigDecimal("executed"))).list();
            Supplier<Object> drill = () -> rollups.drillDown(root.id(), NationalDemo.YEAR, NationalDemo.PROJECT, FundWeight.ALLOCATED, 7);

            // interleaved, so that both see the same machine: timed one after the other, the first one ran while the
            // bulk load's checkpoint and autovacuum were still busy on the shared cores
            double[][] pair = timeInterleaved(rounds, "full roll-up (GET /api/v1/rollups: SQL sums + rules + score + explanation)", full,
                    "hand-written SQL aggregation", sql);
            double[] tFull = pair[0], tSql = pair[1];
            RegionalSums sums = ctx.getBean(RegionalSums.class);
            time("  the full roll-up's statement only (RegionalSums.summary)", rounds, () -> sums.summary(root, NationalDemo.YEAR, NationalDemo.PROJECT, FundWeight.ALLOCATED));
            serverCpu(rounds, full, sql);
            time("reference roll-up (load + Rollup.aggregate + score + explanation)", rounds, reference);
            time("  its load only (Scorecards.unitsOfRegion)", rounds, load);
            time("  its aggregation only (Rollup.aggregate)", rounds, aggregate);
            time("drill-down of one row (3,261 units, reference rules)", rounds, drill);
            RegionalRollups.Result once = full.get();
            time("score only (Scorer.evaluate, regional table)", rounds, () -> Scorer.evaluate(once.scorecard()));
            System.out.printf("ratio full / SQL (medians): %.2f%n", tFull[1] / tSql[1]);

            check(full.get().rollup(), sql.get(), loaded.size());
            RegionalRollup ref = reference.get().rollup();
            for (int i = 0; i < ref.indicators().size(); i++) {
                RegionalIndicator a = once.rollup().indicators().get(i), b = ref.indicators().get(i);
                if (!java.util.Objects.equals(a.actualText(), b.actualText()) || a.contributorCount() != b.contributorCount()) {
                    throw new IllegalStateException("the summary differs from the reference on " + a.name() + ": "
                            + a.actualText() + " vs " + b.actualText());
                }
            }
            System.out.printf("check: the summary agrees with the reference roll-up on all %d rows%n", ref.indicators().size());
        }
    }

    /**
     * Gives the planner its statistics before timing, as the owner of the tables: the application's role may not
     * analyze them (its {@code vacuum analyze} was skipped with a warning), and without statistics after the bulk load
     * every estimate is one row until autovacuum's analyze arrives at some point during the run.
     */
    static void analyze(ConfigurableApplicationContext ctx) {
        var c = ctx.getBean(org.jixiao.database.DatabaseConfig.Connection.class);
        try (var owner = java.sql.DriverManager.getConnection(c.url(), c.ownerUser(), c.ownerPassword());
             var st = owner.createStatement()) {
            st.execute("vacuum analyze");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot analyze the benchmark's database", e);
        }
    }

    /** The Java roll-up and the SQL agree on the budget and on every indicator's regional value. */
    static void check(RegionalRollup r, List<SqlRow> sql, int units) {
        int compared = 0;
        for (SqlRow row : sql) {
            RegionalIndicator i = r.indicator(row.name());
            if (i == null || i.aggregatedActual() == null) continue;
            BigDecimal expected = i.valueKind() == org.jixiao.scorecard.ValueKind.ABSOLUTE ? row.total() : row.weighted();
            if (expected.subtract(i.aggregatedActual()).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                throw new IllegalStateException("mismatch on " + row.name() + ": SQL " + expected + ", roll-up " + i.aggregatedActual());
            }
            if (i.missingCount() != row.missing() || i.contributorCount() + i.missingCount() != units) {
                throw new IllegalStateException("missing units differ on " + row.name());
            }
            compared++;
        }
        if (r.budget().planned().compareTo(sql.getFirst().planned()) != 0) throw new IllegalStateException("budget differs");
        System.out.printf("check: %d indicators and the budget (A %s, B %s, rate %s%%) agree with SQL over %d units%n",
                compared, r.budget().planned(), r.budget().executed(), r.budget().ratePercent(), units);
    }

    /**
     * The CPU time PostgreSQL's processes spend per call (Linux /proc/PID/schedstat of the postmaster's children, the
     * full roll-up and the SQL interleaved): on a machine shared with other work this moves far less than wall time, so
     * an A/B of the statements can be read from it while the wall-time ratio waits for a quiet machine.
     */
    static void serverCpu(int rounds, Supplier<?> full, Supplier<?> sql) {
        Path pid = Path.of(DATA_DIR, "postmaster.pid");
        if (!Files.isReadable(pid) || !Files.isDirectory(Path.of("/proc/self"))) return;
        double[] f = new double[rounds], q = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long a = serverNanos(pid);
            full.get();
            long b = serverNanos(pid);
            sql.get();
            long c = serverNanos(pid);
            f[i] = (b - a) / 1e6;
            q[i] = (c - b) / 1e6;
        }
        Arrays.sort(f);
        Arrays.sort(q);
        System.out.printf("server CPU per call (PostgreSQL, ms): full roll-up min %.1f median %.1f; SQL min %.1f median %.1f; ratio of medians %.2f%n",
                f[0], f[rounds / 2], q[0], q[rounds / 2], f[rounds / 2] / q[rounds / 2]);
    }

    private static long serverNanos(Path pidFile) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            long sum = 0;
            try (var dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path d : dirs) {
                    try {
                        String stat = Files.readString(d.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        if (Long.parseLong(fields[1]) == postmaster || d.getFileName().toString().equals(String.valueOf(postmaster))) {
                            sum += Long.parseLong(Files.readString(d.resolve("schedstat")).split(" ")[0]);
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the process ended between listing and reading
                    }
                }
            }
            return sum;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Warms up both, then times {@code rounds} runs of each, alternating; prints and returns {min, median, max} of each. */
    static double[][] timeInterleaved(int rounds, String labelA, Supplier<?> a, String labelB, Supplier<?> b) {
        for (int i = 0; i < 3; i++) {
            a.get();
            b.get();
        }
        double[][] t = new double[2][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 2; k++) {
                long s = System.nanoTime();
                (k == 0 ? a : b).get();
                t[k][i] = (System.nanoTime() - s) / 1e6;
            }
        }
        double[][] out = new double[2][];
        for (int k = 0; k < 2; k++) {
            Arrays.sort(t[k]);
            out[k] = new double[] {t[k][0], t[k][rounds / 2], t[k][rounds - 1]};
            System.out.printf("%-75s min %8.1f  median %8.1f  max %8.1f ms (%d rounds, interleaved)%n", k == 0 ? labelA : labelB,
                    out[k][0], out[k][1], out[k][2], rounds);
        }
        return out;
    }

    /** Warms up, then times {@code rounds} runs; prints and returns {min, median, max} in ms. */
    static double[] time(String label, int rounds, Supplier<?> work) {
        for (int i = 0; i < 3; i++) work.get();
        double[] t = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        double[] out = {t[0], t[rounds / 2], t[rounds - 1]};
        System.out.printf("%-75s min %8.1f  median %8.1f  max %8.1f ms (%d rounds)%n", label, out[0], out[1], out[2], rounds);
        return out;
    }

    private static long ms(long start) { return (System.nanoTime() - start) / 1_000_000; }

    private NationalRollupBench() {}
}
