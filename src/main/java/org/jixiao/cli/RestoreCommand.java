package org.jixiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.database.Backup;
import org.jixiao.database.DataDirectory;
import org.jixiao.database.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `jixiao restore FILE`: a backup into an empty database and data directory (see {@link Backup}). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"把备份恢复到空的数据库（新的 JIXIAO_DATA_DIR 或空的外部数据库）；之后请把原来的 audit.key 放入数据目录（或设置 JIXIAO_AUDIT_KEY）。",
                "Restore a backup into an empty database (a new JIXIAO_DATA_DIR, or an empty external database); then put "
                        + "the old audit.key into the data directory (or set JIXIAO_AUDIT_KEY)."})
public class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "备份文件 / the backup file")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("jixiao: 文件不存在 / no such file: " + file);
            return Cli.BAD_ARGUMENT;
        }
        // the schema is built by the restore itself (up to the backup's version), so no migration at start-up
        return Cli.withApplication(ctx -> {
            try {
                Backup.Summary s = Backup.restore(ctx.getBean(DatabaseConfig.Connection.class), ctx.getBean(DataDirectory.class), file);
                long rows = s.rows().values().stream().mapToLong(Long::longValue).sum();
                spec.commandLine().getOut().println("已恢复 " + s.rows().size() + " 张表 " + rows + " 行、" + s.files() + " 个文件 / restored "
                        + s.rows().size() + " tables, " + rows + " rows, " + s.files() + " files (schema " + s.version() + ")");
                Path key = ctx.getBean(DataDirectory.class).resolve("audit.key");
                if (!Files.exists(key) && ctx.getEnvironment().getProperty("jixiao.audit.key", "").isBlank()) {
                    spec.commandLine().getOut().println("请把原来的 audit.key 复制到 " + key + "（或设置 JIXIAO_AUDIT_KEY），否则操作日志无法核对 / "
                            + "copy the old audit.key to " + key + " (or set JIXIAO_AUDIT_KEY), or the audit trail cannot be verified");
                }
                return Cli.OK;
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("jixiao: " + e.getMessage());
                return Cli.INVALID;
            } catch (Exception e) {
                spec.commandLine().getErr().println("jixiao: 恢复失败 / restore failed: " + e.getMessage());
                return Cli.INVALID;
            }
        }, "--spring.flyway.enabled=false", "--spring.main.lazy-initialization=true");
    }
}
