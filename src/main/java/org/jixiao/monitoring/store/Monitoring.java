package org.jixiao.monitoring.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.monitoring.Assessment;
import org.jixiao.monitoring.MonitoringRules;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.PaidCheck;
import org.jixiao.monitoring.RegionalMonitoring;
import org.jixiao.rollup.web.RegionalRollups;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.monitoring.RoundInput;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.kernel.RefusedException;
import org.jixiao.scorecard.ScorecardEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.kernel.Actor;
import org.jixiao.targets.YearEndCheck;
import org.jixiao.targets.store.TargetSetting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效运行监控, the steps all doors share: record a round of an approved scorecard (lights worked out by
 * {@link Assessment}, refused whole when something is missing), list the rounds, roll them up over a region, and the
 * year-end check of the reported 执行数 against the cash paid.
 */
@Service
public class Monitoring implements YearEndCheck {
    public static final String AUDIT_ACTION = "MONITORING";
    private static final EnumSet<Status> MONITORED = EnumSet.of(Status.APPROVED, Status.PUBLISHED);
    private final Scorecards scorecards;
    private final MonitoringRounds rounds;
    private final TargetSetting targets;
    private final Orgs orgs;
    private final ApplicationEventPublisher events;
    private final MonitoringRules rules = MonitoringRules.standard();
    private final RegionalRollups regionalRollups;

    public Monitoring(Scorecards scorecards, MonitoringRounds rounds, TargetSetting targets, Orgs orgs, ApplicationEventPublisher events,
                      RegionalRollups regionalRollups) {
        this.regionalRollups = regionalRollups;
        this.scorecards = scorecards;
        this.rounds = rounds;
        this.targets = targets;
        this.orgs = orgs;
        this.events = events;
    }

    public MonitoringRules rules() { return rules; }

    /** Works out the lights without keeping anything (the page's preview). */
    public Assessment.Result assess(long scorecardId, RoundInput in) {
        return Assessment.of(withRegion(scorecards.require(scorecardId)), in, rules);
    }

    /**
     * The region whose rules a table's rounds follow: the table's own 地区, else the province its org lies in (a table
     * imported without one, e.g. the demo's Dalian table: 辽宁省, monthly).
     */
    public String regionOf(StoredScorecard st) {
        String own = st.scorecard().region();
        if (own != null && !own.isBlank()) return own;
        return orgs.byIdUnscoped(st.orgId()).map(targets::province).orElse(null);
    }

    /** The cut-off months of the table's rounds ("1–m月"), by its region's rules. */
    public List<Integer> months(StoredScorecard st) { return rules.months(regionOf(st)); }

    private Scorecard withRegion(StoredScorecard st) { return st.scorecard().withRegion(regionOf(st)); }

    @Transactional
    public MonitoringRounds.Round record(long scorecardId, RoundInput in) {
        StoredScorecard st = scorecards.require(scorecardId);
        if (!MONITORED.contains(st.status())) {
            throw new RefusedException("只有已审核的绩效目标表才进行运行监控（当前「" + st.status().label() + "」）",
                    "only approved scorecards are monitored (this one is " + st.status().english() + ")");
        }
        Assessment.Result r = Assessment.of(withRegion(st), in, rules);
        if (!r.violations().isEmpty()) throw new ValidationException(r.violations());
        if (rounds.exists(scorecardId, r.month())) {
            throw new RefusedException("1–" + r.month() + "月的监控已记录", "the round of months 1–" + r.month() + " is recorded already");
        }
        long id = rounds.insert(scorecardId, r, in.note() == null || in.note().isBlank() ? null : in.note().trim());
        // kept in no language (the 操作日志 page words it in its own: sheet.FieldLabels)
        note(scorecardId, AUDIT_ACTION, "monitoring[" + r.month() + "]", null,
                "paid=" + r.budget().paid().toPlainString() + ";budget=" + r.budget().light().name()
                        + ";red=" + r.count(org.jixiao.monitoring.Light.RED));
        return rounds.find(scorecardId, id).orElseThrow();
    }

