package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.review.store.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `jixiao audit verify`: recomputes the audit trail's hash chain and reports the first broken link. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class},
        description = {"操作日志 / the audit trail"})
public class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"逐条核对操作日志的密钥哈希链及最后的锚点，报告第一处断裂（退出码 1）或 OK",
                    "Check the audit trail's keyed chain and its last anchor; print the first broken entry (exit code 1) or OK."})
    static class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return Cli.withApplication(ctx -> {
                AuditLog.Verification v = ctx.getBean(AuditLog.class).verify();
                return report(spec, v);
            });
        }
    }

    @Command(name = "anchor", mixinStandardHelpOptions = true,
            description = {"核对操作日志后，把链头（条数与哈希）写入数据目录的锚点文件（服务每天零点自动写）",
                    "Verify the audit trail, then write its head (count and link) to the anchor file in the data directory "
                            + "(the server does so every midnight)."})
    static class Anchor implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return Cli.withApplication(ctx -> {
                AuditLog log = ctx.getBean(AuditLog.class);
                int code = report(spec, log.anchor());
                if (code == Cli.OK) spec.commandLine().getOut().println(log.head().stamp());
                return code;
            });
        }
    }

    static int report(CommandSpec spec, AuditLog.Verification v) {
        if (v.ok()) {
            String anchored = v.anchor() == null ? "，尚无锚点 / no anchor yet"
                    : "，与 " + v.anchor().at() + " 的锚点一致 / matches the anchor of " + v.anchor().at();
            spec.commandLine().getOut().println("OK（已核对 " + v.checked() + " 条 / " + v.checked() + " entries checked" + anchored + "）");
            return Cli.OK;
        }
        spec.commandLine().getOut().println(v.firstBrokenId() == null ? "BROKEN: " + v.reason()
                : "BROKEN at audit_event " + v.firstBrokenId() + ": " + v.reason());
        return Cli.INVALID;
    }
}
