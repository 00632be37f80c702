package org.jixiao.targets.web;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Orgs;
import org.jixiao.review.store.Adjustments;
import org.jixiao.review.web.Reviews;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.targets.IndicatorLibrary;
import org.jixiao.targets.store.TargetSetting;
import org.jixiao.targets.store.TargetTables;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The target setting pages: the list with 新建, one target table (its rows, the quality checks, the library search
 * and a free-hand row, submission), the year-end self-evaluation scored against the approved targets, and the page
 * of target adjustments. Each step is the same {@link TargetSetting} / {@link Reviews} call the API makes.
 */
@Controller
class TargetPages implements org.jixiao.kernel.HtmlPages {
    private final TargetSetting targets;
    private final TargetTables tables;
    private final Scorecards scorecards;
    private final Orgs orgs;
    private final Reviews reviews;
    private final Adjustments adjustments;
    private final org.jixiao.evidence.store.EvidenceFiles evidence;

    TargetPages(TargetSetting targets, TargetTables tables, Scorecards scorecards, Orgs orgs, Reviews reviews,
                Adjustments adjustments,
                org.jixiao.evidence.store.EvidenceFiles evidence) {
        this.evidence = evidence;
        this.targets = targets;
        this.tables = tables;
        this.scorecards = scorecards;
        this.orgs = orgs;
        this.reviews = reviews;
        this.adjustments = adjustments;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/targets")
    String list(Model model) {
        model.addAttribute("tables", tables.list(300));
        model.addAttribute("units", orgs.visible().stream().filter(o -> o.level() == Level.UNIT).toList());
        model.addAttribute("mayWrite", may(Permission.SCORECARD_WRITE));
        model.addAttribute("year", java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() + 1);
        return "targets/list";
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/targets")
    String create(@RequestParam(required = false) Long orgId, @RequestParam(required = false) String project,
                  @RequestParam(required = false) String year, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String planned, @RequestParam(required = false) String goal,
                  @RequestParam(required = false) Boolean copyLastYear, RedirectAttributes flash) {
        try {
            StoredScorecard st = targets.create(new TargetSetting.NewTable(orgId, project, integer(year, "year"), kind,
                    decimal(planned, "planned"), goal, copyLastYear, List.of(), List.of()));
            return "redirect:/targets/" + st.id();
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", lines(e.violations()));
            return "redirect:/targets";
        }
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/targets/{id}")
    String table(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) String set,
                 Model model) {
        StoredScorecard st = scorecards.require(id);
        model.addAttribute("st", st);
        model.addAttribute("sc", st.scorecard());
        model.addAttribute("findings", targets.check(st));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("set", set == null ? "" : set);
        model.addAttribute("sets", IndicatorLibrary.SETS);
        model.addAttribute("results", IndicatorLibrary.standard().search(q, set));
        model.addAttribute("editable", st.status().editable());
        model.addAttribute("approved", st.status().locked());
        model.addAttribute("selfEvaluation", tables.selfEvaluationOf(id).orElse(null));
        model.addAttribute("mayWrite", may(Permission.SCORECARD_WRITE));
        model.addAttribute("maySubmit", may(Permission.SCORECARD_SUBMIT));
        model.addAttribute("mayReview", may(Permission.SCORECARD_REVIEW));
        model.addAttribute("evidence", evidence.of(id));
        model.addAttribute("noRounds", List.of());
        return "targets/table";
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/targets/{id}/indicators")
    String addRows(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) List<String> library,
                   @RequestParam(required = false) String level1, @RequestParam(required = false) String level2,
                   @RequestParam(required = false) String name, @RequestParam(required = false) String target,
                   @RequestParam(required = false) String definition, RedirectAttributes flash) {
        List<TargetSetting.Row> typed = name == null && target == null ? List.of()
                : List.of(new TargetSetting.Row(level1, level2, name, target, definition, null));
        return step(flash, "/targets/" + id, () -> targets.addRows(id, version, library, typed));
    }

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/targets/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        return step(flash, "/targets/" + id, () -> reviews.submit(id));
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/targets/{id}/self-evaluation")
    String startSelfEvaluation(@PathVariable long id, RedirectAttributes flash) {
        try {
            targets.startSelfEvaluation(id);
            return "redirect:/targets/" + id + "/self-evaluation";
        } catch (RefusedException e) {
            refuse(flash, e.zh(), e.en(), e.violations());
            return "redirect:/targets/" + id;
        }
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/targets/{id}/self-evaluation")
    String yearEnd(@PathVariable long id, Model model) {
        TargetSetting.YearEndView view = targets.yearEndView(id).orElseThrow(() -> new TargetApi.NoSelfEvaluation(id));
        model.addAttribute("st", scorecards.require(id));
        model.addAttribute("se", scorecards.require(view.selfEvaluationId()));
        model.addAttribute("view", view);
        return "targets/self-evaluation";
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/targets/{id}/adjustments")
    String adjustments(@PathVariable long id, Model model) {
        StoredScorecard st = scorecards.require(id);
        model.addAttribute("st", st);
        model.addAttribute("sc", st.scorecard());
        model.addAttribute("adjustments", adjustments.of(id).stream().map(a -> new AdjustmentLine(a,
                org.jixiao.web.LocalMinutes.of(a.requestedAt()))).toList());
        model.addAttribute("approved", st.status().locked());
        model.addAttribute("mayRequest", may(Permission.ADJUSTMENT_REQUEST));
        model.addAttribute("mayReview", may(Permission.SCORECARD_REVIEW));
        return "targets/adjustments";
    }

    record AdjustmentLine(Adjustments.Adjustment a, String at) {}

    @Allow(Permission.ADJUSTMENT_REQUEST)
    @PostMapping("/targets/{id}/adjustments")
    String requestAdjustment(@PathVariable long id, @RequestParam(required = false) Integer indicator,
                             @RequestParam(required = false) String target, @RequestParam(required = false) String reason,
                             RedirectAttributes flash) {
        return step(flash, "/targets/" + id + "/adjustments", () -> reviews.requestAdjustment(id, indicator, target, reason));
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/targets/{id}/adjustments/{adjustmentId}/approve")
    String approveAdjustment(@PathVariable long id, @PathVariable long adjustmentId, RedirectAttributes flash) {
        return step(flash, "/targets/" + id + "/adjustments", () -> reviews.approveAdjustment(id, adjustmentId));
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/targets/{id}/adjustments/{adjustmentId}/reject")
    String rejectAdjustment(@PathVariable long id, @PathVariable long adjustmentId, RedirectAttributes flash) {
        return step(flash, "/targets/" + id + "/adjustments", () -> reviews.rejectAdjustment(id, adjustmentId));
    }

    /** Runs a step and comes back to the page; a refusal or bad input is shown there (flash: plain strings only). */
    private static String step(RedirectAttributes flash, String back, Runnable work) {
        try {
            work.run();
            flash.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            refuse(flash, "数据有误", "invalid input", e.violations());
        } catch (RefusedException e) {
            refuse(flash, e.zh(), e.en(), e.violations());
        }
        return "redirect:" + back;
    }

    private static void refuse(RedirectAttributes flash, String zh, String en, List<Violation> v) {
        flash.addFlashAttribute("refusedZh", zh);
        flash.addFlashAttribute("refusedEn", en);
        flash.addFlashAttribute("problems", lines(v));
    }

    /** The problems in the page's language only. */
    static List<String> lines(List<Violation> v) {
        boolean en = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return v.stream().map(x -> en ? x.en() : x.zh()).toList();
    }

    private static boolean may(Permission p) {
        Actor me = Actor.current();
        return me.role() != null && p.grantedTo(me.role());
    }

    private static Integer integer(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try { return Integer.valueOf(s.trim()); } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new Violation(field, "应为整数", "must be a whole number")));
        }
    }

    static BigDecimal decimal(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try { return new BigDecimal(s.trim()); } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new Violation(field, "应为数字", "must be a number")));
        }
    }

    static Status status(String s) { return Status.valueOf(s); }
}
