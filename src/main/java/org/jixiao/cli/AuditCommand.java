package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.review.store.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `jixiao audit verify`: recomputes the audit trail's hash chain and reports the first broken link. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
        description = {"操作日志 / the audit trail"})
public class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"逐条核对操作日志的哈希链，报告第一处断裂（退出码 1）或 OK",
                    "Check the audit trail's hash chain; print the first broken entry (exit code 1) or OK."})
    static class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return Cli.withApplication(ctx -> {
                AuditLog.Verification v = ctx.getBean(AuditLog.class).verify();
                if (v.ok()) {
                    spec.commandLine().getOut().println("OK（已核对 " + v.checked() + " 条 / " + v.checked() + " entries checked）");
                    return Cli.OK;
                }
                spec.commandLine().getOut().println("BROKEN at audit_event " + v.firstBrokenId() + ": " + v.reason());
                return Cli.INVALID;
            });
        }
    }
}
