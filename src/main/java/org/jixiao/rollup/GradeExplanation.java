package org.jixiao.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.Grade;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.SelfEvaluation;

/**
 * Why a region has its grade (issue 11), in Chinese and English: which units (or sub-regions) went in with which fund
 * share, what pulled the score down — each indicator that lost points, most points first, with the units whose values
 * were lowest and the units that did not report it — and the execution rate. A region of one unit is compared with
 * that unit's own self-evaluation, row by row, so that a difference between the two grades is explained in the result.
 */
public final class GradeExplanation {
    private GradeExplanation() {}

    /** How many of the lowest units a lost row names. */
    public static final int UNITS_NAMED = 3;
    private static final int SHARES_NAMED = 10;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** One line of the explanation in both languages (a page shows the one of its language). */
    public record Line(String zh, String en) {}

    /** A unit, or a sub-region with its units, and the fund amount that weighed it (万元). */
    public record Share(String name, int units, BigDecimal fund) {}

    /** What the explanation needs beyond the regional rows: who weighed how much, and who was lowest on a row. */
    public interface Detail {
        /** The units or sub-regions with their fund amounts, any order (those without a fund amount left out). */
        List<Share> shares();

        /** The {@code n} contributors with the lowest values on row {@code row} (in the regional unit), lowest first. */
        List<Contribution> lowest(int row, int n);
    }

    /** The detail of a roll-up whose drill-down is built (the reference's result): each unit is its own share. */
    public static Detail of(RegionalRollup rollup) {
        return new Detail() {
            @Override public List<Share> shares() {
                Map<String, BigDecimal> funds = new LinkedHashMap<>();
                for (RegionalIndicator r : rollup.indicators()) {
                    for (Contribution c : r.contributors()) if (c.fund() != null) funds.putIfAbsent(c.unit(), c.fund());
                }
                return funds.entrySet().stream().map(e -> new Share(e.getKey(), 1, e.getValue())).toList();
            }

            @Override public List<Contribution> lowest(int row, int n) {
                return rollup.indicators().get(row).contributors().stream().filter(c -> c.value() != null)
                        .sorted(Comparator.comparing(Contribution::value)).limit(n).toList();
            }
        };
    }

    public static List<Line> of(RegionalRollup rollup, SelfEvaluation e) {
        return of(rollup, e, of(rollup));
    }

    public static List<Line> of(RegionalRollup rollup, SelfEvaluation e, Detail detail) {
        List<Line> out = new ArrayList<>();
        boolean executed = rollup.weight() == FundWeight.EXECUTED;
        String[] shares = shares(detail.shares());
        out.add(new Line("区域得分" + e.total().toPlainString() + "（" + e.grade().label() + "），由" + rollup.units().size()
                + "个单位的自评表汇总，按" + (executed ? "全年执行数" : "全年预算数") + "加权" + shares[0],
                "The region scores " + e.total().toPlainString() + " (" + english(e.grade()) + "), rolled up from "
                        + rollup.units().size() + " unit scorecard(s), weighted by each unit's "
                        + (executed ? "full-year execution (B)" : "full-year budget (A)") + shares[1]));
        List<IndicatorScore> lost = lost(e);
        for (IndicatorScore s : lost) {
            RegionalIndicator row = s.index() < rollup.indicators().size() ? rollup.indicators().get(s.index()) : null;
            String points = s.weight().subtract(s.score()).setScale(2, RoundingMode.HALF_UP).toPlainString();
            StringBuilder zh = new StringBuilder("「" + s.name() + "」失" + points + "分：" + s.explanation().zh());
            StringBuilder en = new StringBuilder("'" + s.name() + "' lost " + points + " point(s): scored "
                    + s.score().toPlainString() + " of " + s.weight().toPlainString() + " (" + s.explanation().en() + ")");
            if (row != null) {
                en.append("; regional value ").append(row.actualText() == null ? "none" : row.actualText())
                        .append(" against the target ").append(row.target() == null ? "none" : row.target());
                List<Contribution> lowest = row.contributorCount() == 0 ? List.of() : detail.lowest(s.index(), UNITS_NAMED);
                if (!lowest.isEmpty()) {
                    StringBuilder units = new StringBuilder();
                    for (Contribution c : lowest) {
                        units.append(units.isEmpty() ? "" : "、").append(c.unit()).append(" ")
                                .append(c.value().stripTrailingZeros().toPlainString()).append(row.unit() == null ? "" : row.unit());
                    }
                    zh.append("；数值最低的单位：").append(units);
                    en.append("; lowest units: ").append(units.toString().replace("、", ", "));
                }
                // counted, not named: a national row may miss hundreds; the row's drill-down names them
                if (row.missingCount() > 0) {
                    zh.append("；").append(row.missingCount()).append("个单位未报该指标或数值（不计为0，名单见该指标明细）");
                    en.append("; ").append(row.missingCount())
                            .append(" unit(s) did not report it or a usable value (not counted as 0; named in the row's drill-down)");
                }
            }
            out.add(new Line(zh.toString(), en.toString()));
        }
        if (e.executionScore() != null && e.executionRatePercent() != null
                && e.executionRatePercent().compareTo(HUNDRED) < 0) {
            out.add(new Line("预算执行率" + e.executionRatePercent().toPlainString() + "%：" + e.executionExplanation().zh(),
                    "Budget execution " + e.executionRatePercent().toPlainString() + " %: " + e.executionExplanation().en()));
        }
        if (lost.isEmpty() && out.size() == 1) out.add(new Line("各指标均得满分", "Every indicator scored full marks"));
        return out;
    }

