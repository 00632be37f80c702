package org.jixiao.monitoring.store;

import static org.jixiao.scorecard.store.Scorecards.amount;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.monitoring.Assessment;
import org.jixiao.monitoring.Light;
import org.jixiao.kernel.Actor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monitoring rounds in PostgreSQL. Rows are reached through a scorecard the caller found in scope, except the
 * regional roll-up, which applies the caller's scope itself.
 */
@Repository
public class MonitoringRounds {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public MonitoringRounds(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public record Round(long id, long scorecardId, int month, BigDecimal planned, BigDecimal paid, BigDecimal committed,
                        BigDecimal ratePercent, BigDecimal budgetRatio, Light budgetLight, Light overall, int red, int yellow,
                        int green, int blue, String note, String recordedBy, Instant recordedAt, List<Entry> entries) {}

    public record Entry(int indicator, String name, String target, String progress, String expected, String possibility,
                        String reason, String measure, BigDecimal ratio, Light light,
                        org.jixiao.scoring.Explanation explanation) {}

    private static final String INSERT_ROUND = """
            insert into monitoring_round (scorecard_id, month, planned, paid, committed, rate_percent, budget_ratio,
              budget_light, overall_light, red, yellow, green, blue, note, recorded_by)
            values (:sid, :month, :planned, :paid, :committed, :rate, :ratio, :bl, :ol, :red, :yellow, :green, :blue, :note, :by)""";
    private static final String INSERT_ENTRY = """
            insert into monitoring_entry (round_id, position, indicator_name, target, progress, expected, possibility,
              reason, measure, ratio, light, explanation, explanation_en)
            values (:rid, :pos, :name, :target, :progress, :expected, :poss, :reason, :measure, :ratio, :light, :expl, :explEn)""";

    public long insert(long scorecardId, Assessment.Result r, String note) {
        Map<String, Object> p = roundParams(scorecardId, r, note, Actor.current().name());
        long id = jdbc.sql(INSERT_ROUND + " returning id").params(p).query(Long.class).single();
        batch(INSERT_ENTRY, entryParams(id, r));
        return id;
    }

    /** Many rounds at once (demo data): one JDBC batch per table. */
    public void insertAll(List<Long> scorecardIds, List<Assessment.Result> results, String by) {
        List<Long> ids = jdbc.sql("select nextval('monitoring_round_id_seq') from generate_series(1, :n)")
                .param("n", scorecardIds.size()).query(Long.class).list();
        List<Map<String, Object>> rounds = new ArrayList<>(), entries = new ArrayList<>();
        for (int i = 0; i < scorecardIds.size(); i++) {
            Map<String, Object> p = roundParams(scorecardIds.get(i), results.get(i), null, by);
            p.put("id", ids.get(i));
            rounds.add(p);
            entries.addAll(entryParams(ids.get(i), results.get(i)));
        }
        batch(INSERT_ROUND.replace("(scorecard_id,", "(id, scorecard_id,").replace("values (:sid,", "values (:id, :sid,"), rounds);
        batch(INSERT_ENTRY, entries);
    }

    private static Map<String, Object> roundParams(long scorecardId, Assessment.Result r, String note, String by) {
        Map<String, Object> p = new HashMap<>();
        Assessment.Budget b = r.budget();
        p.put("sid", scorecardId); p.put("month", r.month()); p.put("planned", b.planned()); p.put("paid", b.paid());
        p.put("committed", b.committed()); p.put("rate", b.ratePercent()); p.put("ratio", b.ratio());
        p.put("bl", b.light().name()); p.put("ol", r.overall().name());
        p.put("red", (int) r.count(Light.RED)); p.put("yellow", (int) r.count(Light.YELLOW));
        p.put("green", (int) r.count(Light.GREEN)); p.put("blue", (int) r.count(Light.BLUE));
        p.put("note", note); p.put("by", by);
        return p;
    }

    private static List<Map<String, Object>> entryParams(long roundId, Assessment.Result r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Assessment.Entry e : r.entries()) {
            Map<String, Object> p = new HashMap<>();
            p.put("rid", roundId); p.put("pos", e.indicator()); p.put("name", e.name()); p.put("target", e.target());
            p.put("progress", e.progress()); p.put("expected", e.expected());
            p.put("poss", e.possibility() == null ? null : e.possibility().name());
            p.put("reason", e.reason()); p.put("measure", e.measure()); p.put("ratio", e.ratio());
            p.put("light", e.light().name()); p.put("expl", e.zh()); p.put("explEn", e.en());
            out.add(p);
        }
        return out;
    }

