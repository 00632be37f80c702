package org.jixiao.scorecard.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.RefusedException;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.measure.Value;
import org.jixiao.orgs.OrgNotFoundException;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Changes;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ScorecardEvent;
import org.jixiao.scorecard.ScorecardValidator;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.ValueKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecards in PostgreSQL: one row per scorecard, its fund sources and indicator rows as children,
 * saved and loaded whole (one aggregate, one transaction). Texts are stored as written, with the grammar's
 * reading of each target and actual beside them so SQL can aggregate.
 * <p>
 * This is the one place where org scope (本级及以下) is enforced: every query and every write is limited to
 * scorecards whose org lies in the current {@link Actor}'s scope, so a scorecard outside it is simply not found.
 * Every change is published as a {@link ScorecardEvent} inside its transaction; the audit trail listens.
 */
@Repository
public class Scorecards {
    /**
     * Appended to every where clause: the row's org in the caller's subtree, by the org's path kept on the row
     * (V45: set from the org by the database on every insert), so scope costs no join with the org tree.
     */
    private static final String IN_SCOPE = " s.org_path like :scope ";

    /**
     * A budget amount as the store keeps it: its columns are numeric(24, 6) (V49: an amount read in 万元 from a table in
     * 元 has six places), and PostgreSQL rounds a value with more places half away from zero (HALF_UP); read back as
     * {@link #amount}. The import preview shows this.
     */
    public static BigDecimal asStored(BigDecimal amount) {
        return amount == null ? null : amount(amount.setScale(6, RoundingMode.HALF_UP));
    }

