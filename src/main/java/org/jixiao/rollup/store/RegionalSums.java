package org.jixiao.rollup.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.kernel.Actor;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.orgs.Org;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.Names;
import org.jixiao.rollup.Rollup;
import org.jixiao.rollup.SummedRollup;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the regional roll-up (issue 14): the units' stored readings summed per regional row, so that a national
 * roll-up reads 20 × a few rows instead of 3,261 scorecards. Each query reads the unit scorecards of a fund and year
 * below the region, in the caller's scope, in the reference's order (scorecard id); a unit's row for a regional row is
 * its first row whose name matches with whitespace removed ({@link Names#WHITESPACE}). What a row reads as
 * follows {@code Rollup}'s readings: a completion % (or 达成 = 100), a measured value or bound, an event that did not occur,
 * or nothing.
 */
@Repository
public class RegionalSums {
    private final JdbcClient jdbc;

    public RegionalSums(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Joins the name keys: a whitespace character, so never part of a key. */
    private static final String SEPARATOR = "\u001f";

    /** The unit scorecards below the region in scope, with their roll-up position and fund amount Fᵢ in 万元. */
    private static final String UNITS = """
            u as (
              select s.id, s.unit, row_number() over (order by s.id) - 1 as ord,
                     case btrim(s.currency, :strip) when '元' then s.budget_planned / 10000
                       when '亿元' then s.budget_planned * 10000 else s.budget_planned end as planned,
                     case btrim(s.currency, :strip) when '元' then s.budget_executed / 10000
                       when '亿元' then s.budget_executed * 10000 else s.budget_executed end as executed,
                     case btrim(s.currency, :strip) when '元' then s.budget_initial / 10000
                       when '亿元' then s.budget_initial * 10000 else s.budget_initial end as initial
              from scorecard s join org o on o.id = s.org_id
              where s.year = :year and s.project = :project and o.level = 'UNIT' and o.path like :region
                and o.path like :scope)""";

    /**
     * The regional rows' name keys, and each unit's first row of each (the reference's first match by position), on
     * the stored key (V41: the name less {@link Names#WHITESPACE}).
     */
    private static final String ROWS = """
            t as (select * from unnest(cast(string_to_array(:positions, ',') as int[]), string_to_array(:keys, :sep)) as t(pos, key)),
            r as (
              select distinct on (i.scorecard_id, t.pos) t.pos, u.ord, u.unit as unit_name,
                     case when :executed then u.executed else u.planned end as f,
                     i.completion_percent, i.grade, i.actual_reading, i.actual_amount, i.actual_unit, i.value_kind,
                     case when i.completion_percent is not null or i.grade = 'MET' then i.actual end as actual
              from indicator i join u on u.id = i.scorecard_id join t on t.key = i.name_key
              order by i.scorecard_id, t.pos, i.position),
            c as (
              select r.*,
                case when completion_percent is not null or grade = 'MET' then 'PERCENT'
                     when grade is null and actual_reading in ('MEASURED', 'BOUND') and actual_amount is not null then 'AMOUNT'
                     when grade is null and actual_reading = 'NOT_OCCURRED' then 'NOT_OCCURRED'
                     else 'NOTHING' end as reading,
                case when completion_percent is not null then completion_percent when grade = 'MET' then 100
                     else actual_amount end as x
              from r)""";

    /**
     * Lets this transaction sort a national roll-up's 65,220 rows in memory (the default 4 MB spills them to disk);
     * only within the caller's transaction.
     */
    public void sortInMemory() {
        jdbc.sql("set local work_mem = '64MB'").update();
    }

    /** A roll-up's units and their summed budget. */
    public record Units(List<Long> ids, List<String> names, BigDecimal initial, BigDecimal planned, BigDecimal executed) {}

    public Units units(Org region, int year, String project) {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        BigDecimal[] sums = new BigDecimal[3];
        jdbc.sql("with " + UNITS + """
                 select id, unit, ord, sum(initial) over () as i, sum(planned) over () as p, sum(executed) over () as e
                 from u order by ord""").params(params(region, year, project)).query(rs -> {
            ids.add(rs.getLong("id"));
            names.add(Rollup.unitName(rs.getString("unit"), names.size()));
            sums[0] = rs.getBigDecimal("i");
            sums[1] = rs.getBigDecimal("p");
            sums[2] = rs.getBigDecimal("e");
        });
        return new Units(ids, names, sums[0], sums[1], sums[2]);
    }

    /** The units' fund sources summed by name (whitespace ignored), in first-seen order; 万元. */
    public List<SummedRollup.SourceSum> sources(Org region, int year, String project) {
        return jdbc.sql("with " + UNITS + """
                 select (array_agg(btrim(f.name, :strip) order by u.ord, f.position))[1] as name,
                   sum(case btrim(s.currency, :strip) when '元' then f.planned / 10000 when '亿元' then f.planned * 10000
                       else f.planned end) as planned,
                   sum(case btrim(s.currency, :strip) when '元' then f.executed / 10000 when '亿元' then f.executed * 10000
                       else f.executed end) as executed
                 from fund_source f join u on u.id = f.scorecard_id join scorecard s on s.id = u.id
                 group by translate(f.name, :ws, '') order by min(u.ord * 100000 + f.position)""")
                .params(params(region, year, project))
                .query((rs, n) -> new SummedRollup.SourceSum(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).list();
    }

    /** The units' rows of every regional row, summed per reading and unit symbol. */
    public List<SummedRollup.Group> groups(Org region, int year, String project, FundWeight weight, Scorecard targets) {
        Map<String, Object> p = rowParams(region, year, project, weight, targets.indicators());
        return jdbc.sql("with " + UNITS + ", " + ROWS + """
                 select pos, reading, case when reading = 'AMOUNT' then coalesce(actual_unit, '') end as unit,
                   count(*) as n, count(f) as nf, sum(f) as sf, sum(f * x) as sfx, sum(x) as sx, min(ord) as first,
                   min(ord) filter (where value_kind is not null) as kind_ord,
                   (array_agg(value_kind order by ord) filter (where value_kind is not null))[1] as kind,
                   min(actual) filter (where reading = 'PERCENT' and f is not null) as text
                 from c group by 1, 2, 3""").params(p).query((rs, n) -> new SummedRollup.Group(rs.getInt("pos"),
                SummedRollup.Reading.valueOf(rs.getString("reading")), rs.getString("unit"), rs.getLong("n"),
                rs.getLong("nf"), rs.getBigDecimal("sf"), rs.getBigDecimal("sfx"), rs.getBigDecimal("sx"),
                rs.getLong("first"), (Long) rs.getObject("kind_ord", Long.class),
                rs.getString("kind") == null ? null : ValueKind.valueOf(rs.getString("kind")), rs.getString("text"))).list();
    }

    /**
     * The {@code n} lowest values of each reading and unit symbol on the given rows (with and without a fund amount
     * apart): the lowest n of a row in its regional unit are among them, since a conversion is a positive factor.
     */
    public List<SummedRollup.Candidate> lowest(Org region, int year, String project, FundWeight weight, Scorecard targets, List<Integer> rows, int n) {
        if (rows.isEmpty()) return List.of();
        List<Indicator> only = new ArrayList<>();
        for (int i = 0; i < targets.indicators().size(); i++) only.add(rows.contains(i) ? targets.indicators().get(i) : null);
        Map<String, Object> p = rowParams(region, year, project, weight, only);
        p.put("n", n);
        return jdbc.sql("with " + UNITS + ", " + ROWS + """
                 select pos, reading, unit, ord, name, f, x from (
                   select pos, reading, coalesce(actual_unit, '') as unit, ord, unit_name as name, f, x,
                     row_number() over (partition by pos, reading, coalesce(actual_unit, ''), f is null order by x, ord) as k
                   from c where reading in ('PERCENT', 'AMOUNT')) v
                 where k <= :n""").params(p).query((rs, k) -> new SummedRollup.Candidate(rs.getInt("pos"),
                SummedRollup.Reading.valueOf(rs.getString("reading")),
                rs.getString("unit"),
                Rollup.unitName(rs.getString("name"), rs.getInt("ord")), rs.getLong("ord"), rs.getBigDecimal("f"), rs.getBigDecimal("x"))).list();
    }

    /**
     * The fund amount of each part of the region: a unit attached to the region itself, or a sub-region with all the
     * units below it (the region's direct children), named and counted.
     */
    public record Part(String name, int units, BigDecimal fund) {}

    public List<Part> parts(Org region, int year, String project, FundWeight weight) {
        return jdbc.sql("with " + UNITS + """
                 , k as (
                   select cast(split_part(substr(o.path, length(:regionPath) + 1), '/', 1) as bigint) as child, u.ord,
                          case when :executed then u.executed else u.planned end as f
                   from u join scorecard s on s.id = u.id join org o on o.id = s.org_id)
                 select c.name, count(*) as n, sum(k.f) as f from k join org c on c.id = k.child
                 group by c.id, c.name having sum(k.f) is not null order by min(k.ord)""")
                .params(params(region, year, project)).param("regionPath", region.path())
                .param("executed", weight == FundWeight.EXECUTED)
                .query((rs, n) -> new Part(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3))).list();
    }

    /**
     * Every unit with its budget and its first row of one regional row (or none): the thin scorecards the reference
     * roll-up drills down into for the row a person opens, without loading the units' other rows.
     */
    public List<Scorecard> unitsWithRow(Org region, int year, String project, Indicator row) {
        Map<String, Object> p = params(region, year, project);
        p.put("key", Names.key(row.name()));
        List<Scorecard> out = new ArrayList<>();
        jdbc.sql("with " + UNITS + """
                 select s.id, s.unit, s.currency, s.budget_initial, s.budget_planned, s.budget_executed, i.name, i.target,
                   i.actual, i.grade, i.completion_percent, i.value_kind
                 from u join scorecard s on s.id = u.id
                 left join lateral (select * from indicator i where i.scorecard_id = s.id
                   and i.name_key = :key order by i.position limit 1) i on true
                 order by u.ord""").params(p).query(rs -> {
            List<Indicator> rows = rs.getString("name") == null ? List.of() : List.of(indicator(rs));
            Budget b = new Budget(rs.getString("currency"), rs.getBigDecimal("budget_initial"),
                    rs.getBigDecimal("budget_planned"), rs.getBigDecimal("budget_executed"), null, List.<FundSource>of());
            out.add(new Scorecard(null, null, year, project, rs.getString("unit"), null, null, b, null, rows));
        });
        return out;
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        String kind = rs.getString("value_kind");
        return Indicator.builder().name(rs.getString("name")).target(rs.getString("target")).actual(rs.getString("actual"))
                .grade(grade == null ? null : QualitativeGrade.valueOf(grade))
                .completionPercent(rs.getBigDecimal("completion_percent"))
                .valueKind(kind == null ? null : ValueKind.valueOf(kind)).build();
    }

    private static Map<String, Object> params(Org region, int year, String project) {
        Map<String, Object> p = new HashMap<>();
        p.put("year", year);
        p.put("project", project);
        p.put("region", region.path() + "%");
        p.put("scope", Actor.current().scope().likePattern());
        p.put("strip", Names.STRIPPED);
        p.put("ws", Names.WHITESPACE);
        return p;
    }

    /** The regional rows to match (null entries are skipped) as parallel arrays of positions and name keys. */
    private static Map<String, Object> rowParams(Org region, int year, String project, FundWeight weight, List<Indicator> rows) {
        Map<String, Object> p = params(region, year, project);
        List<Integer> positions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) continue;
            positions.add(i);
            keys.add(Names.key(rows.get(i).name()));
        }
        // as joined text: a named parameter that is an array would be expanded into a list of values
        p.put("positions", String.join(",", positions.stream().map(String::valueOf).toList()));
        p.put("keys", String.join(SEPARATOR, keys));
        p.put("sep", SEPARATOR);
        p.put("executed", weight == FundWeight.EXECUTED);
        return p;
    }
}
