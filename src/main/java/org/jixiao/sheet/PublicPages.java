package org.jixiao.sheet;

import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
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
class PublicPages {
    private final Scorecards scorecards;

    PublicPages(Scorecards scorecards) { this.scorecards = scorecards; }

    @Allow(Permission.PUBLIC)
    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", scorecards.published(new Scorecards.Filter(year, null, null, null, null), Math.max(0, page), 50));
        return "public/list";
    }

    @Allow(Permission.PUBLIC)
    @GetMapping("/{id}")
    String scorecard(@PathVariable long id, Model model) {
        model.addAttribute("st", scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id)));
        return "public/scorecard";
    }
}
