package org.jixiao.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One SQL dialect everywhere: PostgreSQL. With no JIXIAO_DB_URL, an embedded PostgreSQL runs from a Maven artifact
 * with its data in $JIXIAO_DATA_DIR/pg, so a new user installs nothing and data survive restarts (see
 * {@link EmbeddedServer}); JIXIAO_DB_URL points at an external server instead. Either way the application connects as a
 * role that owns nothing (JIXIAO_DB_USER), and the migrations run as the owner (JIXIAO_DB_OWNER, by default the same
 * user): the grants in the migrations then bind the application, e.g. the audit trail is INSERT-only for it.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    /** The connection settings both data sources are built from. */
    public record Connection(String url, String appUser, String appPassword, String ownerUser, String ownerPassword) {
        @Override
        public String toString() { return "Connection[" + url + ", " + appUser + ", " + ownerUser + "]"; }
    }

    @Bean
    DataDirectory dataDirectory(@Value("${jixiao.data-dir:data}") String dir) {
        return new DataDirectory(Path.of(dir));
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DataDirectory data,
                                      @Value("${jixiao.db.url:}") String url,
                                      @Value("${jixiao.db.data-dir:}") String pgDir,
                                      @Value("${jixiao.db.clean:false}") boolean clean) {
        if (!url.isBlank()) return new EmbeddedDatabase(null);
        Path dir = pgDir.isBlank() ? data.resolve("pg") : Path.of(pgDir);
        return new EmbeddedDatabase(EmbeddedServer.open(dir, clean));
    }

    @Bean
    Connection databaseConnection(EmbeddedDatabase embedded,
                                  @Value("${jixiao.db.url:}") String url,
                                  @Value("${jixiao.db.user:}") String user,
                                  @Value("${jixiao.db.password:}") String password,
                                  @Value("${jixiao.db.owner-user:}") String ownerUser,
                                  @Value("${jixiao.db.owner-password:}") String ownerPassword) {
        if (embedded.server() != null) {
            EmbeddedServer s = embedded.server();
            return new Connection(s.jdbcUrl(), Credentials.APP, s.credentials().appPassword(),
                    Credentials.OWNER, s.credentials().ownerPassword());
        }
        String app = user.isBlank() ? "postgres" : user;
        return ownerUser.isBlank() ? new Connection(url, app, password, app, password)
                : new Connection(url, app, password, ownerUser, ownerPassword);
    }

    @Bean
    @Primary
    DataSource dataSource(Connection c) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(c.url());
        ds.setUsername(c.appUser());
        ds.setPassword(c.appPassword());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("jixiao");
        return ds;
    }

    /** Migrations run as the owner, and grant the application role what it may do (placeholder app_role). */
    @Bean
    FlywayConfigurationCustomizer ownerRunsMigrations(Connection c) {
        return configuration -> configuration.dataSource(c.url(), c.ownerUser(), c.ownerPassword())
                .placeholders(Map.of("app_role", c.appUser()));
    }

    /** The embedded server, or nothing when an external database is configured. */
    public record EmbeddedDatabase(EmbeddedServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) server.close();
        }
    }
}
