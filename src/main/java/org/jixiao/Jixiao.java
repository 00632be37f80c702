package org.jixiao;

import org.jixiao.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of `./jixiao`: the command line, whose `serve` starts the web application. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "Jixiao 0.1.0",
        description = {"绩效 Jixiao — 预算绩效管理：绩效目标、运行监控、绩效自评、区域汇总、信息公开",
                "Performance management of public funds: targets, monitoring, self-evaluation, roll-up, publication.", ""},
        subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public final class Jixiao {

    public static void main(String[] args) {
        int code = new CommandLine(new Jixiao()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != 0 || !ServeCommand.serving()) System.exit(code);
    }
}
