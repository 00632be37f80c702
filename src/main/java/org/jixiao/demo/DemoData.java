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
@ConditionalOnProperty(name = "jixiao.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final List<String> DOCUMENTS = List.of(
            "suining-2021-transfer-self-evaluation.txt",
            "dalian-2021-evaluation-report.txt",
            "linyi-2022-department-targets.txt");

    private final JdbcClient jdbc;
    private final Imports imports;

    DemoData(JdbcClient jdbc, Imports imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select count(*) from app_setting where key = 'demo-loaded'").query(Long.class).single() > 0;
        if (loaded) return;
        for (String name : DOCUMENTS) {
            imports.importText(name, resource("/demo/" + name), false);
        }
        jdbc.sql("insert into app_setting (key, value) values ('demo-loaded', 'true')").update();
        log.info("示例数据已载入 / demo data loaded: {}", DOCUMENTS);
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
