package org.jixiao.report.web;

import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import java.util.List;
import org.jixiao.report.Report;
import org.jixiao.report.ReportFiles;
import org.jixiao.report.store.Reports;
import org.jixiao.scorecard.Status;
import org.jixiao.review.ReviewState;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.HtmlPages;
import org.springframework.stereotype.Controller;
import org.jixiao.web.ExportLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 自评报告 tab of a scorecard: the report as generated with the filler's rewrites, each paragraph rewritable
 * while the unit holds the table; its .docx and PDF. Once the table is published, the report kept at publication is
 * the report, on this tab, the scorecard page and the public page.
 */
@Controller
class ReportPages implements HtmlPages {
    private final Scorecards scorecards;
    private final Reports reports;

    private final ExportLimits limits;

    ReportPages(Scorecards scorecards, Reports reports, ExportLimits limits) {
        this.scorecards = scorecards;
        this.reports = reports;
        this.limits = limits;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/scorecards/{id}/report")
    String page(@PathVariable long id, Model model) {
        StoredScorecard st = scorecards.require(id);
        model.addAttribute("st", st);
        model.addAttribute("sc", st.scorecard());
        // a published table shows the report kept at its publication, a table in work its draft
        var kept = st.status() == Status.PUBLISHED ? reports.published(id) : java.util.Optional.<Report>empty();
        model.addAttribute("report", kept.orElseGet(() -> reports.draft(st)));
        model.addAttribute("mayRewrite", Permission.SCORECARD_WRITE.grantedTo(Actor.current().role()) && rewritable(st));
        model.addAttribute("kept", kept.isPresent());
        return "report/report";
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/scorecards/{id}/report")
    String rewrite(@PathVariable long id, @RequestParam Report.Part part, @RequestParam int position,
                   @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        StoredScorecard st = scorecards.require(id);
        Report.Part p = part; // an unknown part is a 400 naming it (PageErrors), not a 500
        if (!rewritable(st)) {
            flash.addFlashAttribute("refused", "");
            flash.addFlashAttribute("refusedReasons", List.of());
            flash.addFlashAttribute("notice", "notice.reportLocked");
        } else if (reports.rewrite(st, p, position, text)) {
            flash.addFlashAttribute("notice", text.isBlank() ? "notice.reportRestored" : "notice.reportSaved");
        }
        return "redirect:/scorecards/" + id + "/report#" + part + "-" + position;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/scorecards/{id}/report.docx")
    DeferredResult<ResponseEntity<byte[]>> docx(@PathVariable long id) {
        return send(scorecards.require(id), "docx");
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/scorecards/{id}/report.pdf")
    DeferredResult<ResponseEntity<byte[]>> pdf(@PathVariable long id) {
        return send(scorecards.require(id), "pdf");
    }

    /** The report of a published table, beside it on the public page: no sign-in, published tables only. */
    @Allow(Permission.PUBLIC)
    @GetMapping("/public/{id}/report.docx")
    DeferredResult<ResponseEntity<byte[]>> publicDocx(@PathVariable long id) {
        return send(published(id), "docx");
    }

    @Allow(Permission.PUBLIC)
    @GetMapping("/public/{id}/report.pdf")
    DeferredResult<ResponseEntity<byte[]>> publicPdf(@PathVariable long id) {
        return send(published(id), "pdf");
    }

    private StoredScorecard published(long id) {
        return scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }

    /** The unit rewrites its report while it holds the table (as it edits the table itself). */
    private static boolean rewritable(StoredScorecard st) {
        return new ReviewState(st.status(), st.scorecard()).editable();
    }

    /**
     * The report's file: of a published table written from the text kept at its publication (a table published before
     * reports were kept has none, and gets the report as it stands); of any other from the draft as it stands. Written
     * under the export limits, as every document download (the public one too).
     */
    private DeferredResult<ResponseEntity<byte[]>> send(StoredScorecard st, String format) {
        boolean docx = format.equals("docx");
        Report r = (st.status() == Status.PUBLISHED ? reports.published(st.id()) : java.util.Optional.<Report>empty())
                .orElseGet(() -> reports.draft(st));
        String name = r.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + format;
        return limits.download(() -> {
            var out = new java.io.ByteArrayOutputStream(64 * 1024);
            if (docx) ReportFiles.docx(r, out); else ReportFiles.pdf(r, out);
            return new ExportLimits.File(docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    : "application/pdf", "report." + format, name, out.toByteArray());
        });
    }
}
