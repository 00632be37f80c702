package org.jixiao.rollup.compare;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import org.jixiao.orgs.Orgs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The comparison page: one indicator by unit and year (table and chart), and one unit's scores by year. */
@Controller
class ComparisonPages implements HtmlPages {
    private final Comparisons comparisons;
    private final Orgs orgs;

    ComparisonPages(Comparisons comparisons, Orgs orgs) {
        this.comparisons = comparisons;
        this.orgs = orgs;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/comparisons")
    String page(@RequestParam(required = false) String name, @RequestParam(required = false) String project,
                @RequestParam(required = false) Long region, @RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("project", project == null || project.isBlank() ? null : project);
        model.addAttribute("region", region);
        model.addAttribute("orgs", orgs.visible());
        if (name != null && !name.isBlank()) {
            IndicatorTable table = comparisons.indicator(name, model.getAttribute("project") == null ? null : project, region);
            model.addAttribute("table", table);
            model.addAttribute("chart", ComparisonChart.svg(table));
            model.addAttribute("similar", comparisons.similarNames(name, 12));
        }
        if (unit != null) model.addAttribute("scores", comparisons.unit(unit, null));
        return "compare/index";
    }
}
