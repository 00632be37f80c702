package org.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.kernel.ValidationException;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao export FILE|ID --format xlsx|pdf|html --out PATH`: a scorecard as the official form. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"将绩效目标表/自评表（含区域汇总表）导出为 xlsx、PDF 或 HTML",
                "Export a scorecard (a unit's or a region's) as the official form in xlsx, PDF or HTML.",
                "FILE: a published text document or scorecard JSON (no database needed); ID: a stored scorecard."})
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|ID", description = "文件或已保存的表编号 / a file, or the id of a stored scorecard")
    String source;

    @Option(names = "--format", required = true, paramLabel = "xlsx|pdf|html", description = "导出格式 / format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "输出文件 / output file")
    Path out;

    @Option(names = "--table", paramLabel = "N", defaultValue = "1",
            description = "文件含多张表时导出第 N 张（默认 1）/ which table of a multi-table file (default ${DEFAULT-VALUE})")
    int table;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Format f;
        try {
            f = Format.of(format);
        } catch (ValidationException e) {
            Cli.printInvalid(err, "--format", e);
            return Cli.BAD_ARGUMENT;
        }
        Path file = Path.of(source);
        if (!Files.exists(file) && source.matches("\\d{1,18}")) {
            long id = Long.parseLong(source);
            return Cli.withApplication(ctx -> ctx.getBean(Scorecards.class).find(id)
                    .map(st -> write(org.jixiao.evaluation.Evaluations.scored(st.scorecard(),
                            ctx.getBean(org.jixiao.evaluation.Evaluations.class).current(id).orElse(null)), f,
                            ctx.getBean(org.jixiao.review.store.AuditLog.class).head().stamp()))
                    .orElseGet(() -> {
                        err.println("jixiao: 绩效目标表 " + id + " 不存在 / scorecard " + id + " not found");
                        return Cli.INVALID;
                    }));
        }
        Cli.Tables read = Cli.readTables(file, err);
        if (read.failed()) return read.failure();
        if (table < 1 || table > read.tables().size()) {
            err.println("jixiao: " + file + " 只有 " + read.tables().size() + " 张表，没有第 " + table + " 张 / the file has "
                    + read.tables().size() + " table(s), no table " + table);
            return Cli.BAD_ARGUMENT;
        }
        return write(read.tables().get(table - 1), f, null);
    }

    private int write(Scorecard s, Format f, String stamp) {
        try (OutputStream o = Files.newOutputStream(out)) {
            Exporter.export(s, f, o, stamp);
        } catch (IOException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("jixiao: 无法写入 / cannot write " + out + ": " + e.getMessage());
            return Cli.BAD_ARGUMENT;
        }
        spec.commandLine().getErr().println("jixiao: 已导出 / exported " + out);
        return Cli.OK;
    }
}
