package org.jixiao.rollup.web;

import java.util.Comparator;
import java.util.List;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.RegionalRollup;
import org.jixiao.rollup.Rollup;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Scorer;
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

    public RegionalRollups(Scorecards scorecards, Orgs orgs) {
        this.scorecards = scorecards;
        this.orgs = orgs;
    }

    /** A computed roll-up: the region, its stored targets (may be null), the result and the region's self-evaluation. */
    public record Result(Org region, StoredScorecard targets, RegionalRollup rollup, SelfEvaluation evaluation) {
        public RollupView view() { return RollupView.of(region.id(), region.name(), rollup, evaluation); }

        /** The regional scorecard, filled by the region's competent department (the targets' unit, else the region). */
        public Scorecard scorecard() {
            String unit = targets != null && targets.scorecard().unit() != null ? targets.scorecard().unit() : region.name();
            return rollup.toScorecard(unit);
        }
    }

    /**
     * @throws org.jixiao.orgs.OrgNotFoundException when the region is outside the caller's scope
     * @throws NotFoundException when no unit of the region has a scorecard of that fund and year
     */
    public Result rollup(long regionId, Integer year, String project, FundWeight weight) {
        requireFund(year, project);
        Org region = orgs.require(regionId);
        if (region.level() == Level.UNIT) {
            throw new ValidationException(List.of(new Violation("region",
                    "「" + region.name() + "」是单位，不是区域；请选择省、市或县", region.name() + " is a unit, not a region")));
        }
        List<StoredScorecard> units = scorecards.unitsOfRegion(region, year, project);
        if (units.isEmpty()) throw new NoUnitsException(region, year, project);
        StoredScorecard targets = targets(region, year, project);
        RegionalRollup rollup = Rollup.aggregate(units.stream().map(StoredScorecard::scorecard).toList(),
                targets == null ? null : targets.scorecard(), weight);
        Result partial = new Result(region, targets, rollup, null);
        return new Result(region, targets, rollup, Scorer.evaluate(partial.scorecard()));
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
