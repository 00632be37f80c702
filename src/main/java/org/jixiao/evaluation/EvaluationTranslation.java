package org.jixiao.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringRules;
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
 * Current evaluations stored before explanations were kept in English get their English at start-up — only where
 * it is certain to be the same result: the scorecard is still at the stored version, the rules id has the stored
 * version in today's rule book, and scoring again gives every stored Chinese explanation and score unchanged. The
 * row keeps its id, reason, numbers and Chinese; only the English is added. Anything else stays as stored (its English
 * is then said from the stored score, {@link EvaluationView#withEnglish()}); nothing is re-scored into the result.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "spring.flyway.enabled", havingValue = "true", matchIfMissing = true)
class EvaluationTranslation implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(EvaluationTranslation.class);
    private static final int BATCH = 1000;
    private final JdbcClient jdbc;
    private final Scorecards scorecards;
    private final Evaluations evaluations;

    EvaluationTranslation(JdbcClient jdbc, Scorecards scorecards, Evaluations evaluations) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    private record Old(long id, long scorecardId, long scorecardVersion, String rulesId, String rulesVersion, String detail) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        org.jixiao.kernel.Actor.asOperator(this::translate); // a start-up job, as the operator (whole tree)
    }

    /** Adds the English where it is certain; returns how many rows were translated. */
    int translate() {
        List<Old> old = jdbc.sql("""
                select id, scorecard_id, scorecard_version, rules_id, rules_version, detail::text as detail from evaluation
                where current and (jsonb_typeof(detail->'executionExplanation') = 'string'
                  or jsonb_typeof(detail->'indicators'->0->'explanation') = 'string') order by id""")
                .query((rs, n) -> new Old(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getLong("scorecard_version"),
                        rs.getString("rules_id"), rs.getString("rules_version"), rs.getString("detail"))).list();
        int done = 0;
        for (int from = 0; from < old.size(); from += BATCH) {
            List<Old> part = old.subList(from, Math.min(old.size(), from + BATCH));
            Map<Long, StoredScorecard> loaded = scorecards.byIds(part.stream().map(Old::scorecardId).toList()).stream()
                    .collect(Collectors.toMap(StoredScorecard::id, Function.identity()));
            for (Old o : part) {
                StoredScorecard st = loaded.get(o.scorecardId());
                Optional<ScoringRules> rules = evaluations.rules().byId(o.rulesId());
                if (st == null || st.version() != o.scorecardVersion() || rules.isEmpty()
                        || !evaluations.rules().versionOf(rules.get()).equals(o.rulesVersion())) continue;
                EvaluationView translated = StoredJson.asStored(o.detail()).translatedBy(Scorer.evaluate(st.scorecard(), rules.get()));
                if (translated == null) continue;
                jdbc.sql("update evaluation set detail = cast(:detail as jsonb) where id = :id")
                        .param("id", o.id()).param("detail", StoredJson.write(translated)).update();
                done++;
            }
        }
        if (!old.isEmpty()) {
            log.info("已为 {} 条评价结果补记英文说明（共 {} 条只有中文）/ English explanations added to {} of {} stored evaluations",
                    done, old.size(), done, old.size());
        }
        return done;
    }
}
