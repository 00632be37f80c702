package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.Grade;
import org.jixiao.scoring.RuleBook;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringRules;
import org.jixiao.scoring.SelfEvaluation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored evaluations. {@link #record} scores a scorecard under the rules of its region and year and keeps the
 * result as the current one (the previous current row stays, as history); reads never score. Scope comes with the
 * scorecard: an evaluation is read through an id the caller could load, or joined to the scope-limited list.
 */
@Repository
public class Evaluations {
    private static final String INSERT = """
            insert into evaluation (scorecard_id, scorecard_version, reason, rules_id, rules_version, total, grade,
              execution_rate_percent, execution_score, indicator_score, blocking, detail)
            values (:sid, :sv, :reason, :rid, :rv, :total, :grade, :erp, :es, :is, :blocking, cast(:detail as jsonb))""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Scorecards scorecards;
    private final org.springframework.beans.factory.ObjectProvider<OutsideFindings> outside;
    private volatile RuleBook book = RuleBook.standard();

    public Evaluations(JdbcClient jdbc, NamedParameterJdbcTemplate named, Scorecards scorecards,
                       org.springframework.beans.factory.ObjectProvider<OutsideFindings> outside) {
        this.jdbc = jdbc;
        this.named = named;
        this.scorecards = scorecards;
        this.outside = outside;
    }

    /** The rule book new evaluations are computed with (a release that ships a new rules file replaces it). */
    public void useRules(RuleBook newBook) { this.book = newBook; }

    public RuleBook rules() { return book; }

    /** What the rules compute for a scorecard now, nothing stored: the editor's preview and `jixiao score`. */
    public SelfEvaluation compute(Scorecard s) {
        return Scorer.evaluate(s, rulesFor(s));
    }

    /** The version (digest) of the rules {@link #compute} uses for a scorecard now, as a stored row would keep it. */
    public String rulesVersionFor(Scorecard s) {
        return book.versionOf(rulesFor(s));
    }

    private ScoringRules rulesFor(Scorecard s) {
        return book.forRegionAndYear(s.region(), s.year() == null ? Integer.MAX_VALUE : s.year());
    }

    /** Scores the stored scorecard and keeps the result as its current evaluation; the previous one becomes history. */
    @Transactional
    public StoredEvaluation record(long scorecardId, String reason) {
        StoredScorecard st = scorecards.require(scorecardId);
        recordAll(List.of(st), reason);
        return current(scorecardId).orElseThrow();
    }

    /** The same for many scorecards at once, in JDBC batches (bulk loads, the back-fill of older databases). */
    @Transactional
    public void recordAll(Collection<StoredScorecard> stored, String reason) {
        if (stored.isEmpty()) return;
        List<Long> ids = stored.stream().map(StoredScorecard::id).toList();
        for (int from = 0; from < ids.size(); from += 5000) {
            jdbc.sql("update evaluation set current = false where current and scorecard_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 5000))).update();
        }
        List<SqlParameterSource> rows = new ArrayList<>(stored.size());
        Map<Long, List<Finding>> extra = outsideFindings(stored);
        for (StoredScorecard st : stored) {
            ScoringRules rules = rulesFor(st.scorecard());
            SelfEvaluation e = withFindings(Scorer.evaluate(st.scorecard(), rules), extra.getOrDefault(st.id(), List.of()));
            boolean evaluated = st.scorecard().hasActuals();
            MapSqlParameterSource p = new MapSqlParameterSource();
            p.addValue("sid", st.id()).addValue("sv", st.version()).addValue("reason", reason)
                    .addValue("rid", rules.id()).addValue("rv", book.versionOf(rules))
                    .addValue("total", evaluated ? e.total() : null)
                    .addValue("grade", evaluated ? e.grade().name() : null)
                    .addValue("erp", e.executionRatePercent()).addValue("es", e.executionScore())
                    .addValue("is", e.indicatorScore())
                    .addValue("blocking", (int) e.findings().stream().filter(Finding::blocksSubmission).count())
                    .addValue("detail", StoredJson.write(EvaluationView.of(st.id(), e)));
            rows.add(p);
        }
        for (int from = 0; from < rows.size(); from += 2000) {
            named.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + 2000)).toArray(SqlParameterSource[]::new));
        }
    }

    /** What the outside sources find about these scorecards (money as paid), merged by scorecard id. */
    private Map<Long, List<Finding>> outsideFindings(Collection<StoredScorecard> stored) {
        Map<Long, List<Finding>> all = new HashMap<>();
        outside.orderedStream().forEach(source -> source.of(stored).forEach((id, found) ->
                all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found)));
        return all;
    }

    private static SelfEvaluation withFindings(SelfEvaluation e, List<Finding> extra) {
        if (extra.isEmpty()) return e;
        List<Finding> findings = new ArrayList<>(e.findings());
        findings.addAll(extra);
        return new SelfEvaluation(e.rulesId(), e.executionRatePercent(), e.executionScore(), e.executionExplanation(),
                e.indicatorScore(), e.total(), e.grade(), e.indicators(), findings);
    }

    /**
     * After another module noted something on a scorecard (a monitoring round), the outside findings of the
     * scorecards concerned are brought up to date: where they changed, the current evaluation is kept again with the
     * new findings (reason MONITORING) — same rules, same scores; nothing is re-scored.
     */
    @Transactional
    public void refreshOutside(long scorecardId, String action) {
        outside.orderedStream().forEach(source -> {
            for (long id : source.concerned(scorecardId, action)) {
                Optional<StoredEvaluation> current = current(id);
                Optional<StoredScorecard> st = scorecards.find(id);
                if (current.isEmpty() || st.isEmpty()) continue;
                EvaluationView v = current.get().view();
                List<EvaluationView.FindingView> kept = new ArrayList<>();
                for (EvaluationView.FindingView f : v.findings()) {
                    if (!source.codes().contains(Finding.Code.valueOf(f.code()))) kept.add(f);
                }
                for (Finding f : source.of(List.of(st.get())).getOrDefault(id, List.of())) {
                    kept.add(new EvaluationView.FindingView(f.code().name(), f.zh(), f.en(), f.indicatorIndex()));
                }
                if (kept.equals(v.findings())) continue;
                EvaluationView updated = new EvaluationView(v.scorecardId(), v.rulesId(), v.executionRatePercent(),
                        v.executionScore(), v.executionExplanation(), v.indicatorScore(), v.total(), v.grade(),
                        v.gradeCode(), v.indicators(), kept);
                long old = current.get().id();
                jdbc.sql("update evaluation set current = false where id = :id").param("id", old).update();
                jdbc.sql("""
                        insert into evaluation (scorecard_id, scorecard_version, reason, rules_id, rules_version, total, grade,
                          execution_rate_percent, execution_score, indicator_score, blocking, detail)
                        select scorecard_id, scorecard_version, 'MONITORING', rules_id, rules_version, total, grade,
                          execution_rate_percent, execution_score, indicator_score, blocking, cast(:detail as jsonb)
                        from evaluation where id = :id""")
                        .param("id", old).param("detail", StoredJson.write(updated)).update();
            }
        });
    }

    /** The outside findings kept with the current evaluation (money as paid): what the pages show beside the scorer's. */
    public List<Finding> outsideFindings(long scorecardId) {
        java.util.Set<Finding.Code> codes = java.util.EnumSet.noneOf(Finding.Code.class);
        outside.orderedStream().forEach(source -> codes.addAll(source.codes()));
        if (codes.isEmpty()) return List.of();
        return current(scorecardId).map(e -> e.view().findings().stream()
                .filter(f -> codes.contains(Finding.Code.valueOf(f.code())))
                .map(f -> new Finding(Finding.Code.valueOf(f.code()), f.zh(), f.en(), f.indicator())).toList())
                .orElse(List.of());
    }

    /** The id of the current evaluation (pages kept per state ask it: a refresh of the findings is a new state). */
    public long currentId(long scorecardId) {
        return jdbc.sql("select id from evaluation where scorecard_id = :id and current").param("id", scorecardId)
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * Re-scores under the rules that apply now: an explicit action; the earlier result stays in the history. Not for a
     * PUBLISHED scorecard: its score is part of what was published (a correction is a new version, published again).
     */
    @Transactional
    public StoredEvaluation rescore(long scorecardId) {
        if (scorecards.require(scorecardId).status() == org.jixiao.scorecard.Status.PUBLISHED) {
            throw new org.jixiao.kernel.RefusedException("已公开的表不能重新评分；如需更正，请新建更正版本，经审核后重新公开",
                    "a published scorecard is not re-scored; to correct it, create a new version, have it reviewed and publish it again");
        }
        return record(scorecardId, "RESCORE");
    }

    /** The current evaluation of a scorecard the caller can see. */
    public Optional<StoredEvaluation> current(long scorecardId) {
        if (scorecards.stamp(scorecardId).isEmpty()) return Optional.empty();
        return jdbc.sql("select * from evaluation where scorecard_id = :id and current")
                .param("id", scorecardId).query(Evaluations::row).optional();
    }

    /**
     * The current evaluation of a scorecard the caller has loaded already (in scope, or published for the public page):
     * no second scope check.
     */
    public Optional<StoredEvaluation> currentOf(StoredScorecard loaded) {
        return jdbc.sql("select * from evaluation where scorecard_id = :id and current")
                .param("id", loaded.id()).query(Evaluations::row).optional();
    }

    /**
     * What the pages show for a loaded scorecard: its stored evaluation (with the rules' id it was computed under), or —
     * only where none is stored yet — what the rules compute now.
     */
    public SelfEvaluation shown(StoredScorecard loaded) {
        return currentOf(loaded).map(e -> e.view().toSelfEvaluation()).orElseGet(() -> compute(loaded.scorecard()));
    }

    /** Every evaluation of a scorecard, newest first. */
    public List<StoredEvaluation> history(long scorecardId) {
        if (scorecards.stamp(scorecardId).isEmpty()) return List.of();
        return jdbc.sql("select * from evaluation where scorecard_id = :id order by id desc")
                .param("id", scorecardId).query(Evaluations::row).list();
    }

    /** Total and grade of each listed scorecard (ids the caller already loaded in scope), without the detail. */
    public Map<Long, Summary> summaries(Collection<Long> scorecardIds) {
        Map<Long, Summary> out = new HashMap<>();
        if (scorecardIds.isEmpty()) return out;
        jdbc.sql("select scorecard_id, total, grade, blocking, rules_id from evaluation where current and scorecard_id in (:ids)")
                .param("ids", scorecardIds).query(rs -> {
                    String g = rs.getString("grade");
                    out.put(rs.getLong("scorecard_id"), new Summary(rs.getBigDecimal("total"),
                            g == null ? null : Grade.valueOf(g), rs.getInt("blocking"), rs.getString("rules_id")));
                });
        return out;
    }

    /** The list's view of an evaluation. */
    public record Summary(BigDecimal total, Grade grade, int blocking, String rulesId) {}

    /**
     * The scorecard with its stored evaluation applied for publication: each row's 得分 is the computed score (and a
     * derived 分值 is written in), so an export prints what was evaluated, not what was typed.
     */
    public static Scorecard scored(Scorecard s, StoredEvaluation e) {
        if (e == null || e.total() == null) return s;
        List<EvaluationView.IndicatorView> rows = e.view().indicators();
        List<Indicator> out = new ArrayList<>(s.indicators().size());
        for (int i = 0; i < s.indicators().size(); i++) {
            Indicator r = s.indicators().get(i);
            if (i < rows.size()) {
                EvaluationView.IndicatorView v = rows.get(i);
                r = r.toBuilder().score(v.score()).weight(r.weight() != null ? r.weight() : v.weight()).build();
            }
            out.add(r);
        }
        return s.withIndicators(out);
    }

    private static StoredEvaluation row(ResultSet rs, int n) throws SQLException {
        String g = rs.getString("grade");
        return new StoredEvaluation(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getLong("scorecard_version"),
                rs.getBoolean("current"), rs.getString("reason"), rs.getString("rules_id"), rs.getString("rules_version"),
                rs.getBigDecimal("total"), g == null ? null : Grade.valueOf(g), rs.getInt("blocking"),
                StoredJson.read(rs.getString("detail")),
                rs.getTimestamp("created_at").toInstant());
    }


}
