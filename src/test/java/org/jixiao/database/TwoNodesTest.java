package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.JixiaoApplication;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.review.store.AuditLog;
import org.jixiao.support.FormSession;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two application instances on one PostgreSQL, as the README's two `jixiao serve` (the second connects to the first's
 * database as to an external server, with the application and owner roles): a session signed in on one works on the
 * other, a page kept on one shows a change made through the other, and concurrent edits through both leave one audit
 * chain that verifies.
 */
@JixiaoTest
class TwoNodesTest {
    @Autowired ApplicationContext ctx;
    @Autowired DemoAccounts demo;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @LocalServerPort int portA;

    @Test
    void twoInstancesOnOneDatabaseShareSessionsKeptPagesAndOneAuditChain() throws Exception {
        demo.load();
        EmbeddedServer db = TestDatabase.server(ctx);
        String key = Files.readString(ctx.getBean(DataDirectory.class).resolve("audit.key")).strip();
        try (ConfigurableApplicationContext b = new SpringApplicationBuilder(JixiaoApplication.class).run(
                // arguments, not default properties: application.properties would win over defaults
                "--server.port=0", "--jixiao.db.url=" + db.jdbcUrl(),
                "--jixiao.db.user=" + Credentials.APP, "--jixiao.db.password=" + db.credentials().appPassword(),
                "--jixiao.db.owner-user=" + Credentials.OWNER, "--jixiao.db.owner-password=" + db.credentials().ownerPassword(),
                "--jixiao.data-dir=target/test-data/node-b-" + UUID.randomUUID(), "--jixiao.audit.key=" + key,
                "--jixiao.demo-data=false", "--jixiao.admin-password=" + Http.ADMIN_PASSWORD)) {
            int portB = b.getEnvironment().getProperty("local.server.port", Integer.class);

            // signed in on A, recognised on B (the session is in the shared database)
            FormSession filler = new FormSession(portA, "suining-filler");
            String me = filler.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portB + "/api/v1/me")).build()).body();
            assertThat(me).contains("suining-filler");

            // edits through both instances at once
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Long>> created = new ArrayList<>();
            String seed = org.jixiao.support.Fixtures.json(org.jixiao.support.Fixtures.seed(Seeds.SUINING));
            long before = audit.head().count();
            for (int i = 0; i < 12; i++) {
                int node = i % 2 == 0 ? portA : portB, other = i % 2 == 0 ? portB : portA, n = i;
                created.add(pool.submit(() -> {
                    Http first = Http.as(node, "suining-filler", DemoAccounts.PASSWORD);
                    long id = first.post("/api/v1/scorecards", seed).json().get("id").asLong();
                    Http second = Http.as(other, "suining-filler", DemoAccounts.PASSWORD);
                    ObjectNode edited = (ObjectNode) second.get("/api/v1/scorecards/" + id).json().deepCopy();
                    edited.put("title", "两个实例 " + n);
                    assertThat(second.put("/api/v1/scorecards/" + id, edited.toString()).status()).isEqualTo(200);
                    return id;
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : created) ids.add(f.get());
            pool.shutdown();
            long creates = jdbc.sql("select count(*) from audit_event where action = 'CREATE' and scorecard_id in (:ids)")
                    .param("ids", ids).query(Long.class).single();
            assertThat(creates).isEqualTo(12);
            assertThat(audit.head().count()).isGreaterThanOrEqualTo(before + 24);
            AuditLog.Verification onA = audit.verify();
            assertThat(onA.ok()).as(onA.reason()).isTrue();
            AuditLog.Verification onB = b.getBean(AuditLog.class).verify();
            assertThat(onB.ok()).as(onB.reason()).isTrue();
            assertThat(onB.checked()).isEqualTo(onA.checked());

            // a page kept by A shows at once a change made through B
            long id = ids.get(0);
            String path = "/scorecards/" + id;
            assertThat(filler.get(path).body()).contains("两个实例 0");
            Http viaB = Http.as(portB, "suining-filler", DemoAccounts.PASSWORD);
            ObjectNode edited = (ObjectNode) viaB.get("/api/v1/scorecards/" + id).json().deepCopy();
            edited.put("title", "经由第二个实例修改");
            assertThat(viaB.put("/api/v1/scorecards/" + id, edited.toString()).status()).isEqualTo(200);
            assertThat(filler.get(path).body()).contains("经由第二个实例修改").doesNotContain("两个实例 0<");
        }
    }
}
