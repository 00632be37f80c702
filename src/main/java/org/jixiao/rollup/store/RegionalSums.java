package org.jixiao.rollup.store;

import static org.jixiao.scorecard.store.Scorecards.amount;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of the regional roll-up (issue 14): the units' stored readings summed per regional row, so that a national
 * roll-up reads 20 × a few rows instead of 3,261 scorecards. Each query reads the unit scorecards of a fund and year
 * below the region, in the caller's scope, in the reference's order (scorecard id); a unit's row for a regional row is
 * its first row whose name matches with whitespace removed ({@link Names#WHITESPACE}). What a row reads as
 * follows {@code Rollup}'s readings: a completion % (or 达成 = 100), a measured value or bound, an event that did not occur,
 * or nothing. Budget amounts and their sums are read as the scorecard store reads them ({@code Scorecards.amount}: six
 * places kept, two at least), so a sum here prints as the reference's sum of the loaded scorecards.
 */
@Repository
public class RegionalSums {
    private final JdbcClient jdbc;

    public RegionalSums(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Joins the name keys: a whitespace character, so never part of a key. */
    private static final String SEPARATOR = "\u001f";

    /**
     * A stored amount in 万元: the scorecard's currency decides the factor. Currencies are nearly always stored as written
     * without surrounding blanks, so those are matched before {@code btrim} is paid for (2–3 ms CPU over 3,261 units).
     */
    private static String wan(String amount) {
        return "case s.currency when '万元' then " + amount + " when '元' then " + amount + " / 10000 when '亿元' then "
                + amount + " * 10000 else case btrim(s.currency, :strip) when '元' then " + amount + " / 10000 when '亿元' then "
                + amount + " * 10000 else " + amount + " end end";
    }

    /**
     * The unit scorecards below the region in scope, with their fund amount Fᵢ in 万元 (allocated or executed, as
     * :executed says) and budget. Their roll-up order is the scorecard id (the reference's order), so no rank is
     * computed: the statements return ids and the callers place them.
     */
    private static final String UNITS = """
            u as (
              select s.id, s.unit, o.path,
                     case when s.currency in ('万元', '元', '亿元') then s.currency else btrim(s.currency, :strip) end as currency,
                     %s as planned, %s as executed, %s as initial,
                     case when :executed then %s else %s end as f
              from scorecard s join org o on o.id = s.org_id
              where s.year = :year and s.project = :project and o.level = 'UNIT' and o.path like :region
                and o.path like :scope)""".formatted(wan("s.budget_planned"), wan("s.budget_executed"), wan("s.budget_initial"),
            wan("s.budget_executed"), wan("s.budget_planned"));

    /** A unit's fund amount Fᵢ in 万元 (allocated or executed, as :executed says), from its scorecard s. */
    private static final String FUND = "case when :executed then " + wan("s.budget_executed") + " else " + wan("s.budget_planned") + " end";

    /** A value kind's index in {@link ValueKind#values()}, from the stored name. */
    private static final String KIND_INDEX;
    static {
        StringBuilder b = new StringBuilder("case i.value_kind");
        for (ValueKind k : ValueKind.values()) b.append(" when '").append(k.name()).append("' then ").append(k.ordinal());
        KIND_INDEX = b.append(" end").toString();
    }

    /** A roll-up's units and their summed budget. */
    public record Units(List<Long> ids, List<String> names, BigDecimal initial, BigDecimal planned, BigDecimal executed) {}

    public Units units(Org region, int year, String project) {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        BigDecimal[] sums = new BigDecimal[3];
        jdbc.sql("with " + UNITS + """
                 select id, unit, sum(initial) over () as i, sum(planned) over () as p, sum(executed) over () as e
                 from u order by id""").params(params(region, year, project)).query(rs -> {
            ids.add(rs.getLong("id"));
            names.add(Rollup.unitName(rs.getString("unit"), names.size()));
            sums[0] = amount(rs.getBigDecimal("i"));
            sums[1] = amount(rs.getBigDecimal("p"));
            sums[2] = amount(rs.getBigDecimal("e"));
        });
        return new Units(ids, names, sums[0], sums[1], sums[2]);
    }

    /**
     * The units' rows of one name key that read alike, summed ({@link SummedRollup.Group} without its regional row:
     * the key matches the regional rows in {@link Summary#groups}); {@code firstKind} is the kind of the first unit
     * whose row states one.
     */
    public record KeyGroup(String key, SummedRollup.Reading reading, String unit, long units, long funded, BigDecimal fund,
                           BigDecimal fundTimesValue, BigDecimal value, long firstUnit, Long firstKindUnit,
                           ValueKind firstKind, String text) {}

    /** The fund amount of each part of the region: a unit attached to the region itself, or a sub-region (named, counted). */
    public record Part(String name, int units, BigDecimal fund) {}

    /**
     * Everything the roll-up page shows of a region but the lowest units of its lost rows, from one statement: the
     * units (in roll-up order) and their budget sums, the fund sources summed by name, the rows summed per name key,
     * reading and unit symbol, and the region's parts with their funds.
     */
    public record Summary(Units units, List<SummedRollup.SourceSum> sources, List<KeyGroup> keyGroups, List<Part> parts) {
        /** The groups of each regional row: those of its name key (two regional rows of one name share them). */
        public List<SummedRollup.Group> groups(Scorecard targets) {
            Map<String, List<KeyGroup>> byKey = new HashMap<>();
            for (KeyGroup g : keyGroups) byKey.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g);
            List<SummedRollup.Group> out = new ArrayList<>();
            for (int row = 0; row < targets.indicators().size(); row++) {
                for (KeyGroup g : byKey.getOrDefault(Names.key(targets.indicators().get(row).name()), List.of())) {
                    out.add(new SummedRollup.Group(row, g.reading(), g.unit(), g.units(), g.funded(), g.fund(),
                            g.fundTimesValue(), g.value(), g.firstUnit(), g.firstKindUnit(), g.firstKind(), g.text()));
                }
            }
            return out;
        }
    }

    /**
     * The roll-up's sums in one statement (one pass over the units' rows, hashed by name key, reading and unit
     * symbol). Numbers travel as text inside the JSON so that they read back as the exact decimals the database summed.
     * Each unit's rows are read with what they read as for the roll-up (V47: roll_reading, roll_unit, roll_value, kept by
     * the database), a unit's first row of a name only (V46: later rows of the same name key are marked
     * {@code repeats_name} when written), keyed by the stored name key (V41: the name less {@link Names#WHITESPACE}); the
     * key matches the regional rows in Java. "First" units are the lowest scorecard ids (the roll-up order), placed in
     * Java: ranking the units in SQL cost a sort and a window per call.
     */
    public Summary summary(Org region, int year, String project, FundWeight weight) {
        Map<String, Object> p = params(region, year, project);
        p.put("executed", weight == FundWeight.EXECUTED);
        p.put("regionPath", region.path());
        int kinds = ValueKind.values().length;
        return jdbc.sql("with " + UNITS.replace("u as (", "u as materialized (") + """
                 , g as (
                   select i.name_key as key, i.roll_reading as reading,
                     case when i.roll_reading = 'AMOUNT' then i.roll_unit end as unit,
                     count(*) as n, count(u.f) as nf, sum(u.f) as sf, sum(u.f * i.roll_value) as sfx, sum(i.roll_value) as sx,
                     min(u.id) as first,
                     -- the first unit stating a kind and its kind, as one number: id × (number of kinds) + kind's index
                     min(u.id * :kindCount + """ + KIND_INDEX + """
                 ) filter (where i.value_kind is not null) as kind,
                     min(i.actual collate "C") filter (where i.roll_reading = 'PERCENT' and u.f is not null) as text
                   from indicator i join u on u.id = i.scorecard_id
                   where not i.repeats_name
                   group by i.name_key, i.roll_reading, i.roll_unit),
                 -- fund sources: summed per name as stored (hashed), then per name less whitespace (a few rows)
                 src1 as (
                   select f.name, sum(case u.currency when '元' then f.planned / 10000 when '亿元' then f.planned * 10000
                         else f.planned end) as planned,
                     sum(case u.currency when '元' then f.executed / 10000 when '亿元' then f.executed * 10000
                         else f.executed end) as executed,
                     min(u.id * 100000 + f.position) as first
                   from fund_source f join u on u.id = f.scorecard_id
                   group by f.name),
                 src as (
                   select (array_agg(btrim(name, :strip) order by first))[1] as name, sum(planned) as planned,
                     sum(executed) as executed, min(first) as first
                   from src1 group by translate(name, :ws, '')),
                 -- the region's parts: each unit's child of the region (the next id on its path), summed, then named
                 k as (
                   select cast(split_part(substr(u.path, length(:regionPath) + 1), '/', 1) as bigint) as child,
                     count(*) as n, sum(u.f) as f, min(u.id) as first
                   from u group by 1),
                 parts as (select c.name, k.n, k.f, k.first from k join org c on c.id = k.child where k.f is not null)
                 select (select array_agg(id order by id) from u) as ids, (select array_agg(unit order by id) from u) as names,
                   (select sum(initial) from u) as initial, (select sum(planned) from u) as planned,
                   (select sum(executed) from u) as executed,
                   (select json_agg(json_build_array(key, reading, unit, n, nf, sf::text, sfx::text, sx::text, first, kind, text))
                      from g) as groups,
                   (select json_agg(json_build_array(name, planned::text, executed::text) order by first) from src) as sources,
                   (select json_agg(json_build_array(name, n, f::text) order by first) from parts) as parts""")
                .params(p).param("kindCount", kinds).query((rs, n) -> {
                    List<Long> ids = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    Map<Long, Integer> position = new HashMap<>();
                    if (rs.getArray("ids") != null) {
                        for (Object id : (Object[]) rs.getArray("ids").getArray()) {
                            position.put(((Number) id).longValue(), ids.size());
                            ids.add(((Number) id).longValue());
                        }
                        for (Object name : (Object[]) rs.getArray("names").getArray()) names.add(Rollup.unitName((String) name, names.size()));
                    }
                    Units units = new Units(ids, names, amount(rs.getBigDecimal("initial")), amount(rs.getBigDecimal("planned")),
                            amount(rs.getBigDecimal("executed")));
                    List<KeyGroup> groups = new ArrayList<>();
                    for (JsonNode g : json(rs.getString("groups"))) {
                        Long kind = g.get(9).isNull() ? null : g.get(9).asLong();
                        groups.add(new KeyGroup(g.get(0).asString(), SummedRollup.Reading.valueOf(g.get(1).asString()),
                                text(g.get(2)), g.get(3).asLong(), g.get(4).asLong(), amount(decimal(g.get(5))), decimal(g.get(6)),
                                decimal(g.get(7)), position.get(g.get(8).asLong()),
                                kind == null ? null : Long.valueOf(position.get(kind / kinds)),
                                kind == null ? null : ValueKind.values()[(int) (kind % kinds)], text(g.get(10))));
                    }
                    List<SummedRollup.SourceSum> sources = new ArrayList<>();
                    for (JsonNode f : json(rs.getString("sources"))) {
                        sources.add(new SummedRollup.SourceSum(text(f.get(0)), amount(decimal(f.get(1))), amount(decimal(f.get(2)))));
                    }
                    List<Part> parts = new ArrayList<>();
                    for (JsonNode f : json(rs.getString("parts"))) parts.add(new Part(text(f.get(0)), f.get(1).asInt(), amount(decimal(f.get(2)))));
                    return new Summary(units, sources, groups, parts);
                }).single();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return text == null ? JSON.createArrayNode() : JSON.readTree(text);
    }

    private static String text(JsonNode n) { return n == null || n.isNull() ? null : n.asString(); }

    private static BigDecimal decimal(JsonNode n) { return n == null || n.isNull() ? null : new BigDecimal(n.asString()); }

    /**
     * The {@code n} lowest values of each reading and unit symbol on the given rows (with and without a fund amount
     * apart): the lowest n of a row in its regional unit are among them, since a conversion is a positive factor. Each
     * group the summary found is read in value order from the index (V47) and stops after n units of the region.
     */
    public List<SummedRollup.Candidate> lowest(Org region, int year, String project, FundWeight weight, Scorecard targets,
                                               Summary summary, List<Integer> rows, int n) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int row : rows) positions.computeIfAbsent(Names.key(targets.indicators().get(row).name()), k -> new ArrayList<>()).add(row);
        List<String> keys = new ArrayList<>(), readings = new ArrayList<>(), units = new ArrayList<>(), unfunded = new ArrayList<>(), limits = new ArrayList<>();
        for (KeyGroup g : summary.keyGroups()) {
            if (!positions.containsKey(g.key())) continue;
            if (g.reading() != SummedRollup.Reading.PERCENT && g.reading() != SummedRollup.Reading.AMOUNT) continue;
            for (boolean none : new boolean[] {false, true}) {
                long count = none ? g.units() - g.funded() : g.funded();
                if (count == 0) continue;
                keys.add(g.key());
                readings.add(g.reading().name());
                units.add("#" + (g.unit() == null ? "" : g.unit())); // "#": string_to_array reads "" as no element
                unfunded.add(String.valueOf(none));
                limits.add(String.valueOf(Math.min(n, count)));
            }
        }
        if (keys.isEmpty()) return List.of();
        Map<Long, Integer> ord = new HashMap<>();
        for (int i = 0; i < summary.units().ids().size(); i++) ord.put(summary.units().ids().get(i), i);
        Map<String, Object> p = params(region, year, project);
        p.put("executed", weight == FundWeight.EXECUTED);
        p.put("sep", SEPARATOR);
        p.put("keys", String.join(SEPARATOR, keys));
        p.put("readings", String.join(",", readings));
        p.put("units", String.join(SEPARATOR, units));
        p.put("unfunded", String.join(",", unfunded));
        p.put("limits", String.join(",", limits));
        List<SummedRollup.Candidate> out = new ArrayList<>();
        jdbc.sql("""
                 select g.key, g.reading, g.unit, c.id, c.f, c.x
                 from unnest(string_to_array(:keys, :sep), string_to_array(:readings, ','), string_to_array(:units, :sep),
                   cast(string_to_array(:unfunded, ',') as boolean[]), cast(string_to_array(:limits, ',') as int[]))
                   as g(key, reading, unit, unfunded, n)
                 cross join lateral (
                   select s.id, i.roll_value as x, """ + FUND + " as f\n" + """
                   from indicator i join scorecard s on s.id = i.scorecard_id join org o on o.id = s.org_id
                   where i.name_key = g.key and i.roll_reading = g.reading and i.roll_unit = substr(g.unit, 2)
                     and not i.repeats_name and s.year = :year and s.project = :project and o.level = 'UNIT'
                     and o.path like :region and o.path like :scope and ((""" + FUND + ") is null) = g.unfunded\n" + """
                   order by i.roll_value, i.scorecard_id limit g.n) c""").params(p).query(rs -> {
            int position = ord.get(rs.getLong("id"));
            String reading = rs.getString("reading");
            for (int row : positions.get(rs.getString("key"))) {
                out.add(new SummedRollup.Candidate(row, SummedRollup.Reading.valueOf(reading), rs.getString("unit").substring(1),
                        summary.units().names().get(position), position, amount(rs.getBigDecimal("f")), rs.getBigDecimal("x")));
            }
        });
        return out;
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
                 order by u.id""").params(p).query(rs -> {
            List<Indicator> rows = rs.getString("name") == null ? List.of() : List.of(indicator(rs));
            Budget b = new Budget(rs.getString("currency"), amount(rs.getBigDecimal("budget_initial")),
                    amount(rs.getBigDecimal("budget_planned")), amount(rs.getBigDecimal("budget_executed")), null, List.<FundSource>of());
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
        p.put("executed", false);
        return p;
    }
}
