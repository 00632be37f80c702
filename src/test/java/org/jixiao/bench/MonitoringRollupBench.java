package org.jixiao.bench;

import org.jixiao.JixiaoApplication;
import org.jixiao.demo.NationalDemo;
import org.jixiao.demo.NationalMonitoring;
import org.jixiao.monitoring.store.Monitoring;
import org.jixiao.orgs.Orgs;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The national monitoring roll-up (issue 12: ≤ 1 s for the whole country): generates the national demo (3,261 unit
 * tables × 20 indicators) and a 1–7月 round for each, then times {@link Monitoring#rollup} over the root org — the
 * sums of money and lights for the country and one line per province — as the API runs it, and
 * {@link Monitoring#indicatorRollup}, the same rounds rolled up indicator by indicator.
 * Run: {@code bench/run.sh rollup-monitoring [rounds]}.
 */
public final class MonitoringRollupBench {
    public static void main(String[] args) {
        org.jixiao.kernel.Actor.asOperator(() -> bench(args)); // a benchmark acts as the operator (whole tree)
    }

    private static void bench(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--jixiao.db.url=", "--jixiao.db.data-dir=target/bench-pg/monitoring", "--jixiao.db.clean=true",
                        "--jixiao.demo-data=false", "--jixiao.bootstrap-accounts=false", "--logging.threshold.console=WARN")) {
            long t0 = System.nanoTime();
            ctx.getBean(NationalDemo.class).generate(2023);
            int n = ctx.getBean(NationalMonitoring.class).generate(2023);
            System.out.printf("generated the national demo and %d monitoring rounds in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
            NationalRollupBench.analyze(ctx); // as the tables' owner: the app role's vacuum analyze is skipped
            long root = ctx.getBean(Orgs.class).root().id();
            Monitoring m = ctx.getBean(Monitoring.class);
            var r = m.rollup(root, NationalDemo.YEAR, NationalDemo.PROJECT, 7);
            System.out.printf("country: %d tables, A %s, paid %s (%s%%), red %d yellow %d green %d blue %d, budget red %d; %d provinces%n",
                    r.total().units(), r.total().planned(), r.total().paid(), r.total().ratePercent(), r.total().red(), r.total().yellow(),
                    r.total().green(), r.total().blue(), r.total().budgetRed(), r.children().size());
            NationalRollupBench.time("monitoring roll-up, whole country (1–7月)", rounds, () -> m.rollup(root, NationalDemo.YEAR, NationalDemo.PROJECT, 7));
            NationalRollupBench.time("monitoring roll-up, whole country (latest)", rounds, () -> m.rollup(root, NationalDemo.YEAR, NationalDemo.PROJECT, null));
            var ind = m.indicatorRollup(root, NationalDemo.YEAR, NationalDemo.PROJECT, 7);
            System.out.printf("country per indicator: %d funds, %d rows, first row %s = %s%n", ind.funds().size(),
                    ind.funds().isEmpty() ? 0 : ind.funds().getFirst().lines().size(),
                    ind.funds().isEmpty() ? "-" : ind.funds().getFirst().lines().getFirst().name(),
                    ind.funds().isEmpty() ? "-" : ind.funds().getFirst().lines().getFirst().progress());
            NationalRollupBench.time("monitoring roll-up per indicator, whole country (1–7月)", rounds,
                    () -> m.indicatorRollup(root, NationalDemo.YEAR, NationalDemo.PROJECT, 7));
        }
    }

    private MonitoringRollupBench() {}
}
