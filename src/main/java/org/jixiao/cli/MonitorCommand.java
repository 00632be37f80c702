package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.monitoring.RoundInput;
import org.jixiao.monitoring.store.Monitoring;
import org.jixiao.monitoring.web.MonitoringExport;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao monitor record|list|export|rollup`: 运行监控 from the command line. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        subcommands = {MonitorCommand.Record.class, MonitorCommand.List.class, MonitorCommand.Export.class, MonitorCommand.Rollup.class},
        description = {"绩效运行监控：记录一期、查看、按官方格式导出、区域汇总",
                "In-year monitoring: record a round, list rounds, export the official form, roll up over a region."})
public class MonitorCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"记录一期监控（JSON：month, paid, committed, note, entries[{indicator, progress, expected, possibility, reason, measure}]）",
                    "Record a round from a JSON file (the body of POST /api/v1/scorecards/{id}/monitoring)."})
    static class Record implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "FILE") Path file;

        @Override
        public Integer call() {
            String json = Cli.read(file, spec.commandLine().getErr());
            if (json == null) return Cli.BAD_ARGUMENT;
            RoundInput in;
            try {
                in = ScorecardJson.MAPPER.readValue(json, RoundInput.class);
            } catch (tools.jackson.core.JacksonException e) {
                spec.commandLine().getErr().println("jixiao: " + file + " 不是有效的 JSON / not valid JSON: " + e.getOriginalMessage());
                return Cli.INVALID;
            }
            return CycleCli.run(spec, ctx -> ctx.getBean(Monitoring.class).record(id, in));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "一张表的监控记录和执行数核对 / the rounds of a table and the paid check")
    static class List implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> {
                Monitoring m = ctx.getBean(Monitoring.class);
                var st = ctx.getBean(Scorecards.class).require(id);
                var check = m.paidCheck(st).orElse(null);
                return check == null ? Map.of("rounds", m.rounds(id)) : Map.of("rounds", m.rounds(id), "paidCheck", check);
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "按官方格式导出一期监控表 / a round as the official form")
    static class Export implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "ROUND") long round;
        @Option(names = "--format", defaultValue = "xlsx", description = "xlsx | pdf") String format;
        @Option(names = "--out", required = true) Path out;

        @Override
        public Integer call() {
            if (!format.equals("xlsx") && !format.equals("pdf")) {
                spec.commandLine().getErr().println("jixiao: 格式应为 xlsx 或 pdf / format must be xlsx or pdf");
                return Cli.BAD_ARGUMENT;
            }
            return CycleCli.run(spec, ctx -> {
                var t = ctx.getBean(Monitoring.class).table(id, round);
                try {
                    Files.write(out, format.equals("xlsx") ? MonitoringExport.xlsx(t) : MonitoringExport.pdf(t));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return Map.of("written", out.toString(), "title", t.title());
            });
        }
    }

    @Command(name = "rollup", mixinStandardHelpOptions = true,
            description = {"区域汇总：资金和预警；--indicators 逐项指标；--out 按官方格式导出", "Roll up over a region: money and lights; "
                    + "--indicators indicator by indicator; --out the official form (xlsx|pdf)"})
    static class Rollup implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--region", required = true, description = "区域机构编号 / org id of the region") long region;
        @Option(names = "--year", required = true) int year;
        @Option(names = "--project") String project;
        @Option(names = "--month", description = "监控期（默认各表最近一期）/ month (default: each table's latest round)") Integer month;
        @Option(names = "--indicators", description = "逐项指标汇总 / indicator by indicator") boolean indicators;
        @Option(names = "--out", description = "导出到文件 / write the official form to this file") Path out;
        @Option(names = "--format", defaultValue = "xlsx", description = "xlsx | pdf (with --out)") String format;

        @Override
        public Integer call() {
            if (out != null && !format.equals("xlsx") && !format.equals("pdf")) {
                spec.commandLine().getErr().println("jixiao: 格式应为 xlsx 或 pdf / format must be xlsx or pdf");
                return Cli.BAD_ARGUMENT;
            }
            return CycleCli.run(spec, ctx -> {
                Monitoring m = ctx.getBean(Monitoring.class);
                if (out == null) return indicators ? m.indicatorRollup(region, year, project, month) : m.rollup(region, year, project, month);
                var t = m.regionalTable(region, year, project, month);
                try {
                    Files.write(out, format.equals("xlsx") ? MonitoringExport.xlsx(t) : MonitoringExport.pdf(t));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return Map.of("written", out.toString(), "title", t.title());
            });
        }
    }
}
