package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.support.Fixtures;
import org.jixiao.support.JixiaoTest;
import org.jixiao.support.Seeds;
import org.jixiao.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: `jixiao score --id N` prints the stored evaluation (never re-scores by reading); `jixiao score --rescore N`
 * is the explicit re-scoring, which keeps the earlier result in the history and is refused for a published table.
 */
@JixiaoTest
class RescoreCommandTest {
    @Autowired ApplicationContext ctx;
    @Autowired JdbcClient jdbc;
    @Autowired Scorecards scorecards;
    @Autowired Evaluations evaluations;

    private JsonNode ok(String... args) {
        TestDatabase.Run r = TestDatabase.cli(ctx, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return org.jixiao.scorecard.json.ScorecardJson.MAPPER.readTree(r.out());
    }

    @Test
    void theStoredEvaluationIsPrintedAndRescoringKeepsItInTheHistory() {
        long id = scorecards.create(Fixtures.seed(Seeds.SUINING), null, null, null).id();
        StoredEvaluation created = evaluations.current(id).orElseThrow();
        assertThat(created.total()).isEqualByComparingTo("98.18");
        // an evaluation kept under earlier rules (as a past year's would be): its total is not what the rules give now
        jdbc.sql("""
                update evaluation set total = 91.50, rules_version = 'earlier',
                  detail = jsonb_set(detail, '{total}', '91.50'::jsonb) where id = :id""").param("id", created.id()).update();

        JsonNode stored = ok("score", "--id", "" + id);
        assertThat(stored.get("tables").get(0).get("total").decimalValue()).as("read, not computed").isEqualByComparingTo("91.50");
        assertThat(stored.has("history")).isFalse();

        JsonNode rescored = ok("score", "--rescore", "" + id);
        assertThat(rescored.get("tables").get(0).get("total").decimalValue()).isEqualByComparingTo("98.18");
        JsonNode history = rescored.get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("reason").asString()).isEqualTo("RESCORE");
        assertThat(history.get(0).get("current").asBoolean()).isTrue();
        assertThat(history.get(1).get("reason").asString()).isEqualTo("CREATE");
        assertThat(history.get(1).get("current").asBoolean()).isFalse();
        assertThat(history.get(1).get("rulesVersion").asString()).isEqualTo("earlier");
        assertThat(history.get(1).get("total").decimalValue()).isEqualByComparingTo("91.50");
        // the old row is kept as it was, only no longer current
        List<StoredEvaluation> rows = evaluations.history(id);
        assertThat(rows).extracting(StoredEvaluation::reason).containsExactly("RESCORE", "CREATE");
        assertThat(rows.get(1).total()).isEqualByComparingTo("91.50");
        assertThat(rows.get(1).id()).isEqualTo(created.id());

        JsonNode listed = ok("score", "--id", "" + id, "--history");
        assertThat(listed.get("tables").get(0).get("total").decimalValue()).isEqualByComparingTo("98.18");
        assertThat(listed.get("history")).hasSize(2);
    }

    @Test
    void aPublishedTableIsNotRescoredAndAnUnknownIdIsNamed() {
        long id = scorecards.create(Fixtures.seed(Seeds.SUINING), null, null, null).id();
        jdbc.sql("update scorecard set status = 'PUBLISHED' where id = :id").param("id", id).update();
        TestDatabase.Run refused = TestDatabase.cli(ctx, "score", "--rescore", "" + id);
        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("已公开的表不能重新评分").contains("a published scorecard is not re-scored");
        assertThat(evaluations.history(id)).extracting(StoredEvaluation::reason).containsExactly("CREATE");

        TestDatabase.Run missing = TestDatabase.cli(ctx, "score", "--rescore", "987654321");
        assertThat(missing.code()).isEqualTo(Cli.INVALID);
        assertThat(missing.err()).contains("987654321").contains("not found");
    }
}
