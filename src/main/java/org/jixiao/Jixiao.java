package org.jixiao;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jixiao.cli.AuditCommand;
import org.jixiao.cli.BackupCommand;
import org.jixiao.cli.RestoreCommand;
import org.jixiao.cli.ImportCommand;
import org.jixiao.cli.OrgsCommand;
import org.jixiao.cli.ParseCommand;
import org.jixiao.cli.ScoreCommand;
import org.jixiao.cli.ServeCommand;
import org.jixiao.cli.RollupCommand;
import org.jixiao.cli.ExportCommand;
import org.jixiao.cli.DemoCommand;
import org.jixiao.cli.EvidenceCommand;
import org.jixiao.cli.LibraryCommand;
import org.jixiao.cli.MonitorCommand;
import org.jixiao.cli.TargetsCommand;
import org.jixiao.database.StartupFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of `./jixiao`: the command line, whose `serve` starts the web application. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "Jixiao 0.1.0",
        description = {"绩效 Jixiao — 预算绩效管理：绩效目标、运行监控、绩效自评、区域汇总、信息公开",
                "Performance management of public funds: targets, monitoring, self-evaluation, roll-up, publication.", ""},
        subcommands = {ServeCommand.class, ParseCommand.class, ScoreCommand.class, ImportCommand.class,
                AuditCommand.class, BackupCommand.class, RestoreCommand.class, OrgsCommand.class, RollupCommand.class, ExportCommand.class, DemoCommand.class,
                LibraryCommand.class, TargetsCommand.class, MonitorCommand.class, EvidenceCommand.class,
                CommandLine.HelpCommand.class})
public final class Jixiao {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Jixiao()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                // a start-up failure was already printed as one line (StartupFailures): no stack trace after it
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (!StartupFailures.reported()) e.printStackTrace(cmd.getErr());
                    return 1;
                });
        int code = cli.execute(args);
        if (code != 0 || !ServeCommand.serving()) System.exit(code);
    }
}
