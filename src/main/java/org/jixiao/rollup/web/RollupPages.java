package org.jixiao.rollup.web;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import java.util.List;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.FundWeight;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.StoredScorecard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roll-up page: choose a region, fund and year, see the regional budget and every regional indicator with its
 * drill-down (contributing units, their values, funds and weight shares; missing units), the region's score, and
 * save it as the region's scorecard (then exportable like any other).
 */
@Controller
@RequestMapping("/rollups")
class RollupPages implements HtmlPages {
    private final RegionalRollups rollups;
    private final Orgs orgs;
    private final JdbcClient jdbc;

    RollupPages(RegionalRollups rollups, Orgs orgs, JdbcClient jdbc) {
        this.rollups = rollups;
        this.orgs = orgs;
        this.jdbc = jdbc;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping
    String page(@RequestParam(required = false) Long region, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String project, @RequestParam(required = false) String weight,
                @RequestParam(required = false) Long saved, @RequestParam(required = false) Integer open, Model model) {
        List<Org> regions = orgs.visible().stream().filter(o -> o.level() != Level.UNIT).toList();
        model.addAttribute("regions", regions);
        // the choices are what the caller's scorecards hold: years newest first, the funds of those years
        String scope = org.jixiao.kernel.Actor.current().scope().likePattern();
        List<Integer> years = jdbc.sql("""
                select distinct s.year from scorecard s join org o on o.id = s.org_id
                where s.year is not null and o.path like :scope order by s.year desc""").param("scope", scope)
                .query(Integer.class).list();
        Integer shownYear = year != null ? year : years.isEmpty() ? null : years.get(0);
        List<String> projects = jdbc.sql("""
                select distinct s.project from scorecard s join org o on o.id = s.org_id
                where s.project is not null and o.path like :scope and s.year is not distinct from :year order by s.project""")
                .param("scope", scope).param("year", shownYear).query(String.class).list();
        model.addAttribute("years", years);
        model.addAttribute("projects", projects);
        model.addAttribute("region", region);
        model.addAttribute("year", shownYear);
        String shownProject = project != null && !project.isBlank() ? project : projects.isEmpty() ? null : projects.get(0);
        model.addAttribute("project", shownProject);
        model.addAttribute("funds", java.util.Map.of());
        model.addAttribute("open", open);
        model.addAttribute("weight", weight == null ? "allocated" : weight);
        model.addAttribute("saved", saved);
        if (region != null) {
            try {
                // a region alone rolls up the year and fund the pickers show (the latest year, its first fund)
                FundWeight w = RollupView.weight(weight);
                RollupView view = rollups.summary(region, shownYear, shownProject, w).view();
                model.addAttribute("rollup", view);
                model.addAttribute("funds", funds(view));
                // the drill-down is built for the row a person opens (without script: the link with ?open=)
                if (open != null && open >= 0 && open < view.indicators().size()) {
                    model.addAttribute("opened", RollupView.IndicatorView.of(open, rollups.drillDown(region, shownYear, shownProject, w, open)));
                }
            } catch (ValidationException e) {
                model.addAttribute("problems", e.violations());
            } catch (RegionalRollups.NoUnitsException e) { // a region out of scope stays a 404
                model.addAttribute("notFound", e);
            }
        }
        return "rollup/index";
    }

    /** Each unit's or sub-region's fund (万元) as the roll-up weighted it, as plain digits (200, never 2E+2): what the chart shows. */
    static java.util.Map<String, String> funds(RollupView view) {
        java.util.Map<String, java.math.BigDecimal> funds = new java.util.LinkedHashMap<>();
        for (var s : view.shares()) funds.merge(s.name(), s.fund(), java.math.BigDecimal::add);
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        funds.forEach((unit, fund) -> shown.put(unit, fund.stripTrailingZeros().toPlainString()));
        return shown;
    }

    /** One regional row's drill-down as an HTML fragment: what the page loads when a person opens the row. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/indicators/{position}")
    String drillDown(@PathVariable int position, @RequestParam long region, @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) String project, @RequestParam(required = false) String weight,
                     Model model) {
        model.addAttribute("i", RollupView.IndicatorView.of(position,
                rollups.drillDown(region, year, project, RollupView.weight(weight), position)));
        return "rollup/drill :: drill";
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/save")
    String save(@RequestParam long region, @RequestParam Integer year, @RequestParam String project,
                @RequestParam(required = false) String weight) {
        FundWeight w = RollupView.weight(weight);
        StoredScorecard s = rollups.save(region, year, project, w);
        return "redirect:/rollups?region=" + region + "&year=" + year + "&weight=" + RollupView.name(w) + "&saved=" + s.id()
                + "&project=" + java.net.URLEncoder.encode(project, java.nio.charset.StandardCharsets.UTF_8);
    }
}
