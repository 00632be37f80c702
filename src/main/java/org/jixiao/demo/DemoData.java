package org.jixiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.publish.importing.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of `jixiao serve`, loads the three published seed documents (Suining, Dalian, Linyi)
 * through the same importer a user would use, so the demo shows real tables read back from real pages.
 * Runs once per database: deleting the demo scorecards does not bring them back.
 */
@Component
@org.springframework.core.annotation.Order(1)
@ConditionalOnProperty(name = "jixiao.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final List<String> DOCUMENTS = List.of(
            "suining-2021-transfer-self-evaluation.txt",
            "dalian-2021-evaluation-report.txt",
            "linyi-2022-department-targets.txt");

    private final JdbcClient jdbc;
    private final Imports imports;
    private final DemoAccounts accounts;

    DemoData(JdbcClient jdbc, Imports imports, DemoAccounts accounts) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // first the org tree and accounts: the tables attach to the bureaus named as their unit
        if (once("demo-accounts-loaded")) accounts.load();
        if (!once("demo-loaded")) return;
        for (String name : DOCUMENTS) {
            imports.importText(name, resource("/demo/" + name), false);
        }
        log.info("示例数据已载入 / demo data loaded: {}", DOCUMENTS);
    }

    /** True the first time a key is asked for in this database. */
    private boolean once(String key) {
        return jdbc.sql("insert into app_setting (key, value) values (:k, 'true') on conflict (key) do nothing")
                .param("k", key).update() > 0;
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing demo document " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
