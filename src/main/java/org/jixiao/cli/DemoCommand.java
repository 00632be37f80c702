package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.demo.NationalDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao demo national [--seed N]`: national demo data for the roll-up at scale. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"生成演示数据：national = 全国 31 个省、约 330 个市、约 2,900 个县的医保局及其自评表（每表 20 个指标）",
                "Generate demo data: national = 31 provinces, ~330 cities, ~2,900 counties with their bureaus'",
                "scorecards of one fund (20 indicators each), for the national roll-up."})
public class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "national", description = "数据集（目前只有 national）/ data set (only national)")
    String dataset;

    @Option(names = "--seed", defaultValue = "2023", description = "随机种子 / random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (!"national".equals(dataset)) {
            spec.commandLine().getErr().println("jixiao: 未知数据集「" + dataset + "」，可用：national / unknown data set " + dataset);
            return Cli.BAD_ARGUMENT;
        }
        return Cli.withApplication(ctx -> {
            long start = System.nanoTime();
            try {
                NationalDemo.Generated g = ctx.getBean(NationalDemo.class).generate(seed);
                int rounds = ctx.getBean(org.jixiao.demo.NationalMonitoring.class).generate(seed);
                spec.commandLine().getOut().printf("已生成 / generated: %d 省, %d 市, %d 县, %d 个单位自评表 × %d 个指标 (%s %d), %d ms%n",
                        g.provinces(), g.cities(), g.counties(), g.units(), g.indicators(), NationalDemo.PROJECT, NationalDemo.YEAR,
                        (System.nanoTime() - start) / 1_000_000);
                spec.commandLine().getOut().printf("运行监控 / monitoring: %d 张表审核通过并各有 1–7月 监控记录 / tables approved with a 1–7 round; "
                        + "GET /api/v1/monitoring/rollup?region=%d&year=%d%n", rounds, g.rootId(), NationalDemo.YEAR);
                spec.commandLine().getOut().printf("区域汇总 / roll-up: ./jixiao serve, then GET /api/v1/rollups?region=%d&year=%d&project=%s%n",
                        g.rootId(), NationalDemo.YEAR, NationalDemo.PROJECT);
                return Cli.OK;
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("jixiao: " + e.getMessage());
                return Cli.INVALID;
            }
        });
    }
}
