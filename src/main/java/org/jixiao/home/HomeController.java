package org.jixiao.home;

import java.util.List;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.Summaries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: one year's scorecards with status, total and grade, counts by grade, and scores by unit. */
@Controller
class HomeController {
    /** A bureau keeps a few dozen scorecards a year; more than this is a region and belongs to the list page. */
    private static final int MAX_ROWS = 500;
    private final Scorecards scorecards;
    private final org.jixiao.evaluation.Evaluations evaluations;

    HomeController(Scorecards scorecards, org.jixiao.evaluation.Evaluations evaluations) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Model model) {
        List<Integer> years = scorecards.years();
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        List<Summaries.Row> rows = Summaries.of(scorecards.list(
                new Scorecards.Filter(shown, null, null, null, null), 0, MAX_ROWS).items(), evaluations);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", Summaries.countByGrade(rows));
        model.addAttribute("chart", UnitChart.of(rows));
        return "home/index";
    }
}
