package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** `jixiao backup` of a working database, `jixiao restore` into a fresh data directory: every table comes back the same. */
@JixiaoTest
class BackupRestoreTest {
    @Autowired ApplicationContext ctx;
    @Autowired DemoAccounts demo;
    @Autowired org.jixiao.scorecard.store.Scorecards scorecards;
    @LocalServerPort int port;

    @Test
    void aBackupRestoredIntoAFreshDirectoryHasEveryTableRowForRowAndItsAuditTrailVerifies() throws Exception {
        demo.load();
        Http filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        long suining = 0;
        for (String seed : List.of(Seeds.SUINING, Seeds.DALIAN)) {
            Http.Response created = filler.post("/api/v1/scorecards", Fixtures.json(Fixtures.submittable(seed)));
            assertThat(created.status()).isEqualTo(201);
            if (suining == 0) suining = created.json().get("id").asLong();
        }
        // a 佐证材料 file: kept in PostgreSQL, so the backup must carry its bytes
        byte[] pdf = "%PDF-1.4\n% 遂宁市医保宣传活动签到表\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Response up = filler.send(org.jixiao.support.Multipart.post(filler.base() + "/api/v1/scorecards/" + suining + "/evidence",
                "签到表.pdf", pdf, Map.of("indicator", "0")));
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        String sha = up.json().get("sha256").asString();
        // tables in 元 (held-out h04, h17): amounts in 万元 to the fen, six places (V49)
        List<Long> yuan = new ArrayList<>();
        for (String heldOut : List.of("h04_pingjiang_weijian_2023_dept_selfeval_pipes_yuan.txt",
                "h17_liling_minzheng_2023_dept_selfeval_paragraphs_yuan.txt")) {
            var table = org.jixiao.publish.parse.TextParser.parse(Seeds.resource("/heldout/docs/" + heldOut), heldOut).tables().get(0);
            yuan.add(scorecards.create(table).id());
        }
        assertThat(TestDatabase.cli(ctx, "audit", "anchor").code()).isZero();
        Path dir = Path.of("target/test-data").toAbsolutePath();
        Path file = dir.resolve("backup-" + UUID.randomUUID() + ".zip");
        TestDatabase.Run backup = TestDatabase.cli(ctx, "backup", file.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backed up");

        Path fresh = dir.resolve("restored-" + UUID.randomUUID());
        Files.createDirectories(fresh);
        // the operator keeps the audit key apart from the backup and puts it beside the restored data
        Path key = ctx.getBean(DataDirectory.class).resolve("audit.key");
        Files.copy(key, fresh.resolve("audit.key"));
        TestDatabase.Run restore = TestDatabase.cli(fresh.toString(), Map.of(), "restore", file.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(Files.readString(fresh.resolve("audit-anchors.txt")))
                .isEqualTo(Files.readString(ctx.getBean(DataDirectory.class).resolve("audit-anchors.txt")));

        Map<String, List<String>> original;
        try (Connection a = TestDatabase.server(ctx).connect(Credentials.SUPERUSER)) {
            original = everyTable(a);
        }
        try (EmbeddedServer restored = EmbeddedServer.open(fresh.resolve("pg"), false);
             Connection b = restored.connect(Credentials.SUPERUSER)) {
            Map<String, List<String>> copy = everyTable(b);
            assertThat(copy.keySet()).isEqualTo(original.keySet());
            assertThat(original.get("scorecard")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(original.get("audit_event")).isNotEmpty();
            for (String table : original.keySet()) assertThat(copy.get(table)).as(table).isEqualTo(original.get(table));
            try (Statement st = b.createStatement();
                 ResultSet rs = st.executeQuery("select s.budget_planned::text, s.budget_executed::text, (select string_agg("
                         + "f.planned::text, ' ' order by f.position) from fund_source f where f.scorecard_id = " + yuan.get(1)
                         + ") from scorecard s where s.id = " + yuan.get(0))) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("5216.431826 4987.390514");
                assertThat(rs.getString(3)).isEqualTo("8973.865470 150.000000"); // h17's 财政拨款, 其他资金
            }
            // the evidence file came back byte for byte, with its hash
            try (Statement st = b.createStatement();
                 ResultSet rs = st.executeQuery("select file_name, sha256, content from evidence")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("签到表.pdf");
                assertThat(rs.getString(2)).isEqualTo(sha);
                assertThat(rs.getBytes(3)).isEqualTo(pdf);
                assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(rs.getBytes(3))))
                        .isEqualTo(sha);
                assertThat(rs.next()).isFalse();
            }
        }
        // the trail verifies in the restored directory, against the anchor that came with it
        TestDatabase.Run verify = TestDatabase.cli(fresh.toString(), Map.of(), "audit", "verify");
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("OK").contains("matches the anchor");
        // a restore never writes over a database that has data
        TestDatabase.Run again = TestDatabase.cli(fresh.toString(), Map.of(), "restore", file.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("not empty");
    }

    /** Every table's rows as text, sorted; the migration history by version, checksum and script only. */
    private static Map<String, List<String>> everyTable(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        for (String t : tables) {
            String sql = t.equals("flyway_schema_history")
                    ? "select concat_ws('|', version, script, checksum, success) from flyway_schema_history order by 1"
                    : "select x::text from public.\"" + t + "\" x order by 1";
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) rows.add(rs.getString(1));
            }
            out.put(t, rows);
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1")) {
            List<String> seqs = new ArrayList<>();
            while (rs.next()) seqs.add(rs.getString(1) + "=" + rs.getString(2));
            out.put("(sequences)", seqs);
        }
        return out;
    }

}
