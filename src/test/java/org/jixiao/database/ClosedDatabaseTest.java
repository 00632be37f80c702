package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Properties;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL is closed to anyone without its passwords, the application connects as a role that is
 * neither superuser nor owner, and the server runs durable (the data are official records).
 */
@JixiaoTest
class ClosedDatabaseTest {
    @Autowired ApplicationContext ctx;
    @Autowired JdbcClient jdbc;

    @Test
    void aLocalConnectionWithoutThePasswordIsRefusedForEveryRole() {
        int port = TestDatabase.server(ctx).port();
        for (String user : new String[] {"postgres", "jixiao_owner", "jixiao_app"}) {
            for (String db : new String[] {"jixiao", "postgres"}) {
                String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, null).close()).as(user + "@" + db)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, "postgres").close()).as(user + "@" + db)
                        .hasMessageContaining("password authentication failed");
            }
        }
    }

    @Test
    void noTrustLineNoUnixSocketAndTheSecretsFileIsPrivate() throws IOException {
        Path dir = TestDatabase.server(ctx).dataDirectory();
        assertThat(Files.readAllLines(dir.resolve("pg_hba.conf")).stream().filter(l -> !l.isBlank() && !l.startsWith("#")))
                .isNotEmpty().allSatisfy(l -> assertThat(l).endsWith("scram-sha-256").startsWith("host"));
        try (TestDatabase.Superuser su = TestDatabase.superuser(ctx)) {
            assertThat(su.jdbc().sql("show unix_socket_directories").query(String.class).single()).isEmpty();
            assertThat(su.jdbc().sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(Credentials.FILE)))).isEqualTo("rw-------");
        Properties secrets = new Properties();
        try (var r = Files.newBufferedReader(dir.resolve(Credentials.FILE))) {
            secrets.load(r);
        }
        assertThat(secrets.getProperty("jixiao_app")).hasSize(64);
    }

    @Test
    void theApplicationIsNeitherSuperuserNorOwnerAndCannotReachTheServer() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("jixiao_app");
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'scorecard'").query(String.class).single())
                .isEqualTo("jixiao_owner");
        assertThatThrownBy(() -> jdbc.sql("select rolpassword from pg_authid").query().listOfRows())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("copy (select 1) to program 'true'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("create table intruder (x int)").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update())
                .rootCause().hasMessageContaining("permission denied to set parameter");
        assertThatThrownBy(() -> jdbc.sql("delete from flyway_schema_history").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theServerRunsWithFsyncAndSynchronousCommit() throws IOException {
        String opts = Files.readString(TestDatabase.server(ctx).dataDirectory().resolve("postmaster.opts"));
        assertThat(opts).doesNotContain("\"-F\"").doesNotContain("fsync").doesNotContain("synchronous_commit");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
    }
}