    public List<MonitoringRounds.Round> rounds(long scorecardId) {
        scorecards.require(scorecardId);
        return rounds.of(scorecardId);
    }

    public MonitoringRounds.Round round(long scorecardId, long roundId) {
        scorecards.require(scorecardId);
        return rounds.find(scorecardId, roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
    }

    /** A round as the official form (the exports draw it). */
    public org.jixiao.monitoring.MonitoringTable table(long scorecardId, long roundId) {
        StoredScorecard st = scorecards.require(scorecardId);
        MonitoringRounds.Round r = round(scorecardId, roundId);
        var lines = r.entries().stream().map(e -> new org.jixiao.monitoring.MonitoringTable.Line(e.indicator(), e.progress(),
                e.expected(), e.possibility() == null ? null : org.jixiao.monitoring.Possibility.valueOf(e.possibility()),
                e.light(), e.reason(), e.measure())).toList();
        return org.jixiao.monitoring.MonitoringTable.of(st.scorecard(), r.month(), r.paid(), r.committed(), r.ratePercent(),
                r.budgetLight(), r.note(), lines);
    }

    /**
     * The paid check of a scorecard: its own latest round, or — for a self-evaluation made from an approved target
     * table — the target table's latest round (monitoring watches the target table during the year).
     */
    public Optional<PaidCheck> paidCheck(StoredScorecard st) {
        Optional<MonitoringRounds.Round> latest = rounds.latest(st.id());
        if (latest.isEmpty()) latest = targets.targetOf(st.id()).flatMap(rounds::latest);
        return latest.map(r -> PaidCheck.of(st.scorecard().budget(), r.paid(), r.month()));
    }

    @Override
    public List<Note> notes(StoredScorecard selfEvaluation, StoredScorecard target) {
        Optional<MonitoringRounds.Round> latest = rounds.latest(selfEvaluation.id());
        if (latest.isEmpty() && target != null) latest = rounds.latest(target.id());
        return latest.map(r -> PaidCheck.of(selfEvaluation.scorecard().budget(), r.paid(), r.month()))
                .map(p -> List.of(new Note("EXECUTION_ABOVE_PAID", p.zh(), p.en()))).orElse(List.of());
    }

    /** A region's roll-up: the region's totals and one line per child org, with rates worked out from the sums. */
    public record Line(Long orgId, String name, long units, BigDecimal planned, BigDecimal paid, BigDecimal committed,
                       BigDecimal ratePercent, long red, long yellow, long green, long blue, long budgetRed,
                       long budgetYellow, long budgetGreen) {}

    public record Rollup(long regionId, String region, int year, String project, Integer month, Line total, List<Line> children) {}

    public Rollup rollup(long regionId, int year, String project, Integer month) {
        Org region = orgs.require(regionId);
        List<MonitoringRounds.Totals> t = rounds.rollup(region.path(), Actor.current().scope().likePattern(), year,
                project == null || project.isBlank() ? null : project.trim(), month);
        Map<Long, String> names = orgs.visible().stream().filter(o -> o.parentId() != null && o.parentId() == region.id())
                .collect(Collectors.toMap(Org::id, Org::name));
        Line total = null;
        List<Line> children = new java.util.ArrayList<>();
        for (MonitoringRounds.Totals x : t) {
            if (x.key().isEmpty()) {
                total = line(null, region.name(), x);
            } else {
                long id = Long.parseLong(x.key());
                children.add(line(id, names.getOrDefault(id, region.name()), x));
            }
        }
        if (total == null) total = new Line(null, region.name(), 0, null, null, null, null, 0, 0, 0, 0, 0, 0, 0);
        return new Rollup(region.id(), region.name(), year, project, month, total, children);
    }

    /** The per-indicator roll-up of a region: one part per fund (project) among the chosen rounds. */
    public record IndicatorRollup(long regionId, String region, int year, Integer month, List<RegionalMonitoring.Result> funds) {}

    public IndicatorRollup indicatorRollup(long regionId, int year, String project, Integer month) {
        return new IndicatorRollup(regionId, orgs.require(regionId).name(), year, month,
                parts(regionId, year, project, month).stream().map(Part::result).toList());
    }

    /** A fund's roll-up with the targets it was made against (the export draws the region's form from both). */
    private record Part(Scorecard targets, RegionalMonitoring.Result result) {}

    private List<Part> parts(long regionId, int year, String project, Integer month) {
        Org region = orgs.require(regionId);
        List<MonitoringRounds.Chosen> chosen = rounds.chosen(region.path(), Actor.current().scope().likePattern(), year,
                project == null || project.isBlank() ? null : project.trim(), month);
        Map<String, List<MonitoringRounds.Chosen>> byFund = new java.util.LinkedHashMap<>();
        for (MonitoringRounds.Chosen c : chosen) byFund.computeIfAbsent(String.valueOf(c.project()), k -> new java.util.ArrayList<>()).add(c);
        List<Part> out = new java.util.ArrayList<>();
        for (List<MonitoringRounds.Chosen> fund : byFund.values()) {
            String p = fund.getFirst().project();
            // the region's own table of the fund (its targets, issued from above), else the first unit's rows
            Scorecard targets = p == null ? null : regionalRollups.regionalTargets(region, year, p);
            if (targets == null) targets = scorecards.require(fund.getFirst().scorecardId()).scorecard();
            out.add(new Part(targets, RegionalMonitoring.of(p, targets, fund.stream().map(MonitoringRounds.Chosen::round).toList(), rules)));
        }
        return out;
    }

    /** The region's roll-up of one fund as the official monitoring form (xlsx, pdf). */
    public MonitoringTable regionalTable(long regionId, int year, String project, Integer month) {
        List<Part> parts = parts(regionId, year, project, month);
        if (parts.isEmpty()) {
            throw new NoRoundsException(orgs.require(regionId).name(), year);
        }
        if (parts.size() > 1) {
            throw new ValidationException(List.of(new Violation("project", "该区域有多项资金的监控记录，请指定项目（资金）名称",
                    "the region has rounds of several funds: name the project (fund)")));
        }
        return RegionalMonitoring.table(orgs.require(regionId).name(), parts.getFirst().targets(), parts.getFirst().result());
    }

    /** No round of the year in the region (in scope): nothing to export (404). */
    public static class NoRoundsException extends org.jixiao.kernel.NotFoundException {
        NoRoundsException(String region, int year) {
            super("「" + region + "」下没有 " + year + " 年度的运行监控记录", "no monitoring round of " + year + " in " + region);
        }
    }

    private static Line line(Long id, String name, MonitoringRounds.Totals x) {
        BigDecimal rate = x.planned() == null || x.planned().signum() == 0 || x.paid() == null ? null
                : x.paid().multiply(BigDecimal.valueOf(100)).divide(x.planned(), 2, RoundingMode.HALF_UP);
        return new Line(id, name, x.units(), x.planned(), x.paid(), x.committed(), rate, x.red(), x.yellow(), x.green(),
                x.blue(), x.budgetRed(), x.budgetYellow(), x.budgetGreen());
    }

    public static class RoundNotFoundException extends org.jixiao.kernel.NotFoundException {
        public RoundNotFoundException(long id) { super("监控记录 " + id + " 不存在", "monitoring round " + id + " not found"); }
    }

    /** Violation helper for the doors that parse numbers themselves. */
    public static Violation badNumber(String field) {
        return new Violation(field, "应为数字", "must be a number");
    }

    /** An entry of the scorecard's audit trail, appended in this transaction (review's AuditTrail listens). */
    private void note(long scorecardId, String action, String field, String oldValue, String newValue) {
        events.publishEvent(new ScorecardEvent.Noted(scorecardId, action, field, oldValue, newValue));
    }
}
