package org.jixiao.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One SQL dialect everywhere: PostgreSQL. With no JIXIAO_DB_URL, an embedded PostgreSQL runs from a Maven
 * artifact with its data in ./data/pg, so a new user installs nothing and data survives restarts;
 * JIXIAO_DB_URL / JIXIAO_DB_USER / JIXIAO_DB_PASSWORD point at an external server instead.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${jixiao.db.url:}") String url,
                                      @Value("${jixiao.db.data-dir:data/pg}") String dataDir,
                                      @Value("${jixiao.db.clean:false}") boolean clean) {
        if (!url.isBlank()) return EmbeddedDatabase.none();
        Path dir = Path.of(dataDir).toAbsolutePath();
        return EmbeddedDatabase.running(dir).orElseGet(() -> EmbeddedDatabase.start(dir, clean));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase embedded,
                          @Value("${jixiao.db.url:}") String url,
                          @Value("${jixiao.db.user:postgres}") String user,
                          @Value("${jixiao.db.password:}") String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url.isBlank() ? embedded.jdbcUrl() : url);
        ds.setUsername(url.isBlank() ? "postgres" : user);
        ds.setPassword(url.isBlank() ? "postgres" : password);
        ds.setMaximumPoolSize(10);
        ds.setPoolName("jixiao");
        return ds;
    }

    /** The embedded server, or nothing when an external database is configured. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final String sharedUrl;

        private EmbeddedDatabase(EmbeddedPostgres postgres, String sharedUrl) {
            this.postgres = postgres;
            this.sharedUrl = sharedUrl;
        }

        static EmbeddedDatabase none() { return new EmbeddedDatabase(null, null); }

        /**
         * The server already running on this data directory (a `jixiao serve` in another terminal), so that
         * `jixiao import` and friends share its data instead of failing on the locked directory.
         */
        static Optional<EmbeddedDatabase> running(Path dataDir) {
            Path pid = dataDir.resolve("postmaster.pid");
            if (!Files.isRegularFile(pid)) return Optional.empty();
            try {
                List<String> lines = Files.readAllLines(pid);
                if (lines.size() < 4) return Optional.empty();
                long processId = Long.parseLong(lines.get(0).trim());
                int port = Integer.parseInt(lines.get(3).trim());
                if (ProcessHandle.of(processId).map(ProcessHandle::isAlive).orElse(false)) {
                    return Optional.of(new EmbeddedDatabase(null, "jdbc:postgresql://localhost:" + port + "/postgres"));
                }
            } catch (IOException | NumberFormatException e) {
                // a stale or half-written pid file: start our own server, which cleans it up
            }
            return Optional.empty();
        }

        static EmbeddedDatabase start(Path dataDir, boolean clean) {
            try {
                Files.createDirectories(dataDir.toAbsolutePath().getParent());
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.toAbsolutePath())
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "100")
                        .start();
                return new EmbeddedDatabase(pg, null);
            } catch (IOException e) {
                throw new UncheckedIOException("无法启动内置 PostgreSQL (" + dataDir + ") / cannot start the embedded PostgreSQL", e);
            }
        }

        String jdbcUrl() { return sharedUrl != null ? sharedUrl : postgres.getJdbcUrl("postgres", "postgres"); }

        @Override
        public void close() throws IOException {
            if (postgres != null) postgres.close();
        }
    }
}
