package org.jixiao.targets.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jixiao.scoring.CategoryOrder;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.kernel.RefusedException;
import org.jixiao.scorecard.ScorecardEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.targets.AgainstTargets;
import org.jixiao.targets.IndicatorLibrary;
import org.jixiao.targets.LibraryIndicator;
import org.jixiao.targets.Rows;
import org.jixiao.targets.TargetChecks;
import org.jixiao.targets.TargetFinding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效目标申报, the steps all doors share (API, pages, command line): a new target table for a unit, fund and year —
 * from library indicators, free-hand rows and/or last year's table — rows added to a draft, the quality checks, and at
 * year end the self-evaluation made from the approved table and scored against it. Tables are stored through
 * {@link Scorecards} (org scope, audit trail); review goes through the existing workflow.
 */
@Service
public class TargetSetting {
    private final Scorecards scorecards;
    private final TargetTables tables;
    private final Orgs orgs;
    private final ApplicationEventPublisher events;
    private final IndicatorLibrary library = IndicatorLibrary.standard();
    private final TargetChecks checks = TargetChecks.standard();

    private final org.springframework.beans.factory.ObjectProvider<org.jixiao.targets.YearEndCheck> yearEndChecks;

    public TargetSetting(Scorecards scorecards, TargetTables tables, Orgs orgs, ApplicationEventPublisher events,
                         org.springframework.beans.factory.ObjectProvider<org.jixiao.targets.YearEndCheck> yearEndChecks) {
        this.yearEndChecks = yearEndChecks;
        this.scorecards = scorecards;
        this.tables = tables;
        this.orgs = orgs;
        this.events = events;
    }

    /** A free-hand row (or a library row whose target is set at once). */
    public record Row(String level1, String level2, String name, String target, String definition, BigDecimal weight) {}

    /**
     * What 新建 asks for. {@code kind}: TRANSFER (default), PROJECT or DEPARTMENT; {@code library}: ids of library
     * indicators; {@code copyLastYear}: start from the unit's table of the same fund for year − 1.
     */
    public record NewTable(Long orgId, String project, Integer year, String kind, BigDecimal planned, String goal,
                           Boolean copyLastYear, List<String> library, List<Row> indicators) {}

    @Transactional
    public StoredScorecard create(NewTable t) {
        List<Violation> v = new ArrayList<>();
        if (t.orgId() == null) v.add(new Violation("orgId", "请选择单位", "orgId is required"));
        if (blank(t.project())) v.add(new Violation("project", "项目（资金）名称不能为空", "project (fund) is required"));
        if (t.year() == null) v.add(new Violation("year", "年度不能为空", "year is required"));
        Kind kind = Kind.TRANSFER;
        if (!blank(t.kind())) {
            try { kind = Kind.valueOf(t.kind().trim()); } catch (IllegalArgumentException e) {
                v.add(new Violation("kind", "表格类型应为 TRANSFER、PROJECT 或 DEPARTMENT", "kind must be TRANSFER, PROJECT or DEPARTMENT"));
            }
        }
        List<Indicator> picked = libraryRows(t.library(), v, "library");
        List<Indicator> typed = freeHand(t.indicators(), v);
        if (!v.isEmpty()) throw new ValidationException(v);
        Org org = orgs.require(t.orgId());
        List<Indicator> rows = new ArrayList<>();
        Long copiedFrom = null;
        BigDecimal planned = t.planned();
        String goal = t.goal();
        if (Boolean.TRUE.equals(t.copyLastYear())) {
            Optional<StoredScorecard> last = lastYear(org.id(), t.project().trim(), t.year());
            if (last.isEmpty()) {
                v.add(new Violation("copyLastYear", "没有找到该单位上一年度（" + (t.year() - 1) + "）「" + t.project().trim() + "」的表",
                        "no table of this unit for " + t.project().trim() + " in " + (t.year() - 1)));
            } else {
                Scorecard ly = last.get().scorecard();
                copiedFrom = last.get().id();
                ly.indicators().forEach(r -> rows.add(Rows.copied(r)));
                if (planned == null) planned = ly.budget().planned();
                if (blank(goal) && ly.overallGoal() != null) goal = ly.overallGoal().target();
            }
        }
        rows.addAll(picked);
        rows.addAll(typed);
        if (!v.isEmpty()) throw new ValidationException(v);
        String form = switch (kind) {
            case TRANSFER -> "transfer-targets";
            case PROJECT -> "project-targets";
            case DEPARTMENT -> "department-targets";
        };
        String title = t.year() + "年度" + kind.label() + "绩效目标表";
        Budget budget = new Budget("万元", planned, planned, null, null, List.of());
        Scorecard s = new Scorecard(form, title, t.year(), t.project().trim(), org.name(), null, province(org), budget,
                new OverallGoal(blank(goal) ? null : goal, null),
                CategoryOrder.together(rows)); // each category's rows together (issue 11)
        StoredScorecard created = scorecards.create(s, org.id(), null, null);
        tables.recordPlan(created.id(), copiedFrom);
        if (copiedFrom != null) note(created.id(), "CREATE", "copiedFrom", null, String.valueOf(copiedFrom));
        return created;
    }

