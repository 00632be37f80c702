package org.jixiao.rollup.web;

import java.util.Comparator;
import java.util.List;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.Contribution;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.GradeExplanation;
import org.jixiao.rollup.RegionalIndicator;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.Rollup;
import org.jixiao.rollup.SummedRollup;
import org.jixiao.rollup.store.RegionalSums;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.SelfEvaluation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional roll-up over stored scorecards (RULES §2.3): a region's scorecard for a fund (project) and year
 * aggregates the scorecards of the same fund and year held by the units of its subtree. The region's targets are
 * the scorecard the region org holds itself for that fund and year (issued by the upper level, or a previous save);
 * without one, the first unit's table lends its rows (Rollup's fallback).
 */
@Service
public class RegionalRollups {
    private final Scorecards scorecards;
    private final Orgs orgs;
    private final RegionalSums sums;
    private final Evaluations evaluations;

    public RegionalRollups(Scorecards scorecards, Orgs orgs, RegionalSums sums, Evaluations evaluations) {
        this.scorecards = scorecards;
        this.orgs = orgs;
        this.sums = sums;
        this.evaluations = evaluations;
    }

    /**
     * A computed roll-up: the region, its stored targets (may be null), the result, the region's self-evaluation and
     * why it has its grade.
     */
    public record Result(Org region, StoredScorecard targets, RegionalRollup rollup, SelfEvaluation evaluation,
                         List<GradeExplanation.Line> explanation, List<GradeExplanation.Share> shares) {
        public RollupView view() { return RollupView.of(region.id(), region.name(), rollup, evaluation, explanation, shares); }

        /** The regional scorecard, filled by the region's competent department (the targets' unit, else the region). */
        public Scorecard scorecard() {
            String unit = targets != null && targets.scorecard().unit() != null ? targets.scorecard().unit() : region.name();
            return rollup.toScorecard(unit);
        }
    }

    /**
     * The roll-up as {@code GET /api/v1/rollups} and the roll-up page show it, from sums the database computes
     * (issue 14): every regional row with its counts, the budget, the score and its explanation; the per-unit lists
     * are built only for the row a person opens ({@link #drillDown}). Agrees with {@link #rollup} row by row.
     *
     * @throws org.jixiao.orgs.OrgNotFoundException when the region is outside the caller's scope
     * @throws NotFoundException when no unit of the region has a scorecard of that fund and year
     */
    @Transactional(readOnly = true)
    public Result summary(long regionId, Integer year, String project, FundWeight weight) {
        Org region = region(regionId, year, project);
        FundWeight w = weight == null ? FundWeight.ALLOCATED : weight;
        RegionalSums.Summary summed = sums.summary(region, year, project, w);
        RegionalSums.Units units = summed.units();
        if (units.ids().isEmpty()) throw new NoUnitsException(region, year, project);
        StoredScorecard targets = targets(region, year, project);
        // without regional targets the first unit's table lends its rows, as in the reference
        StoredScorecard first = targets == null || units.ids().size() == 1 ? scorecards.require(units.ids().getFirst()) : null;
        Scorecard rows = targets != null ? targets.scorecard() : first.scorecard();
        Budget budget = SummedRollup.budget(units.initial(), units.planned(), units.executed(), summed.sources());
        RegionalRollup rollup = SummedRollup.of(rows, w, units.names(), budget, summed.groups(rows));
        Scorecard regional = new Result(region, targets, rollup, null, List.of(), List.of()).scorecard();
        SelfEvaluation e = evaluations.compute(regional);
        List<Integer> lost = GradeExplanation.lostRows(e);
        List<SummedRollup.Candidate> lowest = lost.isEmpty() ? List.of()
                : sums.lowest(region, year, project, w, rows, summed, lost, GradeExplanation.UNITS_NAMED);
        List<RegionalSums.Part> parts = summed.parts();
        GradeExplanation.Detail detail = new GradeExplanation.Detail() {
            @Override public List<GradeExplanation.Share> shares() {
                return parts.stream().map(p -> new GradeExplanation.Share(p.name(), p.units(), p.fund())).toList();
            }

            @Override public List<Contribution> lowest(int row, int n) {
                return SummedRollup.lowest(rollup.indicators().get(row), lowest.stream().filter(c -> c.row() == row).toList(), n);
            }
        };
        return new Result(region, targets, rollup, e, explain(rollup, regional, e, detail, units.ids().size() == 1 ? first : null),
                detail.shares());
    }

    /**
     * The regional row at {@code position} with its drill-down (contributing units with value, fund and weight share;
     * missing units), from the reference roll-up over each unit's row of that name alone.
     */
    public RegionalIndicator drillDown(long regionId, Integer year, String project, FundWeight weight, int position) {
        Org region = region(regionId, year, project);
        StoredScorecard targets = targets(region, year, project);
        Scorecard rows;
        if (targets != null) {
            rows = targets.scorecard();
        } else {
            RegionalSums.Units units = sums.units(region, year, project);
            if (units.ids().isEmpty()) throw new NoUnitsException(region, year, project);
            rows = scorecards.require(units.ids().getFirst()).scorecard();
        }
        if (position < 0 || position >= rows.indicators().size()) {
            throw new ValidationException(List.of(new Violation("indicator", "区域目标中没有第" + (position + 1) + "项指标",
                    "the regional targets have no indicator " + (position + 1))));
        }
        Indicator row = rows.indicators().get(position);
        List<Scorecard> units = sums.unitsWithRow(region, year, project, row);
        if (units.isEmpty()) throw new NoUnitsException(region, year, project);
        Scorecard one = new Scorecard(rows.form(), rows.title(), rows.year(), rows.project(), rows.unit(),
                rows.competentDepartment(), rows.region(), rows.budget(), rows.overallGoal(), List.of(row));
        return Rollup.aggregate(units, one, weight).indicators().getFirst();
    }

