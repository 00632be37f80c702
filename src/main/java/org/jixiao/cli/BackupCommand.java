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

/** `jixiao backup FILE`: the whole database and the data directory's files in one file (see {@link Backup}). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"备份数据库（全部表、一致快照）及数据目录中的锚点与证据文件；可在服务运行时执行。操作日志密钥不在备份中，请另行保管。",
                "Back up the database (every table, one consistent snapshot) and the data directory's anchors and evidence "
                        + "files; works while the server runs. The audit key is not in the backup: keep it apart."})
public class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "备份文件 / the backup file to write (.zip)")
    Path file;

    @Override
    public Integer call() {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            spec.commandLine().getErr().println("jixiao: 目录不存在 / no such directory: " + parent);
            return Cli.BAD_ARGUMENT;
        }
        return Cli.withApplication(ctx -> {
            try {
                Backup.Summary s = Backup.write(ctx.getBean(DatabaseConfig.Connection.class), ctx.getBean(DataDirectory.class), file);
                long rows = s.rows().values().stream().mapToLong(Long::longValue).sum();
                spec.commandLine().getOut().println("已备份 " + s.rows().size() + " 张表 " + rows + " 行、" + s.files() + " 个文件到 " + file
                        + " / backed up " + s.rows().size() + " tables, " + rows + " rows, " + s.files() + " files to " + file
                        + " (schema " + s.version() + ")");
                return Cli.OK;
            } catch (Exception e) {
                spec.commandLine().getErr().println("jixiao: 备份失败 / backup failed: " + e.getMessage());
                return Cli.INVALID;
            }
        });
    }
}