    /** Adds library indicators and free-hand rows to a table the unit still holds, on the version the caller saw. */
    @Transactional
    public StoredScorecard addRows(long id, long version, List<String> libraryIds, List<Row> freeHand) {
        StoredScorecard st = scorecards.require(id);
        List<Violation> v = new ArrayList<>();
        List<Indicator> rows = new ArrayList<>(st.scorecard().indicators());
        rows.addAll(libraryRows(libraryIds, v, "library"));
        rows.addAll(freeHand(freeHand, v));
        if (!v.isEmpty()) throw new ValidationException(v);
        // a new row goes after the last row of its category, not after the last category (issue 11)
        return scorecards.update(id, version, st.scorecard().withIndicators(CategoryOrder.together(rows)));
    }

    /** The quality findings of a table against the unit's table of the year before. */
    public List<TargetFinding> check(StoredScorecard st) {
        Scorecard s = st.scorecard();
        Optional<Scorecard> last = s.year() == null || s.project() == null ? Optional.empty()
                : lastYear(st.orgId(), s.project(), s.year()).map(StoredScorecard::scorecard);
        return checks.check(s, last);
    }

    public List<TargetFinding> check(long id) { return check(scorecards.require(id)); }

    /** Whether this scorecard is a target table (made here, or of a *-targets form). */
    public boolean isTargetTable(StoredScorecard st) {
        return (st.scorecard().form() != null && st.scorecard().form().endsWith("-targets")) || tables.isPlan(st.id());
    }

    /** The same org's table of the same fund for the year before; the latest one if there are several. */
    public Optional<StoredScorecard> lastYear(long orgId, String project, int year) {
        return scorecards.ofOrg(orgId).stream()
                .filter(x -> x.scorecard().year() != null && x.scorecard().year() == year - 1 && project.equals(x.scorecard().project()))
                .max(Comparator.comparing(StoredScorecard::id));
    }

    /**
     * At year end: the self-evaluation table made from an approved target table (its current, possibly adjusted,
     * targets; no results yet), held by the same org. One per target table.
     */
    @Transactional
    public StoredScorecard startSelfEvaluation(long targetId) {
        StoredScorecard target = scorecards.require(targetId);
        if (target.status() != Status.APPROVED && target.status() != Status.PUBLISHED) {
            throw new RefusedException("目标表须先审核通过，才能开始年终自评（当前「" + target.status().label() + "」）",
                    "the target table must be approved before the self-evaluation starts (now " + target.status() + ")");
        }
        Optional<Long> existing = tables.selfEvaluationOf(targetId);
        if (existing.isPresent()) {
            throw new RefusedException("该目标表的年终自评表已创建（编号 " + existing.get() + "）",
                    "the self-evaluation of this target table exists already (id " + existing.get() + ")");
        }
        Scorecard t = target.scorecard();
        String form = switch (t.kind()) {
            case TRANSFER -> "transfer-self-evaluation";
            case PROJECT -> "project-self-evaluation";
            case DEPARTMENT -> "department-self-evaluation";
        };
        String title = t.year() + "年度" + t.kind().label() + "绩效自评表";
        Scorecard s = new Scorecard(form, title, t.year(), t.project(), t.unit(), t.competentDepartment(), t.region(),
                new Budget(t.budget().currency(), t.budget().initial(), t.budget().planned(), null, null, t.budget().sources()),
                t.overallGoal(), t.indicators().stream().map(Rows::copied).toList());
        StoredScorecard created = scorecards.create(s, target.orgId(), null, null);
        tables.link(created.id(), targetId);
        note(created.id(), "CREATE", "targetTable", null, String.valueOf(targetId));
        return created;
    }

