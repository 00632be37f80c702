package org.jixiao.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * How many requests Tomcat works on at once: {@code jixiao.web.workers}, by default four per core (8 on 2 cores), not
 * Tomcat's 200. The pages are CPU work plus short database queries on the same machine; with 200 threads, 50 clients
 * meant 50 requests sharing two cores, each taking 25 times its own CPU time. With a few workers, the others wait
 * their turn in Tomcat's queue (their wait shows in the client's latency, not in the server time of the access log),
 * and each request runs nearly alone. Exports wait for their slot outside these workers (asynchronous requests, see
 * {@code ExportLimits}), so a queue of exports does not hold the pages up.
 */
@Component
class Workers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
    private final int workers;

    Workers(@Value("${jixiao.web.workers:0}") int configured) {
        this.workers = configured > 0 ? configured : forCores(Runtime.getRuntime().availableProcessors());
    }

    /** Four per core, at least 8: enough to cover a request waiting on the database, few enough not to thrash. */
    static int forCores(int cores) { return Math.max(8, 4 * cores); }

    int workers() { return workers; }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        // a connector customizer, as Spring Boot's own for server.tomcat.threads.max (protocol handler customizers run before those)
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> p) {
                p.setMaxThreads(workers);
                p.setMinSpareThreads(Math.min(workers, p.getMinSpareThreads()));
            }
        });
    }

    /** After Spring Boot's own customizer (server.tomcat.threads.max), so this number is the one that holds. */
    @Override
    public int getOrder() { return Ordered.LOWEST_PRECEDENCE; }
}
