package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.scorecard.store.Scorecards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database from before stored evaluations (or rows written behind the application's back) gets an evaluation
 * for each scorecard without one, at start-up, as the operator. Scorecards that have one are never re-scored here.
 */
@Component
@Order(2)
// only where this run migrates the schema: `jixiao restore` starts with Flyway off, before the evaluation table exists
@ConditionalOnProperty(name = "spring.flyway.enabled", havingValue = "true", matchIfMissing = true)
class EvaluationBackfill implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(EvaluationBackfill.class);
    private final JdbcClient jdbc;
    private final Scorecards scorecards;
    private final Evaluations evaluations;

    EvaluationBackfill(JdbcClient jdbc, Scorecards scorecards, Evaluations evaluations) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        org.jixiao.kernel.Actor.asOperator(this::backfill); // a start-up job, as the operator (whole tree)
    }

    private void backfill() {
        List<Long> missing = jdbc.sql("""
                select s.id from scorecard s
                where not exists (select 1 from evaluation e where e.scorecard_id = s.id and e.current) order by s.id""")
                .query(Long.class).list();
        if (missing.isEmpty()) return;
        evaluations.recordAll(scorecards.byIds(missing), "BACKFILL");
        log.info("已为 {} 张表补记评价结果 / stored evaluations back-filled for {} scorecards", missing.size(), missing.size());
    }
}
