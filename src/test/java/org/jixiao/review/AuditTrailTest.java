package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.review.store.AuditLog;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail records every change field by field with who, when and from where; the application cannot
 * edit it; and a row changed or removed directly in the database is found by {@code jixiao audit verify}.
 */
@JixiaoTest
class AuditTrailTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired DemoAccounts demo;
    @Autowired ApplicationContext ctx;
    Http filler;
    long id;

    @BeforeEach
    void setUp() {
        demo.load();
        filler = Http.as(port, "suining-filler", DemoAccounts.PASSWORD);
        id = filler.post("/api/v1/scorecards", Fixtures.json(Fixtures.submittable(Seeds.SUINING))).json().get("id").asLong();
        ObjectNode edited = (ObjectNode) filler.get("/api/v1/scorecards/" + id).json().deepCopy();
        ((ObjectNode) edited.get("indicators").get(2)).put("actual", "30分钟");
        edited.put("title", "2021年医疗服务与保障能力提升补助绩效自评表（修订）");
        assertThat(filler.put("/api/v1/scorecards/" + id, edited.toString()).status()).isEqualTo(200);
    }

    @Test
    void everyChangedFieldIsLoggedWithOldAndNewValueWhoAndFromWhere() {
        JsonNode history = filler.get("/api/v1/scorecards/" + id + "/history").json();
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        JsonNode actual = find(history, "indicators[2].actual");
        assertThat(actual.get("oldValue").asString()).isEqualTo("本市未发生医保信息系统重大安全事件");
        assertThat(actual.get("newValue").asString()).isEqualTo("30分钟");
        assertThat(actual.get("actor").asString()).isEqualTo("suining-filler");
        assertThat(actual.get("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(actual.get("at").asString()).isNotBlank();
        assertThat(find(history, "title").get("newValue").asString()).endsWith("（修订）");
        assertThat(history.findValuesAsString("field")).doesNotContain("indicators[0].actual"); // unchanged fields are not logged
        // each entry is chained to the one before it
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).get("prevHash").asString()).isNotEqualTo(history.get(i).get("hash").asString());
        }
    }

    @Test
    void theApplicationRoleMayOnlyAppendToTheTrailAndTheTriggerStopsEvenTheSuperuser(@Autowired ApplicationContext ctx) {
        // the application's own connection: REVOKE binds it (it is neither superuser nor owner)
        assertThatThrownBy(() -> jdbc.sql("update audit_event set new_value = 'x' where scorecard_id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where scorecard_id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("permission denied");
        // nor can it switch the triggers off for its session, or disable them
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update())
                .rootCause().hasMessageContaining("permission denied to set parameter");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        // the trigger stays as a second line, even for the superuser
        try (TestDatabase.Superuser su = TestDatabase.superuser(ctx)) {
            assertThatThrownBy(() -> su.jdbc().sql("update audit_event set new_value = 'x' where scorecard_id = :id").param("id", id).update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> su.jdbc().sql("delete from audit_event where scorecard_id = :id").param("id", id).update())
                    .hasMessageContaining("append-only");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEntryChangedDirectlyInTheDatabaseIsReportedByAuditVerify() {
        assertThat(verify()).startsWith("OK");
        Map<String, Object> row = entry("indicators[2].actual");
        long target = ((Number) row.get("id")).longValue();
        asAttacker("update audit_event set new_value = '10分钟' where id = " + target);
        try {
            assertThat(verify()).startsWith("BROKEN at audit_event " + target + ":").contains("this entry was changed");
        } finally {
            asAttacker("update audit_event set new_value = '30分钟' where id = " + target);
        }
        assertThat(verify()).startsWith("OK");
    }

    @Test
    void anEntryDeletedDirectlyInTheDatabaseBreaksTheLinkOfTheNextOne() {
        Map<String, Object> row = entry("title");
        long target = ((Number) row.get("id")).longValue();
        long next = jdbc.sql("select min(id) from audit_event where id > :id").param("id", target).query(Long.class).single();
        asAttacker("delete from audit_event where id = " + target);
        try {
            assertThat(verify()).startsWith("BROKEN at audit_event " + next + ":").contains("earlier entry was removed");
        } finally {
            jdbc.sql("""
                    insert into audit_event (id, at, actor, address, scorecard_id, action, field, old_value, new_value, prev_hash, hash)
                    values (:id, :at, :actor, :address, :scorecard_id, :action, :field, :old_value, :new_value, :prev_hash, :hash)""")
                    .params(row).update();
        }
        assertThat(verify()).startsWith("OK");
    }

    @Test
    void aTrailRehashedWithoutTheKeyIsReportedAtTheFirstForgedEntry() {
        // the attacker knows the code (SHA-256 over the same canonical form) but not the key kept outside the database
        Map<String, Object> row = entry("indicators[2].actual");
        long target = ((Number) row.get("id")).longValue();
        List<Map<String, Object>> before = jdbc.sql("select * from audit_event where id >= :id order by id").param("id", target)
                .query().listOfRows();
        String prev = jdbc.sql("select prev_hash from audit_event where id = :id").param("id", target).query(String.class).single();
        for (Map<String, Object> r : before) {
            String newValue = ((Number) r.get("id")).longValue() == target ? "10分钟" : (String) r.get("new_value");
            String hash = sha256(prev, r, newValue);
            asAttacker("update audit_event set new_value = " + literal(newValue) + ", prev_hash = '" + prev + "', hash = '" + hash
                    + "' where id = " + r.get("id"));
            prev = hash;
        }
        try {
            assertThat(verify()).startsWith("BROKEN at audit_event " + target + ":").contains("this entry was changed");
        } finally {
            for (Map<String, Object> r : before) {
                asAttacker("update audit_event set new_value = " + literal((String) r.get("new_value")) + ", prev_hash = '"
                        + r.get("prev_hash") + "', hash = '" + r.get("hash") + "' where id = " + r.get("id"));
            }
        }
        assertThat(verify()).startsWith("OK");
    }

    @Test
    void aTrailCutShortAfterTheLastAnchorIsReportedAtTheAnchoredEntry() {
        TestDatabase.Run anchored = TestDatabase.cli(ctx, "audit", "anchor");
        assertThat(anchored.code()).as(anchored.out() + anchored.err()).isZero();
        assertThat(anchored.out()).contains("audit trail: ");
        List<Map<String, Object>> last = jdbc.sql("select * from audit_event order by id desc limit 2").query().listOfRows();
        long lastId = ((Number) last.get(0).get("id")).longValue();
        asAttacker("delete from audit_event where id >= " + last.get(1).get("id"));
        try {
            // the chain that is left is consistent in itself: only the anchor shows that entries are missing
            assertThat(verify()).startsWith("BROKEN at audit_event " + lastId + ":").contains("the trail was truncated");
            // and a damaged trail is not anchored, so its damage cannot become the official state
            assertThat(TestDatabase.cli(ctx, "audit", "anchor").code()).isEqualTo(1);
        } finally {
            for (Map<String, Object> r : last.reversed()) {
                jdbc.sql("""
                        insert into audit_event (id, at, actor, address, scorecard_id, action, field, old_value, new_value, prev_hash, hash)
                        values (:id, :at, :actor, :address, :scorecard_id, :action, :field, :old_value, :new_value, :prev_hash, :hash)""")
                        .params(r).update();
            }
        }
        assertThat(verify()).startsWith("OK").contains("matches the anchor");
    }

    @Test
    void anExportedDocumentPrintsTheTrailsHeadAsOfItsExport(@Autowired AuditLog audit) {
        AuditLog.Head head = audit.head();
        assertThat(head.count()).isGreaterThanOrEqualTo(3);
        String html = filler.get("/api/v1/scorecards/" + id + "/export?format=html").body();
        assertThat(html).contains("audit trail: " + head.count() + " entries, head " + head.hash().substring(0, 16))
                .contains("操作日志 " + head.count() + " 条");
    }

    /** The unkeyed link of the previous version: SHA-256 over the previous link and the length-prefixed fields. */
    private static String sha256(String prev, Map<String, Object> r, String newValue) {
        StringBuilder canonical = new StringBuilder(prev);
        Object at = ((java.sql.Timestamp) r.get("at")).toInstant();
        for (Object v : new Object[] {r.get("id"), at, r.get("actor"), r.get("address"), r.get("scorecard_id"), r.get("action"),
                r.get("field"), r.get("old_value"), newValue}) {
            String s = v == null ? null : v.toString();
            canonical.append('|').append(s == null ? "-" : s.length() + ":" + s);
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String literal(String s) { return s == null ? "null" : "'" + s.replace("'", "''") + "'"; }

    private JsonNode find(JsonNode history, String field) {
        for (JsonNode e : history) if (field.equals(e.get("field").asString(null))) return e;
        throw new AssertionError("no entry for " + field + " in " + history);
    }

    private Map<String, Object> entry(String field) {
        return jdbc.sql("select * from audit_event where scorecard_id = :id and field = :f").param("id", id).param("f", field)
                .query().singleRow();
    }

    /** Someone holding the superuser's password, going around the application: the trigger is switched off first. */
    private void asAttacker(String sql) {
        try (TestDatabase.Superuser su = TestDatabase.superuser(ctx)) {
            su.jdbc().sql("set session_replication_role = replica").update();
            su.jdbc().sql(sql).update();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** `./jixiao audit verify` against this test's database. */
    private String verify() {
        TestDatabase.Run run = TestDatabase.cli(ctx, "audit", "verify");
        String text = run.out() + run.err();
        assertThat(run.code()).as(text).isEqualTo(text.startsWith("OK") ? 0 : 1);
        return text;
    }

    @Test
    void theChainVerifiesInProcessToo(@Autowired AuditLog audit) {
        AuditLog.Verification v = audit.verify();
        assertThat(v.ok()).as(v.reason()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(3);
    }
}
