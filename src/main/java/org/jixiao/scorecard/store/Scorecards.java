package org.jixiao.scorecard.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.measure.Value;
import org.jixiao.measure.ValueGrammar;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ScorecardValidator;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.ValueKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecards in PostgreSQL: one row per scorecard, its fund sources and indicator rows as children,
 * saved and loaded whole (one aggregate, one transaction). Texts are stored as written, with the grammar's
 * reading of each target and actual beside them so SQL can aggregate.
 */
@Repository
public class Scorecards {
    private final JdbcClient jdbc;

    public Scorecards(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Filters of the list; null means "any". */
    public record Filter(Integer year, String kind, String unit, String status, String query) {
        public static Filter none() { return new Filter(null, null, null, null, null); }
    }

    /** A page of list rows. */
    public record Page(List<StoredScorecard> items, long total, int page, int size) {}

    @Transactional
    public StoredScorecard create(Scorecard s) {
        return create(s, null, null);
    }

    @Transactional
    public StoredScorecard create(Scorecard s, String sourceFile, String sourceDigest) {
        ScorecardValidator.require(s);
        long id = jdbc.sql("""
                insert into scorecard (kind, form, title, year, project, unit, competent_department, region, currency,
                  budget_initial, budget_planned, budget_executed, budget_rate_percent, goal_target, goal_achievement,
                  has_goal, source_file, source_digest)
                values (:kind, :form, :title, :year, :project, :unit, :cd, :region, :currency, :bi, :bp, :be, :br,
                  :gt, :ga, :hg, :sf, :sd) returning id""")
                .params(headerParams(s))
                .param("sf", sourceFile).param("sd", sourceDigest)
                .query(Long.class).single();
        insertChildren(id, s);
        return find(id).orElseThrow();
    }

    /**
     * Replaces the content of a scorecard if nobody saved it since {@code expectedVersion} was read.
     * @throws VersionConflictException when someone else saved first (the caller shows both versions)
     */
    @Transactional
    public StoredScorecard update(long id, long expectedVersion, Scorecard s) {
        ScorecardValidator.require(s);
        int n = jdbc.sql("""
                update scorecard set version = version + 1, updated_at = now(), kind = :kind, form = :form,
                  title = :title, year = :year, project = :project, unit = :unit, competent_department = :cd,
                  region = :region, currency = :currency, budget_initial = :bi, budget_planned = :bp,
                  budget_executed = :be, budget_rate_percent = :br, goal_target = :gt, goal_achievement = :ga,
                  has_goal = :hg
                where id = :id and version = :version""")
                .params(headerParams(s)).param("id", id).param("version", expectedVersion)
                .update();
        if (n == 0) {
            StoredScorecard current = find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
            throw new VersionConflictException(id, expectedVersion, current);
        }
        jdbc.sql("delete from fund_source where scorecard_id = :id").param("id", id).update();
        jdbc.sql("delete from indicator where scorecard_id = :id").param("id", id).update();
        insertChildren(id, s);
        return find(id).orElseThrow();
    }

    @Transactional
    public boolean delete(long id) {
        return jdbc.sql("delete from scorecard where id = :id").param("id", id).update() > 0;
    }

    public Optional<StoredScorecard> find(long id) {
        List<StoredScorecard> found = load("where s.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    /** The scorecard previously imported from a document with this digest, if any. */
    public Optional<StoredScorecard> findBySource(String sourceDigest, int tableIndex) {
        List<Long> ids = jdbc.sql("select id from scorecard where source_digest = :d order by id")
                .param("d", sourceDigest).query(Long.class).list();
        return tableIndex < ids.size() ? find(ids.get(tableIndex)) : Optional.empty();
    }

    /** The scorecard of the same unit, project, year and form, if one exists (an import of the same table). */
    public Optional<StoredScorecard> findSame(Scorecard s) {
        List<Long> ids = jdbc.sql("""
                select id from scorecard where form is not distinct from :form and year is not distinct from :year
                  and project is not distinct from :project and unit is not distinct from :unit order by id limit 1""")
                .param("form", s.form()).param("year", s.year()).param("project", s.project()).param("unit", s.unit())
                .query(Long.class).list();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    public Page list(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> p = new HashMap<>();
        if (f.year() != null) { where.append(" and s.year = :year"); p.put("year", f.year()); }
        if (f.kind() != null) { where.append(" and s.kind = :kind"); p.put("kind", f.kind()); }
        if (f.unit() != null) { where.append(" and s.unit = :unit"); p.put("unit", f.unit()); }
        if (f.status() != null) { where.append(" and s.status = :status"); p.put("status", f.status()); }
        if (f.query() != null && !f.query().isBlank()) {
            where.append(" and (s.project ilike :q or s.title ilike :q or s.unit ilike :q)");
            p.put("q", "%" + f.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from scorecard s " + where).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<StoredScorecard> items = load(where + " order by s.year desc nulls last, s.id limit :limit offset :offset", p);
        return new Page(items, total, page, size);
    }

    /** The years that have scorecards, newest first (the pages' year pickers). */
    public List<Integer> years() {
        return jdbc.sql("select distinct year from scorecard where year is not null order by year desc").query(Integer.class).list();
    }

    /** The units that have scorecards, by name (the list's unit filter). */
    public List<String> units() {
        return jdbc.sql("select distinct unit from scorecard where unit is not null order by unit").query(String.class).list();
    }

    public List<StoredScorecard> all() {
        return load("order by s.id", Map.of());
    }

    @Transactional
    public StoredScorecard setStatus(long id, Status status) {
        jdbc.sql("update scorecard set status = :st, version = version + 1, updated_at = now() where id = :id")
                .param("st", status.name()).param("id", id).update();
        return find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }

    // --- mapping ---------------------------------------------------------------------------------

    private static Map<String, Object> headerParams(Scorecard s) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", s.kind().name());
        p.put("form", s.form());
        p.put("title", s.title());
        p.put("year", s.year());
        p.put("project", s.project());
        p.put("unit", s.unit());
        p.put("cd", s.competentDepartment());
        p.put("region", s.region());
        Budget b = s.budget();
        p.put("currency", b.currency());
        p.put("bi", b.initial());
        p.put("bp", b.planned());
        p.put("be", b.executed());
        p.put("br", b.ratePercent());
        p.put("gt", s.overallGoal() == null ? null : s.overallGoal().target());
        p.put("ga", s.overallGoal() == null ? null : s.overallGoal().achievement());
        p.put("hg", s.overallGoal() != null);
        return p;
    }

    private void insertChildren(long id, Scorecard s) {
        List<FundSource> sources = s.budget().sources();
        for (int i = 0; i < sources.size(); i++) {
            FundSource f = sources.get(i);
            jdbc.sql("insert into fund_source (scorecard_id, position, name, planned, executed, rate_percent) values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, f.name(), f.planned(), f.executed(), f.ratePercent()).update();
        }
        List<Indicator> rows = s.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            References ref = r.references();
            Reading t = Reading.of(ValueGrammar.parse(r.target()));
            Reading a = Reading.of(ValueGrammar.parse(r.actual()));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("sid", id); p.put("pos", i);
            p.put("l1", r.level1()); p.put("l2", r.level2()); p.put("name", r.name());
            p.put("target", r.target()); p.put("actual", r.actual());
            p.put("weight", r.weight()); p.put("score", r.score()); p.put("reason", r.reason());
            p.put("definition", r.definition()); p.put("duty", r.duty()); p.put("dutyGoal", r.dutyGoal());
            p.put("goalContent", r.goalContent()); p.put("activity", r.activity());
            p.put("rp", ref == null ? null : ref.planned());
            p.put("rs", ref == null ? null : ref.standard());
            p.put("rss", ref == null ? null : ref.standardSource());
            p.put("rt", ref == null ? null : ref.threeYearAverage());
            p.put("rl", ref == null ? null : ref.lastYear());
            p.put("rh", ref == null ? null : ref.historySource());
            p.put("hr", ref != null);
            p.put("grade", r.grade() == null ? null : r.grade().name());
            p.put("cp", r.completionPercent());
            p.put("vk", r.valueKind() == null ? null : r.valueKind().name());
            p.put("na", r.notApplicable());
            p.put("ded", r.deduction());
            p.put("tr", t.kind()); p.put("tc", t.comparator()); p.put("ta", t.amount()); p.put("tu", t.unit());
            p.put("ar", a.kind()); p.put("aa", a.amount()); p.put("au", a.unit());
            jdbc.sql("""
                    insert into indicator (scorecard_id, position, level1, level2, name, target, actual, weight, score,
                      reason, definition, duty, duty_goal, goal_content, activity, ref_planned, ref_standard,
                      ref_standard_source, ref_three_year_avg, ref_last_year, ref_history_source, has_references,
                      grade, completion_percent, value_kind, not_applicable, deduction,
                      target_reading, target_comparator, target_amount, target_unit, actual_reading, actual_amount, actual_unit)
                    values (:sid, :pos, :l1, :l2, :name, :target, :actual, :weight, :score, :reason, :definition, :duty,
                      :dutyGoal, :goalContent, :activity, :rp, :rs, :rss, :rt, :rl, :rh, :hr, :grade, :cp, :vk, :na, :ded,
                      :tr, :tc, :ta, :tu, :ar, :aa, :au)""").params(p).update();
        }
    }

    /** The grammar's reading flattened into columns (an amount too large for the column is left out). */
    private record Reading(String kind, String comparator, BigDecimal amount, String unit) {
        private static final BigDecimal LIMIT = new BigDecimal("1e18");

        Reading {
            if (amount != null && amount.abs().compareTo(LIMIT) >= 0) amount = null;
        }

        static Reading of(Value v) {
            return switch (v) {
                case Value.Measured m -> new Reading("MEASURED", null, m.quantity().amount(), m.quantity().unit().symbol());
                case Value.Bound b -> new Reading("BOUND", b.comparator().name(), b.quantity().amount(), b.quantity().unit().symbol());
                case Value.Range r -> new Reading("RANGE", null, r.min().amount(), r.min().unit().symbol());
                case Value.Qualitative q -> new Reading("QUALITATIVE", null, null, null);
                case Value.MultiPart m -> new Reading("MULTI_PART", null, null, null);
                case Value.NotOccurred n -> new Reading("NOT_OCCURRED", null, null, null);
                case Value.FreeText x -> new Reading("FREE_TEXT", null, null, null);
                case Value.Blank x -> new Reading("BLANK", null, null, null);
            };
        }
    }

    private List<StoredScorecard> load(String whereAndOrder, Map<String, Object> params) {
        List<Header> headers = jdbc.sql("select s.* from scorecard s " + whereAndOrder).params(params)
                .query((rs, n) -> Header.of(rs)).list();
        if (headers.isEmpty()) return List.of();
        List<Long> ids = headers.stream().map(Header::id).toList();
        Map<Long, List<FundSource>> sources = new HashMap<>();
        jdbc.sql("select * from fund_source where scorecard_id in (:ids) order by scorecard_id, position")
                .param("ids", ids).query(rs -> {
                    sources.computeIfAbsent(rs.getLong("scorecard_id"), k -> new ArrayList<>()).add(new FundSource(
                            rs.getString("name"), rs.getBigDecimal("planned"), rs.getBigDecimal("executed"),
                            rs.getBigDecimal("rate_percent")));
                });
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        jdbc.sql("select * from indicator where scorecard_id in (:ids) order by scorecard_id, position")
                .param("ids", ids).query(rs -> {
                    indicators.computeIfAbsent(rs.getLong("scorecard_id"), k -> new ArrayList<>()).add(indicator(rs));
                });
        List<StoredScorecard> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            out.add(h.toStored(sources.getOrDefault(h.id(), List.of()), indicators.getOrDefault(h.id(), List.of())));
        }
        return out;
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        References ref = rs.getBoolean("has_references") ? new References(rs.getString("ref_planned"),
                rs.getString("ref_standard"), rs.getString("ref_standard_source"), rs.getString("ref_three_year_avg"),
                rs.getString("ref_last_year"), rs.getString("ref_history_source")) : null;
        String grade = rs.getString("grade");
        String vk = rs.getString("value_kind");
        return new Indicator(rs.getString("level1"), rs.getString("level2"), rs.getString("name"),
                rs.getString("target"), rs.getString("actual"), rs.getBigDecimal("weight"), rs.getBigDecimal("score"),
                rs.getString("reason"), rs.getString("definition"), rs.getString("duty"), rs.getString("duty_goal"),
                rs.getString("goal_content"), rs.getString("activity"), ref,
                grade == null ? null : QualitativeGrade.valueOf(grade), rs.getBigDecimal("completion_percent"),
                vk == null ? null : ValueKind.valueOf(vk), (Boolean) rs.getObject("not_applicable"),
                rs.getBigDecimal("deduction"));
    }

    private record Header(long id, long version, Status status, String form, String title, Integer year, String project,
                          String unit, String competentDepartment, String region, String currency, BigDecimal initial,
                          BigDecimal planned, BigDecimal executed, BigDecimal rate, OverallGoal goal,
                          Timestamp created, Timestamp updated) {
        static Header of(ResultSet rs) throws SQLException {
            OverallGoal goal = rs.getBoolean("has_goal")
                    ? new OverallGoal(rs.getString("goal_target"), rs.getString("goal_achievement")) : null;
            return new Header(rs.getLong("id"), rs.getLong("version"), Status.valueOf(rs.getString("status")),
                    rs.getString("form"), rs.getString("title"), (Integer) rs.getObject("year"), rs.getString("project"),
                    rs.getString("unit"), rs.getString("competent_department"), rs.getString("region"),
                    rs.getString("currency"), rs.getBigDecimal("budget_initial"), rs.getBigDecimal("budget_planned"),
                    rs.getBigDecimal("budget_executed"), rs.getBigDecimal("budget_rate_percent"), goal,
                    rs.getTimestamp("created_at"), rs.getTimestamp("updated_at"));
        }

        StoredScorecard toStored(List<FundSource> sources, List<Indicator> indicators) {
            Budget budget = new Budget(currency, initial, planned, executed, rate, sources);
            Scorecard s = new Scorecard(form, title, year, project, unit, competentDepartment, region, budget, goal, indicators);
            return new StoredScorecard(id, version, status, s, created.toInstant(), updated.toInstant());
        }
    }
}
