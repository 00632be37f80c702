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

    PublicPages(Scorecards scorecards) { this.scorecards = scorecards; }

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
        model.addAttribute("form", org.jixiao.publish.export.Exporter.formTables(st.scorecard()));
        model.addAttribute("evaluation", st.scorecard().hasActuals() ? org.jixiao.scoring.Scorer.evaluate(st.scorecard()) : null);
        return "public/scorecard";
    }

    /** The published table as a file (xlsx, pdf, html), as anyone may download it. */
    @Allow(Permission.PUBLIC)
    @GetMapping("/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        StoredScorecard st = published(id);
        var f = org.jixiao.publish.export.Format.of(format);
        var out = new java.io.ByteArrayOutputStream(64 * 1024);
        org.jixiao.publish.export.Exporter.export(st.scorecard(), f, out);
        response.setContentType(f.mediaType());
        response.setHeader("Content-Disposition", org.jixiao.web.Downloads.attachment("scorecard." + f.extension(), org.jixiao.publish.export.Exporter.fileName(st.scorecard(), f)));
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    private StoredScorecard published(long id) {
        return scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }
}
