package org.jixiao.sheet;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开: the public pages, open to anyone, showing PUBLISHED scorecards only. */
@Controller
@RequestMapping("/public")
class PublicPages implements HtmlPages {
    private final Scorecards scorecards;

    private final OfficialForm form;

    PublicPages(Scorecards scorecards, OfficialForm form) {
        this.scorecards = scorecards;
        this.form = form;
    }

    @Allow(Permission.PUBLIC)
    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", scorecards.published(new Scorecards.Filter(year, null, null, null, null), Math.max(0, page), 50));
        return "public/list";
    }

    /** One published table in the official layout (budget, goal, indicators), with its score, grade and downloads. */
    @Allow(Permission.PUBLIC)
    @GetMapping("/{id}")
    String scorecard(@PathVariable long id, Model model) {
        StoredScorecard st = published(id);
        model.addAttribute("st", st);
        model.addAttribute("form", form.tables(st.scorecard()));
        model.addAttribute("evaluation", st.scorecard().hasActuals() ? org.jixiao.scoring.Scorer.evaluate(st.scorecard()) : null);
        return "public/scorecard";
    }

    private StoredScorecard published(long id) {
        return scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }
}
