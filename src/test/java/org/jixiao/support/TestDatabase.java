package org.jixiao.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.Jixiao;
import org.jixiao.database.Credentials;
import org.jixiao.database.DataDirectory;
import org.jixiao.database.DatabaseConfig;
import org.jixiao.database.EmbeddedServer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine;

/**
 * The test's embedded PostgreSQL seen from outside the application: as its superuser (someone who holds the database
 * password, going around the application, e.g. to forge the audit trail) and through the command line, which shares
 * the running server of the test's data directory as `jixiao` in a second terminal would.
 */
public final class TestDatabase {
    private TestDatabase() {}

    public static EmbeddedServer server(ApplicationContext ctx) {
        return ctx.getBean(DatabaseConfig.EmbeddedDatabase.class).server();
    }

    /** A JDBC client as the embedded server's superuser (close it after use). */
    public static Superuser superuser(ApplicationContext ctx) {
        try {
            Connection c = server(ctx).connect(Credentials.SUPERUSER);
            SingleConnectionDataSource ds = new SingleConnectionDataSource(c, true);
            return new Superuser(JdbcClient.create(ds), c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Superuser(JdbcClient jdbc, Connection connection) implements AutoCloseable {
        @Override
        public void close() throws SQLException { connection.close(); }
    }

    public record Run(int code, String out, String err) {}

    /** Runs `jixiao ARGS` in this JVM against the context's data directory (and so its running database). */
    public static Run cli(ApplicationContext ctx, String... args) {
        return cli(ctx.getBean(DataDirectory.class).root().toString(), Map.of(), args);
    }

    /** Runs `jixiao ARGS` in this JVM with JIXIAO_DATA_DIR = dataDir and the given extra properties. */
    public static Run cli(String dataDir, Map<String, String> properties, String... args) {
        List<String> set = new ArrayList<>();
        System.setProperty("jixiao.data-dir", dataDir);
        set.add("jixiao.data-dir");
        properties.forEach((k, v) -> {
            System.setProperty(k, v);
            set.add(k);
        });
        try {
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = new CommandLine(new Jixiao()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            set.forEach(System::clearProperty);
        }
    }
}