    /** A rate (执行率) as the store keeps it: numeric(9, 2) (V1), rounded half away from zero. */
    public static BigDecimal rateAsStored(BigDecimal rate) {
        return rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A stored budget amount (or a sum of them) as read back: at least two places and no other trailing zeros
     * (100.000000 → 100.00, 2180.620000 → 2180.62, 5216.431826 stays). An amount written with two places then reads,
     * prints and hashes (audit chain, kept pages, exports) exactly as when the columns had two places.
     */
    public static BigDecimal amount(BigDecimal stored) {
        if (stored == null) return null;
        BigDecimal s = stored.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    private static final String INSERT_HEADER = """
            insert into scorecard (kind, form, title, year, project, unit, competent_department, region, currency,
              budget_initial, budget_planned, budget_executed, budget_rate_percent, goal_target, goal_achievement,
              has_goal, source_file, source_digest, org_id)
            values (:kind, :form, :title, :year, :project, :unit, :cd, :region, :currency, :bi, :bp, :be, :br,
              :gt, :ga, :hg, :sf, :sd, :org) returning id""";
    private static final String INSERT_SOURCE = """
            insert into fund_source (scorecard_id, position, name, planned, executed, rate_percent)
            values (:sid, :pos, :name, :planned, :executed, :rate)""";
    private static final String INSERT_INDICATOR = """
            insert into indicator (scorecard_id, position, level1, level2, name, target, actual, weight, score,
              reason, definition, duty, duty_goal, goal_content, activity, ref_planned, ref_standard,
              ref_standard_source, ref_three_year_avg, ref_last_year, ref_history_source, has_references,
              grade, completion_percent, value_kind, not_applicable, deduction,
              target_reading, target_comparator, target_amount, target_unit, actual_reading, actual_amount, actual_unit,
              target_template)
            values (:sid, :pos, :l1, :l2, :name, :target, :actual, :weight, :score, :reason, :definition, :duty,
              :dutyGoal, :goalContent, :activity, :rp, :rs, :rss, :rt, :rl, :rh, :hr, :grade, :cp, :vk, :na, :ded,
              :tr, :tc, :ta, :tu, :ar, :aa, :au, :tt)""";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Orgs orgs;
    private final NamedParameterJdbcTemplate named;

    public Scorecards(JdbcClient jdbc, ApplicationEventPublisher events, Orgs orgs, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
        this.events = events;
        this.orgs = orgs;
    }

    private static String scope() { return Actor.current().scope().likePattern(); }

    /** Filters of the list; null means "any". */
    public record Filter(Integer year, String kind, String unit, String status, String query, String grade) {
        public Filter(Integer year, String kind, String unit, String status, String query) {
            this(year, kind, unit, status, query, null);
        }

        public static Filter none() { return new Filter(null, null, null, null, null); }
    }

    /** A page of list rows. */
    public record Page(List<StoredScorecard> items, long total, int page, int size) {}

    /** A new DRAFT in the caller's own org (the root org for the operator's tools). */
    @Transactional
    public StoredScorecard create(Scorecard s) {
        return create(s, null, null, null);
    }

    /**
     * A new DRAFT in the given org, which must lie in the caller's scope; null means the caller's own org.
     * @throws OrgNotFoundException when the org is outside the scope (or does not exist)
     */
    @Transactional
    public StoredScorecard create(Scorecard s, Long orgId, String sourceFile, String sourceDigest) {
        ScorecardValidator.require(s);
        Actor actor = Actor.current();
        if (orgId == null && actor.orgId() == null && !actor.isOperator()) {
            // nobody acts (a thread without a request or an explicit operator): nothing is created on anyone's behalf
            throw new IllegalStateException("没有操作人，不能新建表 / no actor: a scorecard needs someone who creates it");
        }
        long org = orgId != null ? orgs.require(orgId).id() : actor.orgId() != null ? actor.orgId() : orgs.root().id();
        long id = jdbc.sql(INSERT_HEADER)
                .params(headerParams(s))
                .param("sf", sourceFile).param("sd", sourceDigest).param("org", org)
                .query(Long.class).single();
        insertChildren(id, s);
        StoredScorecard created = find(id).orElseThrow();
        events.publishEvent(new ScorecardEvent.Created(id, describe(created)));
        return created;
    }

    /**
     * Replaces the content of a scorecard if nobody saved it since {@code expectedVersion} was read.
     * @throws VersionConflictException when someone else saved first (the caller shows both versions)
     */
    @Transactional
    public StoredScorecard update(long id, long expectedVersion, Scorecard s) {
        ScorecardValidator.require(s);
        StoredScorecard before = find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
        if (before.version() != expectedVersion) throw new VersionConflictException(id, expectedVersion, before, s);
        before.status().requireEditable();
        int n = jdbc.sql("""
                update scorecard set version = version + 1, updated_at = now(), kind = :kind, form = :form,
                  title = :title, year = :year, project = :project, unit = :unit, competent_department = :cd,
                  region = :region, currency = :currency, budget_initial = :bi, budget_planned = :bp,
                  budget_executed = :be, budget_rate_percent = :br, goal_target = :gt, goal_achievement = :ga,
                  has_goal = :hg
                where id = :id and version = :version and status in ('DRAFT', 'RETURNED')""")
                .params(headerParams(s)).param("id", id).param("version", expectedVersion)
                .update();
        if (n == 0) { // saved by someone else between our read and our write
            StoredScorecard current = find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
            throw new VersionConflictException(id, expectedVersion, current, s);
        }
        jdbc.sql("delete from fund_source where scorecard_id = :id").param("id", id).update();
        jdbc.sql("delete from indicator where scorecard_id = :id").param("id", id).update();
        insertChildren(id, s);
        events.publishEvent(new ScorecardEvent.Updated(id, Changes.between(before.scorecard(), s)));
        return find(id).orElseThrow();
    }

    /** Deletes a scorecard the unit still holds (DRAFT or RETURNED); reviewed ones are official records. */
    @Transactional
    public boolean delete(long id) {
        Optional<StoredScorecard> found = find(id);
        if (found.isEmpty()) return false;
        found.get().status().requireEditable();
        events.publishEvent(new ScorecardEvent.Deleted(id, describe(found.get())));
        return jdbc.sql("delete from scorecard where id = :id").param("id", id).update() > 0;
    }

    public Optional<StoredScorecard> find(long id) {
        List<StoredScorecard> found = load("where s.id = :id and" + IN_SCOPE, Map.of("id", id, "scope", scope()));
        return found.stream().findFirst();
    }

    /** What tells one state of a scorecard from another: every change bumps the version; status is set on its own too. */
    public record Stamp(long version, Status status) {
        public static Stamp of(StoredScorecard st) { return new Stamp(st.version(), st.status()); }
    }

    /** The stamp of a scorecard in the caller's scope, without loading it (pages kept per state ask first). */
    public Optional<Stamp> stamp(long id) {
        return jdbc.sql("select s.version, s.status from scorecard s where s.id = :id and" + IN_SCOPE)
                .param("id", id).param("scope", scope())
                .query((rs, n) -> new Stamp(rs.getLong(1), Status.valueOf(rs.getString(2)))).optional();
    }

    public StoredScorecard require(long id) {
        return find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }

    /** A PUBLISHED scorecard, for the public pages: scope does not apply, status does. */
    public Optional<StoredScorecard> findPublished(long id) {
        return load("where s.id = :id and s.status = 'PUBLISHED'", Map.of("id", id)).stream().findFirst();
    }

    /**
     * The PUBLISHED scorecards, for the public pages, newest year first: the latest published version of each (an
     * earlier one, corrected since, stays readable by its id and in its versions, see {@link Corrections}).
     */
    public Page published(Filter f, int page, int size) {
        return page(new StringBuilder("where s.status = 'PUBLISHED' and not exists (select 1 from scorecard c"
                + " where c.corrects_id = s.id and c.status = 'PUBLISHED')"), new HashMap<>(), f, page, size);
    }

    /** The scorecard previously imported from a document with this digest, if any. */
    public Optional<StoredScorecard> findBySource(String sourceDigest, int tableIndex) {
        List<Long> ids = jdbc.sql("select s.id from scorecard s where s.source_digest = :d and" + IN_SCOPE + " order by s.id")
                .param("d", sourceDigest).param("scope", scope()).query(Long.class).list();
        return tableIndex < ids.size() ? find(ids.get(tableIndex)) : Optional.empty();
    }

    /** The scorecard of the same unit, project, year and form, if one exists (an import of the same table). */
    public Optional<StoredScorecard> findSame(Scorecard s) {
        List<Long> ids = jdbc.sql("""
                select s.id from scorecard s where s.form is not distinct from :form and s.year is not distinct from :year
                  and s.project is not distinct from :project and s.unit is not distinct from :unit and""" + IN_SCOPE + """
                 order by s.id limit 1""")
                .param("scope", scope()).param("form", s.form()).param("year", s.year()).param("project", s.project()).param("unit", s.unit())
                .query(Long.class).list();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    public Page list(Filter f, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope());
        return page(new StringBuilder("where" + IN_SCOPE), p, f, page, size);
    }

    private Page page(StringBuilder where, Map<String, Object> p, Filter f, int page, int size) {
        filter(where, p, f);
        long total = jdbc.sql("select count(*) from scorecard s " + where).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<StoredScorecard> items = load(where + " order by s.year desc nulls last, s.id limit :limit offset :offset", p);
        return new Page(items, total, page, size);
    }

    private static void filter(StringBuilder where, Map<String, Object> p, Filter f) {
        if (f.year() != null) { where.append(" and s.year = :year"); p.put("year", f.year()); }
        if (f.kind() != null) { where.append(" and s.kind = :kind"); p.put("kind", f.kind()); }
        if (f.unit() != null) { where.append(" and s.unit = :unit"); p.put("unit", f.unit()); }
        if (f.status() != null) { where.append(" and s.status = :status"); p.put("status", f.status()); }
        if (f.grade() != null) { // the current stored evaluation's grade (issue 11; V45 keeps it on the row): nothing is scored
            where.append(" and s.current_grade = :grade");
            p.put("grade", f.grade());
        }
        if (f.query() != null && !f.query().isBlank()) {
            where.append(" and (s.project ilike :q or s.title ilike :q or s.unit ilike :q)");
            p.put("q", "%" + f.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /** A line of a list: the scorecard's header and its number of indicator rows, without the rows themselves. */
    public record Line(long id, long version, Status status, String form, String title, Integer year, String project,
                       String unit, int indicatorCount, long orgId) {}

    public record Lines(List<Line> items, long total, int page, int size) {}

    /**
     * The list as lines, in one query: the matching rows narrowed to id and year first (the total is their count),
     * then the page's lines read whole with their number of indicator rows. What the API's list and its grade filter
     * answer with (issue 11: ≤ 100 ms over the national demo): scope and grade are columns of the scorecard row
     * (V45), so the match is one pass over one table, whatever plan a prepared statement settles on.
     */
    public Lines lines(Filter f, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope());
        StringBuilder where = new StringBuilder("where" + IN_SCOPE);
        filter(where, p, f);
        p.put("limit", size);
        p.put("offset", (long) page * size);
        long[] total = {-1};
        List<Line> items = jdbc.sql("with m as materialized (select s.id, s.year from scorecard s " + where + """
                )
                select s.id, s.version, s.status, s.form, s.title, s.year, s.project, s.unit, s.org_id,
                       (select count(*) from m) as total,
                       (select count(*) from indicator i where i.scorecard_id = s.id) as indicators
                from (select m.id from m order by m.year desc nulls last, m.id limit :limit offset :offset) x
                join scorecard s on s.id = x.id
                order by s.year desc nulls last, s.id""").params(p).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new Line(rs.getLong("id"), rs.getLong("version"), Status.valueOf(rs.getString("status")),
                    rs.getString("form"), rs.getString("title"), (Integer) rs.getObject("year"), rs.getString("project"),
                    rs.getString("unit"), rs.getInt("indicators"), rs.getLong("org_id"));
        }).list();
        if (total[0] < 0) { // a page past the end: the total alone
            total[0] = jdbc.sql("select count(*) from scorecard s " + where).params(p).query(Long.class).single();
        }
        return new Lines(items, total[0], page, size);
    }

    /** The years that have scorecards, newest first (the pages' year pickers). */
    public List<Integer> years() {
        return jdbc.sql("select distinct s.year from scorecard s where s.year is not null and" + IN_SCOPE + " order by s.year desc")
                .param("scope", scope()).query(Integer.class).list();
    }

    /** The units that have scorecards, by name (the list's unit filter). */
    public List<String> units() {
        return jdbc.sql("select distinct s.unit from scorecard s where s.unit is not null and" + IN_SCOPE + " order by s.unit")
                .param("scope", scope()).query(String.class).list();
    }

    /** The scorecards with these ids that the caller can see, in id order. */
    public List<StoredScorecard> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return load("where s.id in (:ids) and" + IN_SCOPE + " order by s.id", Map.of("ids", ids, "scope", scope()));
    }

    public List<StoredScorecard> all() {
        return load("where" + IN_SCOPE + " order by s.id", Map.of("scope", scope()));
    }

    /**
     * Moves a scorecard along the workflow: only from the status the caller saw (so two reviewers cannot both act
     * on the same submission); the step itself was allowed by the workflow (review.ReviewState). The comment is kept for RETURNED.
     */
    @Transactional
    public StoredScorecard transition(long id, Status from, Status to, String comment) {
        int n = jdbc.sql("""
                update scorecard s set status = :to, review_comment = :comment, version = version + 1, updated_at = now()
                where s.id = :id and s.status = :from and""" + IN_SCOPE)
                .param("to", to.name()).param("from", from.name()).param("comment", comment).param("id", id)
                .param("scope", scope()).update();
        if (n == 0) {
            StoredScorecard now = require(id);
            throw new RefusedException("该表状态已变为「" + now.status().label() + "」，请刷新后再操作",
                    "the scorecard is now " + now.status().english() + "; reload and try again");
        }
        events.publishEvent(new ScorecardEvent.StatusChanged(id, from, to, comment));
        return require(id);
    }

    /**
     * The statuses of the scorecards of the same year and project held by units below this scorecard's org: a
     * regional scorecard's units. Empty when the scorecard belongs to a unit.
     */
    public List<Status> unitStatuses(StoredScorecard regional) {
        return jdbc.sql("""
                select s.status from scorecard s join org o on o.id = s.org_id
                join org r on r.id = :org and r.level <> 'UNIT'
                where o.path like r.path || '%' and s.org_id <> r.id and s.id <> :id
                  and s.year is not distinct from :year and s.project is not distinct from :project""")
                .param("org", regional.orgId()).param("id", regional.id()).param("year", regional.scorecard().year())
                .param("project", regional.scorecard().project())
                .query((rs, n) -> Status.valueOf(rs.getString(1))).list();
    }

    /**
     * Many new DRAFTs at once (demo data, bulk loads): the same mapping as {@link #create}, written with JDBC batches,
     * and one audit entry for the whole batch instead of one per scorecard. Orgs are not checked one by one: the
     * caller must be the operator (whole tree in scope).
     * @return the new ids, in input order
     */
    @Transactional
    public List<Long> createAll(List<Scorecard> cards, List<Long> orgIds, String note) {
        if (cards.size() != orgIds.size()) throw new IllegalArgumentException("one org per scorecard");
        if (!Actor.current().isOperator()) {
            throw new IllegalStateException("批量创建仅限运维工具 / bulk creation is for the operator's tools only");
        }
        if (cards.isEmpty()) return List.of();
        cards.forEach(ScorecardValidator::require);
        List<Long> ids = jdbc.sql("select nextval('scorecard_id_seq') from generate_series(1, :n)")
                .param("n", cards.size()).query(Long.class).list();
        List<Map<String, Object>> headers = new ArrayList<>(), sources = new ArrayList<>(), rows = new ArrayList<>();
        for (int c = 0; c < cards.size(); c++) {
            Scorecard s = cards.get(c);
            Map<String, Object> h = headerParams(s);
            h.put("id", ids.get(c)); h.put("sf", null); h.put("sd", null); h.put("org", orgIds.get(c));
            headers.add(h);
            sources.addAll(sourceParams(ids.get(c), s));
            for (int i = 0; i < s.indicators().size(); i++) rows.add(indicatorParams(ids.get(c), i, s.indicators().get(i)));
        }
        batch(INSERT_HEADER.replace("values (", "values (:id, ").replace("insert into scorecard (", "insert into scorecard (id, ")
                .replace(" returning id", ""), headers);
        batch(INSERT_SOURCE, sources);
        batch(INSERT_INDICATOR, rows);
        markRepeatedNames(ids);
        events.publishEvent(new ScorecardEvent.CreatedInBulk(cards.size(), note, ids));
        return ids;
    }

    private void batch(String sql, List<Map<String, Object>> params) {
        final int chunk = 2000;
        for (int from = 0; from < params.size(); from += chunk) {
            List<Map<String, Object>> part = params.subList(from, Math.min(params.size(), from + chunk));
            named.batchUpdate(sql, part.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * The scorecards of one fund (project) and year held by the units (orgs of level UNIT) of a region's subtree, in
     * the caller's scope: the inputs of a regional roll-up. Regional scorecards (held by the region orgs themselves)
     * are left out, so a roll-up never counts a lower region's roll-up on top of its units.
     */
    public List<StoredScorecard> unitsOfRegion(org.jixiao.orgs.Org region, int year, String project) {
        return load("where s.year = :year and s.project = :project and s.org_id in (select o.id from org o "
                + "where o.path like :region and o.level = 'UNIT') and" + IN_SCOPE + " order by s.id",
                Map.of("year", year, "project", project, "region", region.path() + "%", "scope", scope()));
    }

    /** The scorecards an org holds itself (not its descendants'), oldest year first. */
    public List<StoredScorecard> ofOrg(long orgId) {
        return load("where s.org_id = :org and" + IN_SCOPE + " order by s.year nulls last, s.id",
                Map.of("org", orgId, "scope", scope()));
    }

    /** Applies an approved target adjustment to a locked scorecard, recording old and new target. */
    @Transactional
    public StoredScorecard adjustTarget(long id, int position, String newTarget) {
        StoredScorecard st = require(id);
        st.status().requireAdjustable();
        // the status is checked again under the row lock: a publication racing this adjustment wins, not both
        if (jdbc.sql("update scorecard set version = version + 1, updated_at = now() where id = :id and status = 'APPROVED'")
                .param("id", id).update() == 0) {
            require(id).status().requireAdjustable();
            Status.PUBLISHED.requireAdjustable(); // not reached: the status was APPROVED a moment ago and is not now
        }
        Indicator old = st.scorecard().indicators().get(position);
        Columns t = Columns.of(org.jixiao.measure.Reading.of(newTarget, old.targetTemplate()).value());
        jdbc.sql("""
                update indicator set target = :target, target_reading = :tr, target_comparator = :tc, target_amount = :ta,
                  target_unit = :tu where scorecard_id = :id and position = :pos""")
                .param("target", newTarget).param("tr", t.kind()).param("tc", t.comparator()).param("ta", t.amount())
                .param("tu", t.unit()).param("id", id).param("pos", position).update();
        events.publishEvent(new ScorecardEvent.TargetAdjusted(id, position, old.target(), newTarget));
        return require(id);
    }

    private static String describe(StoredScorecard st) {
        Scorecard s = st.scorecard();
        return String.join(" / ", java.util.stream.Stream.of(s.unit(), s.project(), s.title(),
                s.year() == null ? null : String.valueOf(s.year())).filter(x -> x != null && !x.isBlank()).toList());
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

    /** The children of one scorecard, in one batch per table (every cell edit rewrites them). */
    private void insertChildren(long id, Scorecard s) {
        batch(INSERT_SOURCE, sourceParams(id, s));
        List<Map<String, Object>> rows = new ArrayList<>(s.indicators().size());
        for (int i = 0; i < s.indicators().size(); i++) rows.add(indicatorParams(id, i, s.indicators().get(i)));
        batch(INSERT_INDICATOR, rows);
        markRepeatedNames(List.of(id));
    }

    /**
     * Marks each row whose name key (V41) an earlier row of the same scorecard already has (V46): the regional
     * roll-up counts a unit's first row of a name only, and reads this flag instead of ranking every unit's rows.
     */
    private void markRepeatedNames(List<Long> ids) {
        jdbc.sql("""
                update indicator i set repeats_name = true
                where i.scorecard_id = any(cast(string_to_array(:ids, ',') as bigint[])) and exists (select from indicator j
                  where j.scorecard_id = i.scorecard_id and j.name_key = i.name_key and j.position < i.position)""")
                .param("ids", String.join(",", ids.stream().map(String::valueOf).toList())).update();
    }

    private static List<Map<String, Object>> sourceParams(long id, Scorecard s) {
        List<FundSource> sources = s.budget().sources();
        List<Map<String, Object>> out = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            FundSource f = sources.get(i);
            Map<String, Object> p = new HashMap<>();
            p.put("sid", id); p.put("pos", i); p.put("name", f.name());
            p.put("planned", f.planned()); p.put("executed", f.executed()); p.put("rate", f.ratePercent());
            out.add(p);
        }
        return out;
    }

    private static Map<String, Object> indicatorParams(long id, int i, Indicator r) {
        References ref = r.references();
        Columns t = Columns.of(r.targetReading().value());
        Columns a = Columns.of(r.actualReading().value());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sid", id); p.put("pos", i);
        p.put("l1", r.level1()); p.put("l2", r.level2()); p.put("name", r.name());
        p.put("target", r.target()); p.put("actual", r.actual()); p.put("tt", r.targetTemplate());
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
        return p;
    }

    /** The grammar's reading flattened into columns (an amount too large for the column is left out). */
    record Columns(String kind, String comparator, BigDecimal amount, String unit) {
        private static final BigDecimal LIMIT = new BigDecimal("1e18");

        Columns {
            if (amount != null && amount.abs().compareTo(LIMIT) >= 0) amount = null;
        }

        static Columns of(Value v) {
            return switch (v) {
                case Value.Measured m -> new Columns("MEASURED", null, m.quantity().amount(), m.quantity().unit().symbol());
                case Value.Bound b -> new Columns("BOUND", b.comparator().name(), b.quantity().amount(), b.quantity().unit().symbol());
                case Value.Range r -> new Columns("RANGE", null, r.min().amount(), r.min().unit().symbol());
                case Value.Qualitative q -> new Columns("QUALITATIVE", null, null, null);
                case Value.MultiPart m -> new Columns("MULTI_PART", null, null, null);
                case Value.NotOccurred n -> new Columns("NOT_OCCURRED", null, null, null);
                case Value.FreeText x -> new Columns("FREE_TEXT", null, null, null);
                case Value.Blank x -> new Columns("BLANK", null, null, null);
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
                            rs.getString("name"), amount(rs.getBigDecimal("planned")), amount(rs.getBigDecimal("executed")),
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
        return Indicator.builder().level1(rs.getString("level1")).level2(rs.getString("level2")).name(rs.getString("name"))
                .targetTemplate(rs.getString("target_template")).target(rs.getString("target"))
                .actual(rs.getString("actual")).weight(rs.getBigDecimal("weight"))
                .score(rs.getBigDecimal("score")).reason(rs.getString("reason")).definition(rs.getString("definition"))
                .duty(rs.getString("duty")).dutyGoal(rs.getString("duty_goal")).goalContent(rs.getString("goal_content"))
                .activity(rs.getString("activity")).references(ref)
                .grade(grade == null ? null : QualitativeGrade.valueOf(grade))
                .completionPercent(rs.getBigDecimal("completion_percent"))
                .valueKind(vk == null ? null : ValueKind.valueOf(vk)).notApplicable((Boolean) rs.getObject("not_applicable"))
                .deduction(rs.getBigDecimal("deduction")).build();
    }

    private record Header(long id, long version, Status status, String form, String title, Integer year, String project,
                          String unit, String competentDepartment, String region, String currency, BigDecimal initial,
                          BigDecimal planned, BigDecimal executed, BigDecimal rate, OverallGoal goal,
                          Timestamp created, Timestamp updated, long orgId, String reviewComment) {
        static Header of(ResultSet rs) throws SQLException {
            OverallGoal goal = rs.getBoolean("has_goal")
                    ? new OverallGoal(rs.getString("goal_target"), rs.getString("goal_achievement")) : null;
            return new Header(rs.getLong("id"), rs.getLong("version"), Status.valueOf(rs.getString("status")),
                    rs.getString("form"), rs.getString("title"), (Integer) rs.getObject("year"), rs.getString("project"),
                    rs.getString("unit"), rs.getString("competent_department"), rs.getString("region"),
                    rs.getString("currency"), amount(rs.getBigDecimal("budget_initial")), amount(rs.getBigDecimal("budget_planned")),
                    amount(rs.getBigDecimal("budget_executed")), rs.getBigDecimal("budget_rate_percent"), goal,
                    rs.getTimestamp("created_at"), rs.getTimestamp("updated_at"), rs.getLong("org_id"),
                    rs.getString("review_comment"));
        }

        StoredScorecard toStored(List<FundSource> sources, List<Indicator> indicators) {
            Budget budget = new Budget(currency, initial, planned, executed, rate, sources);
            Scorecard s = new Scorecard(form, title, year, project, unit, competentDepartment, region, budget, goal, indicators);
            return new StoredScorecard(id, version, status, s, created.toInstant(), updated.toInstant(), orgId, reviewComment);
        }
    }
}
