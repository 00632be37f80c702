package org.jixiao.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.evidence.store.EvidenceFiles;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.monitoring.Light;
import org.jixiao.monitoring.RoundInput;
import org.jixiao.monitoring.store.Monitoring;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.targets.store.TargetTables;
import org.jixiao.web.LocalMinutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring pages: the regional roll-up with the approved tables to monitor, and one table's rounds with the
 * form of a new round. A refused round is shown again with everything typed and every problem listed.
 */
@Controller
class MonitoringPages implements org.jixiao.kernel.HtmlPages {
    private final Monitoring monitoring;
    private final Scorecards scorecards;
    private final TargetTables tables;
    private final Orgs orgs;
    private final EvidenceFiles evidence;

    MonitoringPages(Monitoring monitoring, Scorecards scorecards, TargetTables tables, Orgs orgs, EvidenceFiles evidence) {
        this.monitoring = monitoring;
        this.scorecards = scorecards;
        this.tables = tables;
        this.orgs = orgs;
        this.evidence = evidence;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/monitoring")
    String index(@RequestParam(required = false) Long region, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) String project, @RequestParam(required = false) Integer month, Model model) {
        var regions = orgs.visible().stream().filter(o -> o.level() != Level.UNIT).toList();
        model.addAttribute("regions", regions);
        model.addAttribute("tables", tables.approved(300));
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("project", project);
        model.addAttribute("month", month);
        if (region != null && year != null) {
            model.addAttribute("rollup", monitoring.rollup(region, year, project, month));
            model.addAttribute("indicators", monitoring.indicatorRollup(region, year, project, month));
        }
        return "monitoring/index";
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/monitoring/{id}")
    String scorecard(@PathVariable long id, Model model) {
        return page(scorecards.require(id), null, List.of(), model);
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/monitoring/{id}")
    String record(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes flash) {
        StoredScorecard st = scorecards.require(id);
        List<Violation> typing = new ArrayList<>();
        List<RoundInput.Entry> entries = new ArrayList<>();
        for (int i = 0; i < st.scorecard().indicators().size(); i++) {
            String progress = p(request, "progress" + i), expected = p(request, "expected" + i), poss = p(request, "possibility" + i);
            String reason = p(request, "reason" + i), measure = p(request, "measure" + i);
            if (progress == null && expected == null && poss == null && reason == null && measure == null) continue;
            entries.add(new RoundInput.Entry(i, progress, expected, poss, reason, measure));
        }
        RoundInput in = new RoundInput(integer(p(request, "month")), decimal(p(request, "paid"), "paid", typing),
                decimal(p(request, "committed"), "committed", typing), p(request, "note"), entries);
        try {
            if (!typing.isEmpty()) throw new ValidationException(typing);
            monitoring.record(id, in);
            flash.addFlashAttribute("done", true);
            return "redirect:/monitoring/" + id;
        } catch (ValidationException e) {
            return page(st, in, e.violations(), model);
        } catch (RefusedException e) {
            return page(st, in, List.of(new Violation("round", e.zh(), e.en())), model);
        }
    }

    /** One row of the entry form: what was typed (or nothing) for indicator i. */
    record FormRow(int index, String name, String target, RoundInput.Entry typed) {}

    private String page(StoredScorecard st, RoundInput typed, List<Violation> problems, Model model) {
        var rounds = monitoring.rounds(st.id());
        List<FormRow> rows = new ArrayList<>();
        for (int i = 0; i < st.scorecard().indicators().size(); i++) {
            final int index = i;
            var r = st.scorecard().indicators().get(i);
            RoundInput.Entry e = typed == null ? null : typed.entries().stream().filter(x -> x.indicator() == index).findFirst().orElse(null);
            rows.add(new FormRow(i, r.name(), r.target(), e));
        }
        model.addAttribute("st", st);
        model.addAttribute("sc", st.scorecard());
        model.addAttribute("rounds", rounds);
        model.addAttribute("times", rounds.stream().map(r -> LocalMinutes.of(r.recordedAt())).toList());
        model.addAttribute("months", monitoring.months(st));
        model.addAttribute("paidCheck", monitoring.paidCheck(st).orElse(null));
        model.addAttribute("monitored", st.status().locked());
        // mayWrite comes with every page (security.SignedInModel)
        model.addAttribute("typed", typed);
        model.addAttribute("rows", rows);
        boolean en = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("problems", problems.stream().map(v -> en ? v.en() : v.zh()).toList()); // one language per page
        model.addAttribute("possibilities", org.jixiao.monitoring.Possibility.values());
        model.addAttribute("evidence", evidence.of(st.id()));
        return "monitoring/scorecard";
    }

    private static String p(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Integer integer(String s) {
        try { return s == null ? null : Integer.valueOf(s); } catch (NumberFormatException e) { return null; }
    }

    private static BigDecimal decimal(String s, String field, List<Violation> v) {
        if (s == null) return null;
        try { return new BigDecimal(s.replace(",", "")); } catch (NumberFormatException e) {
            v.add(Monitoring.badNumber(field));
            return null;
        }
    }
}