    /** The rows that lost points, most points first. */
    private static List<IndicatorScore> lost(SelfEvaluation e) {
        return e.indicators().stream()
                .filter(s -> s.applicable() && s.score() != null && s.weight() != null && s.score().compareTo(s.weight()) < 0)
                .sorted(Comparator.comparing((IndicatorScore s) -> s.weight().subtract(s.score())).reversed()).toList();
    }

    /** The positions of the rows the explanation names with their lowest units (those that lost points). */
    public static List<Integer> lostRows(SelfEvaluation e) {
        return lost(e).stream().map(IndicatorScore::index).toList();
    }

    /**
     * A region of one unit against that unit's own self-evaluation: the same totals, or each row whose score differs
     * with both explanations. The two differ where the region is scored on what the upper level issued (区域绩效目标:
     * its targets and 分值) rather than the unit's table, where a regional value is rounded as published (2 dp), and
     * where a row the unit graded by hand has no completion % to roll up (部分达成 without a %, an ungraded narrative:
     * missing in the region, never counted as full marks there).
     */
    public static List<Line> comparedWithTheUnit(String unit, SelfEvaluation own, SelfEvaluation region) {
        return comparedWithTheUnit(unit, own, null, region, null);
    }

    /** The rules an evaluation was computed under: id and version (the digest of the rules file). */
    public record Rules(String id, String version) {
        String shown() { return id + "（版本 " + version + "）"; }

        String shownEn() { return id + " (version " + version + ")"; }
    }

    /**
     * The same against the unit's <b>stored</b> self-evaluation (what its pages, lists and exports show), kept under
     * {@code ownRules}, while the region is computed now under {@code regionRules}: where the two rules differ (a rules
     * file changed since the unit's result was stored, which pins it) the first line says so with both ids and
     * versions. Either may be null (unknown: nothing said about rules).
     */
    public static List<Line> comparedWithTheUnit(String unit, SelfEvaluation own, Rules ownRules, SelfEvaluation region,
                                                 Rules regionRules) {
        List<Line> out = new ArrayList<>();
        boolean otherRules = ownRules != null && regionRules != null && !ownRules.equals(regionRules);
        if (own.total().compareTo(region.total()) == 0 && own.grade() == region.grade()) {
            out.add(new Line("区域只有一个单位「" + unit + "」，区域得分与该单位自评得分相同（" + own.total().toPlainString() + "，"
                    + own.grade().label() + "）", "The region has one unit, " + unit + "; the region scores the same as the unit ("
                    + own.total().toPlainString() + ", " + english(own.grade()) + ")"));
            if (otherRules) out.add(rulesLine(ownRules, regionRules));
            return out;
        }
        if (otherRules) out.add(rulesLine(ownRules, regionRules));
        out.add(new Line("区域只有一个单位「" + unit + "」，该单位自评得分" + own.total().toPlainString() + "（" + own.grade().label()
                + "），区域得分" + region.total().toPlainString() + "（" + region.grade().label()
                + "）。区域按上级下达的区域绩效目标及其分值评分，汇总值按公布格式保留两位小数；单位人工评定但未填写完成度的定性指标在区域中缺少数值，不按满分计。逐项差异如下：",
                "The region has one unit, " + unit + ": the unit scores " + own.total().toPlainString() + " ("
                        + english(own.grade()) + "), the region " + region.total().toPlainString() + " (" + english(region.grade())
                        + "). The region is scored against the targets and weights the upper level issued, its values are"
                        + " rounded as published (2 dp), and a qualitative row graded without a completion % has no value to"
                        + " roll up (it is missing, never full marks). The rows that differ:"));
        Map<String, IndicatorScore> ownRows = new LinkedHashMap<>();
        for (IndicatorScore s : own.indicators()) ownRows.putIfAbsent(Names.key(s.name()), s);
        for (IndicatorScore r : region.indicators()) {
            IndicatorScore u = ownRows.remove(Names.key(r.name()));
            if (u == null) {
                out.add(new Line("「" + r.name() + "」只在区域目标中：区域得" + points(r) + "分",
                        "'" + r.name() + "' is only in the regional targets: the region scores " + points(r)));
            } else if (!same(u.score(), r.score()) || !same(u.weight(), r.weight())) {
                out.add(new Line("「" + r.name() + "」单位得" + points(u) + "分（" + u.explanation().zh() + "）；区域得" + points(r)
                        + "分（" + r.explanation().zh() + "）", "'" + r.name() + "': the unit scores " + points(u)
                        + " (" + u.explanation().en() + "), the region " + points(r) + " (" + r.explanation().en() + ")"));
            }
        }
        for (IndicatorScore u : ownRows.values()) {
            out.add(new Line("「" + u.name() + "」不在区域目标中（单位得" + points(u) + "分），区域不评该项",
                    "'" + u.name() + "' is not in the regional targets (the unit scores " + points(u) + "); the region does not score it"));
        }
        if (!same(own.executionScore(), region.executionScore())) {
            out.add(new Line("预算执行率得分：单位" + text(own.executionScore()) + "，区域" + text(region.executionScore()),
                    "Budget execution score: unit " + text(own.executionScore()) + ", region " + text(region.executionScore())));
        }
        return out;
    }

