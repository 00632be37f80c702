package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.kernel.ValidationException;
import org.jixiao.publish.importing.Imports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao import FILE…`: parse published documents and store their tables, each file all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"读取公开的绩效表格（文本或 Excel 工作簿）并保存；每个文件要么全部保存，要么都不保存",
                "Parse published documents (text or Excel workbooks) and store their tables; each file is stored whole "
                        + "or not at all.",
                "A table already stored (same document, or same form, year, project and unit) is reported, "
                        + "and updated only with --replace."})
public class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;


    @Parameters(paramLabel = "FILE", arity = "1..*", description = "文本文件（UTF-8、GBK/GB18030）或 Excel 工作簿 / text files (UTF-8, GBK/GB18030) or Excel workbooks")
    List<Path> files;

    @Option(names = "--replace", description = "覆盖已存在的同一张表 / update tables that are already stored")
    boolean replace;

    @Override
    public Integer call() {
        return Cli.withApplication(ctx -> {
            Imports imports = ctx.getBean(Imports.class);
            int status = Cli.OK;
            for (Path file : files) {
                byte[] content = Cli.bytes(file, spec.commandLine().getErr());
                if (content == null) { status = Math.max(status, Cli.BAD_ARGUMENT); continue; }
                String name = file.getFileName().toString();
                try {
                    // the web upload's path: a workbook by its content through XlsxImporter, else text by its encoding
                    Imports.FileImport done = imports.importFile(name, content, replace);
                    spec.commandLine().getOut().println(name + "：" + readAs(done.readAs()));
                    for (Imports.Outcome o : done.outcomes()) {
                        spec.commandLine().getOut().println(switch (o.action()) {
                            case Imports.Outcome.CREATED -> name + " 表" + (o.table() + 1) + " → 新建绩效目标表 #" + o.scorecardId()
                                    + " / created scorecard " + o.scorecardId();
                            case Imports.Outcome.REPLACED -> name + " 表" + (o.table() + 1) + " → 已更新绩效目标表 #" + o.scorecardId()
                                    + " / replaced scorecard " + o.scorecardId();
                            default -> name + " 表" + (o.table() + 1) + " 与已有的绩效目标表 #" + o.scorecardId()
                                    + " 相同，未修改（--replace 可覆盖） / matches scorecard " + o.scorecardId()
                                    + ", left unchanged (use --replace)";
                        });
                    }
                } catch (ValidationException e) {
                    Cli.printInvalid(spec.commandLine().getErr(), name, e);
                    spec.commandLine().getErr().println("  未保存任何内容 / nothing was stored from " + name);
                    status = Math.max(status, Cli.INVALID);
                }
            }
            return status;
        });
    }

    /** How a file was read, said in both languages. */
    static String readAs(Imports.Reading how) {
        if (how.workbook()) return "按 Excel 工作簿读取 / read as an Excel workbook";
        if (how.webPage()) return "按 " + how.encoding() + " 编码的网页读取 / read as a web page in " + how.encoding();
        return "按 " + how.encoding() + " 编码的文本读取 / read as " + how.encoding() + " text";
    }
}
