package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.evidence.store.EvidenceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao evidence add|list|get`: 佐证材料 from the command line. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.List.class, EvidenceCommand.Get.class},
        description = {"佐证材料：上传、列出、下载 / evidence: attach, list, download"})
public class EvidenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "附上一个文件 / attach a file")
    static class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "FILE") Path file;
        @Option(names = "--indicator", description = "指标序号（从 0 起）/ indicator row") Integer indicator;
        @Option(names = "--round", description = "监控记录编号 / monitoring round id") Long round;

        @Override
        public Integer call() {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                spec.commandLine().getErr().println("jixiao: 无法读取文件 / cannot read " + file + ": " + e.getMessage());
                return Cli.BAD_ARGUMENT;
            }
            return CycleCli.run(spec, ctx -> ctx.getBean(EvidenceFiles.class).attach(id, indicator, round,
                    file.getFileName().toString(), content));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出 / list")
    static class List implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;

        @Override
        public Integer call() { return CycleCli.run(spec, ctx -> ctx.getBean(EvidenceFiles.class).of(id)); }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "下载 / download")
    static class Get implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "EVIDENCE") long evidence;
        @Option(names = "--out", required = true) Path out;

        @Override
        public Integer call() {
            return CycleCli.run(spec, ctx -> {
                var f = ctx.getBean(EvidenceFiles.class).download(id, evidence);
                try {
                    Files.write(out, f.content());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return Map.of("written", out.toString(), "sha256", f.meta().sha256());
            });
        }
    }
}
