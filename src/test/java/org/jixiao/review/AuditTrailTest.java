package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import javax.sql.DataSource;
import org.jixiao.Jixiao;
import org.jixiao.demo.DemoAccounts;
import org.jixiao.review.store.AuditLog;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
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
    void theDatabaseRefusesToUpdateOrDeleteAuditEntries() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set new_value = 'x' where scorecard_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where scorecard_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
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

    private JsonNode find(JsonNode history, String field) {
        for (JsonNode e : history) if (field.equals(e.get("field").asString(null))) return e;
        throw new AssertionError("no entry for " + field + " in " + history);
    }

    private Map<String, Object> entry(String field) {
        return jdbc.sql("select * from audit_event where scorecard_id = :id and field = :f").param("id", id).param("f", field)
                .query().singleRow();
    }

    /** Someone with database access going around the application: the trigger is switched off first. */
    private void asAttacker(String sql) {
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        }
    }

    /** `./jixiao audit verify` against this test's database. */
    private String verify() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        System.setProperty("jixiao.db.url", url);
        System.setProperty("jixiao.db.user", "postgres");
        System.setProperty("jixiao.db.password", "postgres");
        try {
            StringWriter out = new StringWriter();
            int code = new CommandLine(new Jixiao()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                    .execute("audit", "verify");
            String text = out.toString();
            assertThat(code).as(text).isEqualTo(text.startsWith("OK") ? 0 : 1);
            return text;
        } finally {
            System.clearProperty("jixiao.db.url");
            System.clearProperty("jixiao.db.user");
            System.clearProperty("jixiao.db.password");
        }
    }

    @Test
    void theChainVerifiesInProcessToo(@Autowired AuditLog audit) {
        AuditLog.Verification v = audit.verify();
        assertThat(v.ok()).as(v.reason()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(3);
    }
}
