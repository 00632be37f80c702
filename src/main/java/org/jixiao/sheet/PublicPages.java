package org.jixiao.sheet;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import java.util.List;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Corrections;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.evaluation.Evaluations;
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
    private final Evaluations evaluations;

    private final OfficialForm form;
    private final Corrections corrections;

    PublicPages(Scorecards scorecards, Evaluations evaluations, OfficialForm form, Corrections corrections) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
        this.form = form;
        this.corrections = corrections;
    }

    /** One published version as the page lists it: number, publication time (Beijing, to the minute). */
    record VersionView(long id, int number, String publishedAt) {}

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
        // the score as stored with the table (its rules id and version), never scored again for the page
        model.addAttribute("evaluation", st.scorecard().hasActuals() ? evaluations.shown(st) : null);
        model.addAttribute("basis", st.scorecard().hasActuals() ? evaluations.currentOf(st)
                .map(e -> new Sheet.Basis(e.rulesId(), e.rulesVersion(), e.createdAt(), e.reason())).orElse(null) : null);
        // its versions: a corrected table shows where the latest is; every version stays readable
        List<VersionView> versions = corrections.publishedVersions(id).stream()
                .map(v -> new VersionView(v.id(), v.number(), Times.minute(v.at()))).toList();
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.getLast());
        model.addAttribute("shown", versions.stream().filter(v -> v.id() == id).findFirst().orElseThrow());
        return "public/scorecard";
    }

    private StoredScorecard published(long id) {
        return scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }
}