    private static Line rulesLine(Rules own, Rules region) {
        return new Line("单位的自评得分是保存时按评分规则" + own.shown() + "计算并存下的结果（规则更新后不变，除非明确重新评分）；区域按现行评分规则"
                + region.shown() + "计算，得分可能因此不同",
                "The unit's score is the result stored when it was saved, under the rules " + own.shownEn()
                        + " (kept when the rules change, unless re-scored explicitly); the region is computed under the rules in force, "
                        + region.shownEn() + ", so the scores may differ for that reason");
    }

    private static String points(IndicatorScore s) {
        return s.applicable() ? text(s.score()) + "/" + text(s.weight()) : "—（不适用）";
    }

    private static String text(BigDecimal x) { return x == null ? "—" : x.toPlainString(); }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String english(Grade g) {
        return switch (g) {
            case EXCELLENT -> "excellent";
            case GOOD -> "good";
            case FAIR -> "fair";
            case POOR -> "poor";
        };
    }

    /**
     * "：甲 60.00%、乙 40.00%" in both languages — each share of the weighing fund, largest first; beyond ten, the rest
     * in one sum.
     */
    private static String[] shares(List<Share> shares) {
        BigDecimal total = shares.stream().map(Share::fund).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (shares.isEmpty() || total.signum() == 0) return new String[] {"", ""};
        List<Share> sorted = shares.size() <= SHARES_NAMED ? shares
                : shares.stream().sorted(Comparator.comparing(Share::fund).reversed()).toList();
        StringBuilder zh = new StringBuilder("："), en = new StringBuilder(": ");
        BigDecimal rest = BigDecimal.ZERO;
        int restUnits = 0, restCount = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Share s = sorted.get(i);
            if (i >= SHARES_NAMED) {
                rest = rest.add(s.fund());
                restUnits += s.units();
                restCount++;
                continue;
            }
            String pct = percent(s.fund(), total);
            String units = s.units() > 1 ? "（" + s.units() + "个单位）" : "";
            zh.append(i == 0 ? "" : "、").append(s.name()).append(units).append(" ").append(pct).append("%");
            en.append(i == 0 ? "" : ", ").append(s.name()).append(s.units() > 1 ? " (" + s.units() + " units)" : "")
                    .append(" ").append(pct).append(" %");
        }
        if (restCount > 0) {
            zh.append("，其余").append(restCount).append("个（").append(restUnits).append("个单位）合计").append(percent(rest, total)).append("%");
            en.append("; the other ").append(restCount).append(" (").append(restUnits).append(" units) together ")
                    .append(percent(rest, total)).append(" %");
        }
        return new String[] {zh.toString(), en.toString()};
    }

    private static String percent(BigDecimal part, BigDecimal total) {
        return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