    private void batch(String sql, List<Map<String, Object>> params) {
        for (int from = 0; from < params.size(); from += 2000) {
            List<Map<String, Object>> part = params.subList(from, Math.min(params.size(), from + 2000));
            named.batchUpdate(sql, part.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
        }
    }

    public boolean exists(long scorecardId, int month) {
        return jdbc.sql("select count(*) from monitoring_round where scorecard_id = :s and month = :m")
                .param("s", scorecardId).param("m", month).query(Long.class).single() > 0;
    }

    /** The rounds of a scorecard, latest month first, with their entries. */
    public List<Round> of(long scorecardId) {
        List<Round> heads = jdbc.sql("select * from monitoring_round where scorecard_id = :s order by month desc")
                .param("s", scorecardId).query((rs, n) -> round(rs, List.of())).list();
        if (heads.isEmpty()) return heads;
        Map<Long, List<Entry>> entries = new HashMap<>();
        jdbc.sql("select * from monitoring_entry where round_id in (:ids) order by round_id, position")
                .param("ids", heads.stream().map(Round::id).toList())
                .query(rs -> { entries.computeIfAbsent(rs.getLong("round_id"), k -> new ArrayList<>()).add(entry(rs)); });
        return heads.stream().map(h -> withEntries(h, entries.getOrDefault(h.id(), List.of()))).toList();
    }

    public Optional<Round> find(long scorecardId, long roundId) {
        return of(scorecardId).stream().filter(r -> r.id() == roundId).findFirst();
    }

    /** The latest round of a scorecard (the one with the highest month). */
    public Optional<Round> latest(long scorecardId) { return of(scorecardId).stream().findFirst(); }

    /** An approved table that is monitored, with the months of the rounds it has. */
    public record Monitored(long scorecardId, int year, String name, String unit, String region, List<Integer> months) {}

    /**
     * The approved (or published) tables of the given years in the caller's scope that are still watched: not a
     * self-evaluation, and no self-evaluation made from them yet (the year is then closed). Newest first.
     */
    public List<Monitored> monitored(String scopePattern, int fromYear, int toYear, int limit) {
        return jdbc.sql("""
                select s.id, s.year, coalesce(s.project, s.title, s.unit) as name, s.unit,
                  -- the table's own 地区, else the province its org lies in (as Monitoring.regionOf)
                  coalesce(nullif(btrim(s.region), ''), (select p.name from org p where p.level = 'PROVINCE'
                    and o.path like p.path || '%' limit 1)) as region,
                  coalesce((select array_agg(r.month order by r.month) from monitoring_round r where r.scorecard_id = s.id), '{}') as months
                from scorecard s join org o on o.id = s.org_id
                where s.status in ('APPROVED', 'PUBLISHED') and o.path like :scope and s.year between :from and :to
                  and not exists (select 1 from self_evaluation_of e where e.scorecard_id = s.id or e.target_id = s.id)
                order by s.year desc, s.id desc limit :limit""")
                .param("scope", scopePattern).param("from", fromYear).param("to", toYear).param("limit", limit)
                .query((rs, n) -> new Monitored(rs.getLong("id"), rs.getInt("year"), rs.getString("name"), rs.getString("unit"),
                        rs.getString("region"), List.of((Integer[]) rs.getArray("months").getArray())))
                .list();
    }

    /** Totals of a region (or one of its children): each scorecard's latest round, or its round of one month. */
    public record Totals(String key, long units, BigDecimal planned, BigDecimal paid, BigDecimal committed, long red,
                         long yellow, long green, long blue, long budgetRed, long budgetYellow, long budgetGreen) {}

    /**
     * The roll-up of the rounds of a fund's scorecards of one year held anywhere under the region (in the caller's
     * scope): one row for the region ("") and one per child org of the region (its id), in one query.
     *
     * @param month null: each scorecard's latest round; else the round of that month
     */
    public List<Totals> rollup(String regionPath, String scopePattern, int year, String project, Integer month) {
        String sql = """
                with chosen as (
                  select distinct on (r.scorecard_id) r.planned, r.paid, r.committed, r.red, r.yellow, r.green, r.blue,
                    r.budget_light, split_part(substr(o.path, length(:region) + 1), '/', 1) as child
                  from monitoring_round r
                  join scorecard s on s.id = r.scorecard_id
                  join org o on o.id = s.org_id
                  where s.year = :year and (cast(:project as text) is null or s.project = :project)
                    and o.path like :regionLike and o.path like :scope and o.level = 'UNIT'
                    and (cast(:month as integer) is null or r.month = :month)
                  order by r.scorecard_id, r.month desc)
                select case when grouping(child) = 1 then '' else child end as key, count(*) as units,
                  sum(planned) as planned, sum(paid) as paid, sum(committed) as committed, sum(red) as red,
                  sum(yellow) as yellow, sum(green) as green, sum(blue) as blue,
                  count(*) filter (where budget_light = 'RED') as br, count(*) filter (where budget_light = 'YELLOW') as by,
                  count(*) filter (where budget_light = 'GREEN') as bg
                from chosen group by rollup (child) order by key""";
        return jdbc.sql(sql).param("region", regionPath).param("regionLike", regionPath + "%").param("scope", scopePattern)
                .param("year", year).param("project", project).param("month", month)
                .query((rs, n) -> new Totals(rs.getString("key"), rs.getLong("units"), amount(rs.getBigDecimal("planned")),
                        rs.getBigDecimal("paid"), rs.getBigDecimal("committed"), rs.getLong("red"), rs.getLong("yellow"),
                        rs.getLong("green"), rs.getLong("blue"), rs.getLong("br"), rs.getLong("by"), rs.getLong("bg")))
                .list();
    }

    /** A unit table's chosen round for the per-indicator roll-up, with its fund (project). */
    public record Chosen(long scorecardId, String project, org.jixiao.monitoring.RegionalMonitoring.UnitRound round) {}

    /**
     * The rounds the roll-up of {@link #rollup} chooses (the same tables, the same round of each), with their entries:
     * the inputs of the per-indicator roll-up, ordered by fund and table.
     */
    public List<Chosen> chosen(String regionPath, String scopePattern, int year, String project, Integer month) {
        String sql = """
                with chosen as (
                  select distinct on (r.scorecard_id) r.id, r.scorecard_id, r.month, r.planned, r.paid, r.committed, s.project, s.unit
                  from monitoring_round r
                  join scorecard s on s.id = r.scorecard_id
                  join org o on o.id = s.org_id
                  where s.year = :year and (cast(:project as text) is null or s.project = :project)
                    and o.path like :regionLike and o.path like :scope and o.level = 'UNIT'
                    and (cast(:month as integer) is null or r.month = :month)
                  order by r.scorecard_id, r.month desc)
                select c.scorecard_id, c.month, c.planned, c.paid, c.committed, c.project, c.unit,
                  e.indicator_name, e.progress, e.expected, e.light
                from chosen c left join monitoring_entry e on e.round_id = c.id
                order by c.project, c.scorecard_id, e.position""";
        List<Chosen> out = new ArrayList<>();
        long[] current = {-1};
        List<List<org.jixiao.monitoring.RegionalMonitoring.Reported>> entries = new ArrayList<>();
        jdbc.sql(sql).param("regionLike", regionPath + "%").param("scope", scopePattern).param("year", year)
                .param("project", project).param("month", month)
                .query(rs -> {
                    long id = rs.getLong("scorecard_id");
                    if (id != current[0]) {
                        current[0] = id;
                        List<org.jixiao.monitoring.RegionalMonitoring.Reported> mine = new ArrayList<>();
                        entries.add(mine);
                        out.add(new Chosen(id, rs.getString("project"), new org.jixiao.monitoring.RegionalMonitoring.UnitRound(
                                rs.getString("unit"), rs.getInt("month"), amount(rs.getBigDecimal("planned")), rs.getBigDecimal("paid"),
                                rs.getBigDecimal("committed"), mine)));
                    }
                    String name = rs.getString("indicator_name");
                    if (name != null) {
                        entries.getLast().add(new org.jixiao.monitoring.RegionalMonitoring.Reported(name, rs.getString("progress"),
                                rs.getString("expected"), Light.valueOf(rs.getString("light"))));
                    }
                });
        return out;
    }

    private static Round withEntries(Round h, List<Entry> e) {
        return new Round(h.id(), h.scorecardId(), h.month(), h.planned(), h.paid(), h.committed(), h.ratePercent(), h.budgetRatio(),
                h.budgetLight(), h.overall(), h.red(), h.yellow(), h.green(), h.blue(), h.note(), h.recordedBy(), h.recordedAt(), e);
    }

    private static Round round(ResultSet rs, List<Entry> entries) throws SQLException {
        return new Round(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getInt("month"), amount(rs.getBigDecimal("planned")),
                rs.getBigDecimal("paid"), rs.getBigDecimal("committed"), rs.getBigDecimal("rate_percent"),
                rs.getBigDecimal("budget_ratio"), Light.valueOf(rs.getString("budget_light")), Light.valueOf(rs.getString("overall_light")),
                rs.getInt("red"), rs.getInt("yellow"), rs.getInt("green"), rs.getInt("blue"), rs.getString("note"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), entries);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getInt("position"), rs.getString("indicator_name"), rs.getString("target"), rs.getString("progress"),
                rs.getString("expected"), rs.getString("possibility"), rs.getString("reason"), rs.getString("measure"),
                rs.getBigDecimal("ratio"), Light.valueOf(rs.getString("light")),
                explanation(rs.getString("explanation"), rs.getString("explanation_en"), Light.valueOf(rs.getString("light")),
                        rs.getBigDecimal("ratio")));
    }

    /**
     * A light's reason in both languages. A row recorded before the English was kept has only the Chinese: its English is
     * said from what the row stores (the light and the progress ratio), never shown in Chinese on an English page.
     */
    static org.jixiao.scoring.Explanation explanation(String zh, String en, Light light, BigDecimal ratio) {
        if (zh == null) return null;
        if (en != null) return new org.jixiao.scoring.Explanation(zh, en);
        return new org.jixiao.scoring.Explanation(zh, light.en() + (ratio == null ? "" : ", progress " + ratio.toPlainString()
                + " % of what is due by now") + " (recorded before reasons were kept in English)");
    }
}
