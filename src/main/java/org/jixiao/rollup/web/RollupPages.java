package org.jixiao.rollup.web;

import java.util.List;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.ValidationException;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.rollup.FundWeight;
import org.jixiao.scorecard.StoredScorecard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
class RollupPages {
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
                @RequestParam(required = false) Long saved, Model model) {
        List<Org> regions = orgs.visible().stream().filter(o -> o.level() != Level.UNIT).toList();
        model.addAttribute("regions", regions);
        model.addAttribute("projects", jdbc.sql("select distinct project from scorecard where project is not null order by project")
                .query(String.class).list());
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("project", project);
        model.addAttribute("weight", weight == null ? "allocated" : weight);
        model.addAttribute("saved", saved);
        if (region != null) {
            try {
                model.addAttribute("rollup", rollups.rollup(region, year, project, RollupView.weight(weight)).view());
            } catch (ValidationException e) {
                model.addAttribute("problems", e.violations());
            } catch (RegionalRollups.NoUnitsException e) { // a region out of scope stays a 404
                model.addAttribute("notFound", e);
            }
        }
        return "rollup/index";
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
