package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.support.Http;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, finding 6: imports are idempotent under concurrency. Thirty confirmations of one preview, or of thirty
 * previews of one document, store exactly one scorecard, and every answer names it.
 */
@JixiaoTest
class ConcurrentImportsTest {
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from scorecard").update();
        jdbc.sql("delete from import_batch").update();
    }

    @Test
    void thirtyConcurrentConfirmationsOfOnePreviewStoreOneScorecard() throws Exception {
        Http admin = new Http(port);
        long batch = preview(admin);
        Set<Long> answered = confirmAtOnce(admin, java.util.Collections.nCopies(30, batch));
        assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(1);
        long id = jdbc.sql("select id from scorecard").query(Long.class).single();
        assertThat(answered).containsExactly(id);
        assertThat(jdbc.sql("select scorecard_id from imported_table").query(Long.class).list()).containsExactly(id);
    }

    @Test
    void thirtyPreviewsOfOneDocumentConfirmedAtOnceStoreOneScorecard() throws Exception {
        Http admin = new Http(port);
        List<Long> batches = new ArrayList<>();
        for (int i = 0; i < 30; i++) batches.add(preview(admin));
        Set<Long> answered = confirmAtOnce(admin, batches);
        assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(1);
        assertThat(answered).hasSize(1);
        // every batch is linked to the one scorecard
        assertThat(jdbc.sql("select distinct scorecard_ids from import_batch").query(String.class).list())
                .containsExactly(String.valueOf(answered.iterator().next()));
    }

    @Test
    void theDatabaseRefusesASecondScorecardForOneImportedTable() {
        long id = jdbc.sql("insert into scorecard (kind, form, year, project, unit, source_digest, org_id) values "
                + "('PROJECT', 'f', 2021, 'p', 'u', 'd', (select id from org where parent_id is null)) returning id")
                .query(Long.class).single();
        jdbc.sql("insert into imported_table (digest, table_index, scorecard_id, form, year, project, unit) "
                + "values ('d', 0, :id, 'f', 2021, 'p', 'u')").param("id", id).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("insert into imported_table "
                + "(digest, table_index, scorecard_id, form, year, project, unit) values ('other', 0, :id, 'f', 2021, 'p', 'u')")
                .param("id", id).update()).hasMessageContaining("imported_table_same_uk");
    }

    private long preview(Http admin) {
        Http.Response r = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/v1/imports"))
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(Seeds.text(Seeds.SUINING))));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Set<Long> confirmAtOnce(Http admin, List<Long> batches) throws Exception {
        Set<Long> answered = new TreeSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(batches.size())) {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (long b : batches) answers.add(pool.submit(() -> admin.post("/api/v1/imports/" + b + "/confirm", "")));
            for (Future<Http.Response> a : answers) {
                Http.Response r = a.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                r.json().get("outcomes").forEach(o -> answered.add(o.get("scorecardId").asLong()));
            }
        }
        return answered;
    }
}