    /**
     * The reference roll-up: every unit's scorecard loaded and {@link Rollup#aggregate}d, with the full drill-down
     * ({@code GET /api/v1/rollups?contributors=true}, saving, the tests' reference).
     *
     * @throws org.jixiao.orgs.OrgNotFoundException when the region is outside the caller's scope
     * @throws NotFoundException when no unit of the region has a scorecard of that fund and year
     */
    public Result rollup(long regionId, Integer year, String project, FundWeight weight) {
        Org region = region(regionId, year, project);
        List<StoredScorecard> units = scorecards.unitsOfRegion(region, year, project);
        if (units.isEmpty()) throw new NoUnitsException(region, year, project);
        StoredScorecard targets = targets(region, year, project);
        RegionalRollup rollup = Rollup.aggregate(units.stream().map(StoredScorecard::scorecard).toList(),
                targets == null ? null : targets.scorecard(), weight);
        Scorecard regional = new Result(region, targets, rollup, null, List.of(), List.of()).scorecard();
        SelfEvaluation e = evaluations.compute(regional);
        GradeExplanation.Detail detail = GradeExplanation.of(rollup);
        return new Result(region, targets, rollup, e, explain(rollup, regional, e, detail,
                units.size() == 1 ? units.getFirst() : null), detail.shares());
    }

    /**
     * The explanation, and for a region of one unit how its grade compares with the unit's own — the unit's stored
     * self-evaluation (what its pages, lists and exports show, pinned under the rules it was stored with), not a
     * score computed again; the region itself is computed now, so where the rules differ the explanation says so.
     */
    private List<GradeExplanation.Line> explain(RegionalRollup rollup, Scorecard regional, SelfEvaluation e,
                                                GradeExplanation.Detail detail, StoredScorecard onlyUnit) {
        List<GradeExplanation.Line> out = new java.util.ArrayList<>(GradeExplanation.of(rollup, e, detail));
        if (rollup.units().size() == 1 && onlyUnit != null) {
            java.util.Optional<StoredEvaluation> stored = evaluations.currentOf(onlyUnit).filter(s -> s.total() != null);
            SelfEvaluation own = stored.map(s -> s.view().toSelfEvaluation()).orElseGet(() -> evaluations.compute(onlyUnit.scorecard()));
            GradeExplanation.Rules ownRules = stored.map(s -> new GradeExplanation.Rules(s.rulesId(), s.rulesVersion()))
                    .orElse(null);
            GradeExplanation.Rules regionRules = new GradeExplanation.Rules(e.rulesId(), evaluations.rulesVersionFor(regional));
            out.addAll(GradeExplanation.comparedWithTheUnit(rollup.units().getFirst(), own, ownRules, e, regionRules));
        }
        return out;
    }

    private Org region(long regionId, Integer year, String project) {
        requireFund(year, project);
        Org region = orgs.require(regionId);
        if (region.level() == Level.UNIT) {
            throw new ValidationException(List.of(new Violation("region",
                    "「" + region.name() + "」是单位，不是区域；请选择省、市或县", region.name() + " is a unit, not a region")));
        }
        return region;
    }

    /**
     * Stores the roll-up as the region's TRANSFER scorecard: updates the one the region holds when it is still editable
     * (its rows are the targets, so they stay), creates it otherwise.
     */
    @Transactional
    public StoredScorecard save(long regionId, Integer year, String project, FundWeight weight) {
        Result r = rollup(regionId, year, project, weight);
        Scorecard regional = r.scorecard();
        if (r.targets() != null && r.targets().scorecard().kind() == Kind.TRANSFER
                && (r.targets().status() == Status.DRAFT || r.targets().status() == Status.RETURNED)) {
            return scorecards.update(r.targets().id(), r.targets().version(), regional);
        }
        return scorecards.create(regional, r.region().id(), null, null);
    }

    /** The region's own target table of the fund and year (its scorecard), or null; monitoring rolls up against it too. */
    public Scorecard regionalTargets(Org region, int year, String project) {
        StoredScorecard t = targets(region, year, project);
        return t == null ? null : t.scorecard();
    }

    private StoredScorecard targets(Org region, int year, String project) {
        return scorecards.ofOrg(region.id()).stream()
                .filter(s -> Integer.valueOf(year).equals(s.scorecard().year()) && project.equals(s.scorecard().project()))
                .min(Comparator.comparing((StoredScorecard s) -> s.scorecard().kind() == Kind.TRANSFER ? 0 : 1)
                        .thenComparing(StoredScorecard::id))
                .orElse(null);
    }

    private static void requireFund(Integer year, String project) {
        List<Violation> v = new java.util.ArrayList<>();
        if (year == null) v.add(new Violation("year", "请指定年度", "year is required"));
        if (project == null || project.isBlank()) v.add(new Violation("project", "请指定项目（资金）名称", "project (the fund) is required"));
        if (!v.isEmpty()) throw new ValidationException(v);
    }

    /** No unit of the region has a scorecard of this fund and year: nothing to roll up (404). */
    public static final class NoUnitsException extends NotFoundException {
        NoUnitsException(Org region, Integer year, String project) {
            super("「" + region.name() + "」下没有 " + year + " 年度「" + project + "」的单位自评表",
                    "no unit of " + region.name() + " has a scorecard of " + project + " for " + year);
        }
    }
}