    /** A self-evaluation with the approved table it is scored against. */
    public record YearEnd(StoredScorecard target, StoredScorecard selfEvaluation, AgainstTargets.Result scored) {}

    /** What the year-end pages, API and command line show: the score against the approved targets and the notes. */
    public record YearEndView(long targetId, long selfEvaluationId, org.jixiao.scoring.EvaluationView evaluation,
                              List<AgainstTargets.Difference> changedTargets, List<String> notInTargets,
                              List<org.jixiao.targets.YearEndCheck.Note> notes) {}

    public Optional<YearEndView> yearEndView(long targetId) {
        return yearEnd(targetId).map(y -> {
            StoredScorecard se = y.selfEvaluation();
            var notes = yearEndChecks.orderedStream().flatMap(c -> c.notes(se, y.target()).stream()).toList();
            return new YearEndView(targetId, se.id(), org.jixiao.scoring.EvaluationView.of(se.id(),
                    org.jixiao.scoring.Scorer.evaluate(y.scored().scored())), y.scored().differences(), y.scored().notInTargets(), notes);
        });
    }

    /** The year-end self-evaluation of a target table, scored against the approved targets. */
    public Optional<YearEnd> yearEnd(long targetId) {
        StoredScorecard target = scorecards.require(targetId);
        return tables.selfEvaluationOf(targetId).flatMap(scorecards::find)
                .map(se -> new YearEnd(target, se, AgainstTargets.apply(se.scorecard(), target.scorecard())));
    }

    /** For a self-evaluation scorecard: the approved target table it belongs to, if it was made from one. */
    public Optional<Long> targetOf(long selfEvaluationId) { return tables.targetOf(selfEvaluationId); }

    private List<Indicator> libraryRows(List<String> ids, List<Violation> v, String field) {
        List<Indicator> rows = new ArrayList<>();
        if (ids == null) return rows;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Optional<LibraryIndicator> e = id == null ? Optional.empty() : library.find(id.trim());
            if (e.isEmpty()) {
                v.add(new Violation(field + "[" + i + "]", "指标库中没有「" + id + "」", "no library indicator " + id));
            } else {
                rows.add(Rows.fromLibrary(e.get()));
            }
        }
        return rows;
    }

    private static List<Indicator> freeHand(List<Row> rows, List<Violation> v) {
        List<Indicator> out = new ArrayList<>();
        if (rows == null) return out;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r == null || blank(r.name())) {
                v.add(new Violation("indicators[" + i + "].name", "三级指标名称不能为空", "indicator name is required"));
                continue;
            }
            out.add(Rows.row(trim(r.level1()), trim(r.level2()), r.name().trim(), trim(r.target()), trim(r.definition()), r.weight()));
        }
        return out;
    }

    /** The province an org lies in (the scoring and monitoring rules are per region); null at national level. */
    public String province(Org org) {
        for (Org o = org; o != null; o = o.parentId() == null ? null : orgs.byIdUnscoped(o.parentId()).orElse(null)) {
            if (o.level() == Level.PROVINCE) return o.name();
        }
        return null;
    }

    private static String trim(String s) { return blank(s) ? null : s.trim(); }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** An entry of the scorecard's audit trail, appended in this transaction (review's AuditTrail listens). */
    private void note(long scorecardId, String action, String field, String oldValue, String newValue) {
        events.publishEvent(new ScorecardEvent.Noted(scorecardId, action, field, oldValue, newValue));
    }
}
