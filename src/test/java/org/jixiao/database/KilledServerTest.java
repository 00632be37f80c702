package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoProcess;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * `jixiao serve` killed with kill -9 in the middle of a burst of saves: its PostgreSQL outlives it (it is not a child
 * of the JVM), the next start stops that orphan and starts its own, and every save that was acknowledged is there.
 */
class KilledServerTest {
    private static final Duration START = Duration.ofMinutes(6);

    @Test
    void afterKillNineEveryAcknowledgedSaveIsThereTheOrphanIsStoppedAndNothingIsLeftRunning() throws Exception {
        Path data = Path.of("target/test-data/killed-" + UUID.randomUUID()).toAbsolutePath();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        long orphan;
        try (JixiaoProcess first = serve(data)) {
            int port = portOf(first);
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(40);
            ExecutorService burst = Executors.newFixedThreadPool(4);
            String seed = Fixtures.json(Fixtures.seed(Seeds.SUINING));
            for (int t = 0; t < 4; t++) {
                int thread = t;
                burst.submit(() -> {
                    Http admin = new Http(port);
                    for (int n = 0; !killed.get(); n++) {
                        String title = "kill-9 " + thread + "-" + n;
                        ObjectNode body = (ObjectNode) org.jixiao.scorecard.json.ScorecardJson.MAPPER.readTree(seed);
                        body.put("title", title);
                        try {
                            Http.Response r = admin.post("/api/v1/scorecards", body.toString());
                            if (r.status() == 201) {
                                acknowledged.put(r.json().get("id").asLong(), title);
                                enough.countDown();
                            }
                        } catch (RuntimeException e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            assertThat(enough.await(5, java.util.concurrent.TimeUnit.MINUTES)).as("40 saves acknowledged").isTrue();
            first.kill(); // the saves are still running
            killed.set(true);
            burst.shutdown();
            assertThat(burst.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            orphan = postmasterPid(data);
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM").contains(true);
        }
        try (JixiaoProcess second = serve(data)) {
            int port = portOf(second);
            assertThat(second.output()).contains("stopping an orphaned embedded PostgreSQL (pid " + orphan + ")");
            assertThat(gone(orphan)).as("the orphan was stopped").isTrue();
            long own = postmasterPid(data);
            assertThat(own).isNotEqualTo(orphan);
            Http admin = new Http(port);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
            for (var e : acknowledged.entrySet()) {
                Http.Response r = admin.get("/api/v1/scorecards/" + e.getKey());
                assertThat(r.status()).as("acknowledged save " + e.getKey()).isEqualTo(200);
                assertThat(r.json().get("title").asString()).isEqualTo(e.getValue());
            }
            assertThat(second.stop()).as(second.output()).isNotEqualTo(-1);
            // a clean stop takes its PostgreSQL with it
            assertThat(gone(own)).as("PostgreSQL after a clean stop").isTrue();
            assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).isFalse();
        }
        // and the audit trail written during the burst is whole
        TestDatabase.Run verify = TestDatabase.cli(data.toString(), Map.of(), "audit", "verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    private static JixiaoProcess serve(Path data) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        JixiaoProcess p = JixiaoProcess.start(data, Map.of("SERVER_PORT", String.valueOf(port)), "serve", "--jixiao.demo-data=false");
        assertThat(p.awaitOutput("Started Jixiao", START)).as(p.output()).isTrue();
        return p;
    }

    private static int portOf(JixiaoProcess p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)").matcher(p.output());
        assertThat(m.find()).as(p.output()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The process ended (given a moment for its parent, init, to reap it). */
    private static boolean gone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) Thread.sleep(100);
        return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static long postmasterPid(Path data) throws Exception {
        List<String> lines = Files.readAllLines(data.resolve("pg/postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }
}
