package org.jixiao.rollup.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.SelfEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Comparisons over stored scorecards in the caller's scope: one indicator across orgs and years (from the readings
 * stored beside each actual), and one org's self-evaluation scores across years (its stored evaluations, each under
 * the rules it was computed with).
 */
@Service
public class Comparisons {
    private final JdbcClient jdbc;
    private final Orgs orgs;
    private final Scorecards scorecards;
    private final Evaluations evaluations;

    public Comparisons(JdbcClient jdbc, Orgs orgs, Scorecards scorecards, Evaluations evaluations) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    /**
     * The indicator (name matched with whitespace ignored, as the roll-up matches it) in every scorecard of the fund
     * (any fund when null) held by an org of the region's subtree (the caller's whole scope when null). When an org
     * has several such scorecards in a year, the first stored one is shown.
     */
    public IndicatorTable indicator(String name, String project, Long regionId) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(new Violation("name", "请指定指标名称", "the indicator name is required")));
        }
        String region = regionId == null ? Actor.current().scope().likePattern() : orgs.require(regionId).path() + "%";
        record Found(long scorecardId, int year, long orgId, String org, String actual, BigDecimal amount, String unit) {}
        List<Found> found = jdbc.sql("""
                select s.id, s.year, o.id as org_id, o.name as org_name, i.actual, i.actual_amount, i.actual_unit
                from indicator i join scorecard s on s.id = i.scorecard_id join org o on o.id = s.org_id
                where regexp_replace(i.name, '[\\s\\u3000\\u00a0]', '', 'g') = :key and s.year is not null
                  and (cast(:project as text) is null or s.project = :project)
                  and o.path like :region and o.path like :scope
                order by o.path, s.year, s.id, i.position""")
                .param("key", key(name)).param("project", project).param("region", region)
                .param("scope", Actor.current().scope().likePattern())
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getInt("year"), rs.getLong("org_id"), rs.getString("org_name"),
                        rs.getString("actual"), rs.getBigDecimal("actual_amount"), rs.getString("actual_unit")))
                .list();
        TreeSet<Integer> years = new TreeSet<>();
        found.forEach(f -> years.add(f.year()));
        List<Integer> yearList = List.copyOf(years);
        Map<Long, IndicatorTable.Cell[]> cells = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<String, Integer> unitCounts = new HashMap<>();
        for (Found f : found) {
            IndicatorTable.Cell[] row = cells.computeIfAbsent(f.orgId(), k -> new IndicatorTable.Cell[yearList.size()]);
            names.put(f.orgId(), f.org());
            int at = yearList.indexOf(f.year());
            if (row[at] != null) continue;
            BigDecimal amount = f.amount() == null ? null : f.amount().stripTrailingZeros();
            row[at] = new IndicatorTable.Cell(f.year(), f.scorecardId(), f.actual(), amount, f.unit());
            if (amount != null) unitCounts.merge(f.unit() == null ? "" : f.unit(), 1, Integer::sum);
        }
        List<IndicatorTable.Row> rows = new ArrayList<>();
        cells.forEach((org, row) -> rows.add(new IndicatorTable.Row(org, names.get(org), java.util.Arrays.asList(row))));
        String unit = unitCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new IndicatorTable(name.strip(), project, yearList, rows, unit);
    }

    /** One scored scorecard of an org. */
    public record YearScore(Integer year, long scorecardId, String project, String form, String status,
                            BigDecimal executionRatePercent, BigDecimal executionScore, BigDecimal indicatorScore,
                            BigDecimal total, String grade) {
        /** From the stored evaluation (issue 11: comparisons read the stored rows, scored under their own year's rules). */
        static YearScore of(StoredScorecard s, SelfEvaluation e) {
            return new YearScore(s.scorecard().year(), s.id(), s.scorecard().project(), s.scorecard().form(),
                    s.status().name(), e.executionRatePercent(), e.executionScore(), e.indicatorScore(), e.total(),
                    e.grade().label());
        }
    }

    public record UnitScores(long orgId, String org, List<YearScore> years) {}

    /** The org's own scorecards (of one fund when given), scored, oldest year first. */
    public UnitScores unit(long orgId, String project) {
        Org org = orgs.require(orgId);
        List<YearScore> out = scorecards.ofOrg(orgId).stream()
                .filter(s -> project == null || project.equals(s.scorecard().project()))
                .map(s -> YearScore.of(s, evaluations.shown(s))).toList();
        return new UnitScores(org.id(), org.name(), out);
    }

    /**
     * Indicator names in the caller's scope similar to the given one, whitespace ignored, most similar first: one
     * contains the other (参保率 → 基本医疗保险的参保率), or they share most of their character pairs once 的/之 are
     * set aside (参保人员对医保服务满意度 → 参保人员对医保服务的满意度). A person seldom types the exact name.
     */
    public List<String> similarNames(String name, int limit) {
        if (name == null || name.isBlank()) return List.of();
        String key = key(name);
        record Candidate(String name, double similarity, long uses) {}
        List<Candidate> found = new ArrayList<>();
        jdbc.sql("""
                select min(i.name) as name, regexp_replace(i.name, '[\\s\\u3000\\u00a0]', '', 'g') as k, count(*) as uses
                from indicator i join scorecard s on s.id = i.scorecard_id join org o on o.id = s.org_id
                where o.path like :scope and i.name is not null
                group by regexp_replace(i.name, '[\\s\\u3000\\u00a0]', '', 'g')""")
                .param("scope", Actor.current().scope().likePattern())
                .query(rs -> {
                    String k = rs.getString("k");
                    if (k.equals(key)) return;
                    double similarity = k.contains(key) || key.contains(k) ? 1.0 : pairs(plain(k), plain(key));
                    if (similarity >= SIMILAR) found.add(new Candidate(rs.getString("name"), similarity, rs.getLong("uses")));
                });
        found.sort(java.util.Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(Comparator.comparingLong(Candidate::uses).reversed())
                .thenComparingInt(c -> c.name().length()).thenComparing(Candidate::name));
        return found.stream().limit(limit).map(Candidate::name).toList();
    }

    /** The share of character pairs two names have in common (Dice) from which they count as similar. */
    static final double SIMILAR = 0.7;

    /** Dice coefficient over the character pairs of two names. */
    static double pairs(String a, String b) {
        if (a.length() < 2 || b.length() < 2) return 0;
        Map<String, Integer> left = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) left.merge(a.substring(i, i + 2), 1, Integer::sum);
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            Integer n = left.get(b.substring(i, i + 2));
            if (n != null && n > 0) { common++; left.put(b.substring(i, i + 2), n - 1); }
        }
        return 2.0 * common / ((a.length() - 1) + (b.length() - 1));
    }

    /** Without the particles that come and go between two writings of one name. */
    private static String plain(String key) { return key.replace("的", "").replace("之", ""); }

    /** The roll-up's name key: all whitespace removed (flattened tables insert spaces). */
    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
