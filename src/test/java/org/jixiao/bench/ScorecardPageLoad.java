package org.jixiao.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.JixiaoApplication;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Seeds;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load benchmark of the scorecard page (not a test): starts the application on a fresh embedded PostgreSQL, stores the
 * Suining scorecard, then {@code CLIENTS} concurrent clients on loopback each fetch the page {@code REQUESTS} times
 * (closed loop, no think time) after a warm-up. Latency is measured at the client, so it is an upper bound of the
 * server time. Bounded in count and time; stops by itself.
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.jixiao.bench.ScorecardPageLoad [clients] [requests]</pre>
 */
public final class ScorecardPageLoad {
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String dir = Files.createTempDirectory("jixiao-bench").toString();
        ConfigurableApplicationContext app = SpringApplication.run(JixiaoApplication.class,
                "--server.port=0", "--jixiao.db.data-dir=" + dir + "/pg", "--jixiao.db.clean=true",
                "--jixiao.demo-data=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--jixiao.admin-password=" + PASSWORD);
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            long id = app.getBean(Scorecards.class)
                    .create(ScorecardJson.readTables(Seeds.expectedJson(Seeds.SUINING)).get(0)).id();
            URI page = URI.create("http://127.0.0.1:" + port + "/scorecards/" + id);
            // a signed-in browser: one session cookie (bcrypt runs once at sign-in, not per page as with Basic)
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .cookieHandler(new CookieManager()).build();
            signIn(client, "http://127.0.0.1:" + port);
            run(client, page, clients, 200); // warm-up: JIT, template cache, connection pools
            long start = System.nanoTime();
            long[] latencies = run(client, page, clients, requests);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf("scorecard page, %d clients x %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f req/s%n",
                    clients, requests, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                    latencies[latencies.length - 1] / 1e6, latencies.length / seconds);
        } finally {
            app.close();
        }
    }

    private static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());

    /** Signs in through the login form (CSRF token from the form), leaving the session cookie in the client. */
    private static void signIn(HttpClient client, String base) throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the login form");
        String body = "username=admin&password=" + PASSWORD + "&_csrf=" + m.group(1);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers().map());
        }
    }

    private static long[] run(HttpClient client, URI page, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] out = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    out[i] = System.nanoTime() - t;
                    if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode());
                }
                return out;
            }));
        }
        long[] all = new long[clients * requests];
        int k = 0;
        for (Future<long[]> f : futures) for (long x : f.get()) all[k++] = x;
        pool.shutdown();
        return all;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
