package org.jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.kernel.ValidationException;
import org.jixiao.orgs.Orgs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao orgs export|import FILE`: the org tree as CSV (level,code,name,parent). */
@Command(name = "orgs", mixinStandardHelpOptions = true, subcommands = {OrgsCommand.Export.class, OrgsCommand.Import.class},
        description = {"机构树的 CSV 导出和导入 / export and import the org tree as CSV"})
public class OrgsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "打印机构树 CSV / print the org tree as CSV")
    static class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return Cli.withApplication(ctx -> {
                spec.commandLine().getOut().print(ctx.getBean(Orgs.class).exportCsv());
                spec.commandLine().getOut().flush();
                return Cli.OK;
            });
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "从 CSV 增补机构 / add orgs from a CSV file")
    static class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE") Path file;

        @Override
        public Integer call() {
            String csv = Cli.read(file, spec.commandLine().getErr());
            if (csv == null) return Cli.BAD_ARGUMENT;
            return Cli.withApplication(ctx -> {
                try {
                    Orgs.ImportResult r = ctx.getBean(Orgs.class).importCsv(csv);
                    spec.commandLine().getOut().println("新建 " + r.created() + "，更新 " + r.updated() + "，未变 " + r.unchanged()
                            + " / created " + r.created() + ", updated " + r.updated() + ", unchanged " + r.unchanged());
                    return Cli.OK;
                } catch (ValidationException e) {
                    Cli.printInvalid(spec.commandLine().getErr(), file.toString(), e);
                    return Cli.INVALID;
                }
            });
        }
    }
}
