package org.jixiao.home;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.Summaries;
import org.jixiao.kernel.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what waits for me (待办, from every {@link TodoSource}), then one year's scorecards with status,
 * total and grade, counts by grade, and scores by unit.
 */
@Controller
class HomeController implements HtmlPages {
    /** A bureau keeps a few dozen scorecards a year; more than this is a region and belongs to the list page. */
    private static final int MAX_ROWS = 500;
    private final Scorecards scorecards;
    private final org.jixiao.evaluation.Evaluations evaluations;
    private final List<TodoSource> todoSources;

    HomeController(Scorecards scorecards, org.jixiao.evaluation.Evaluations evaluations, List<TodoSource> todoSources) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
        this.todoSources = todoSources.stream().sorted(Comparator.comparingInt(TodoSource::order)).toList();
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Locale locale, Model model) {
        List<Integer> years = scorecards.years();
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        List<Summaries.Row> rows = Summaries.of(scorecards.list(
                new Scorecards.Filter(shown, null, null, null, null), 0, MAX_ROWS).items(), evaluations);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", Summaries.countByGrade(rows));
        model.addAttribute("chart", UnitChart.of(rows));
        model.addAttribute("todos", todos(Actor.current(), locale));
        return "home/index";
    }

    /** The to-dos by group heading, in the sources' order. */
    private Map<String, List<Todo>> todos(Actor actor, Locale locale) {
        Map<String, List<Todo>> groups = new LinkedHashMap<>();
        for (TodoSource source : todoSources) {
            for (Todo t : source.todos(actor, locale)) groups.computeIfAbsent(t.group(), g -> new java.util.ArrayList<>()).add(t);
        }
        return groups;
    }
}
