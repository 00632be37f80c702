package org.jixiao.publish.export.web;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.ListQuery;
import org.jixiao.sheet.OfficialForm;
import org.jixiao.sheet.Summaries;
import org.jixiao.web.ExportLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The pages' downloads of the official form: the filtered list as one zip, a published table for anyone, and the
 * form's tables for the public page ({@link OfficialForm}).
 */
@Controller
class Exports implements HtmlPages, OfficialForm {
    /** A batch export is rendered while the browser waits: more tables than this must be filtered first. */
    static final int ZIP_LIMIT = 300;
    private final Scorecards scorecards;
    private final org.jixiao.evaluation.Evaluations evaluations;

    private final ExportLimits limits;

    Exports(Scorecards scorecards, org.jixiao.evaluation.Evaluations evaluations, ExportLimits limits) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
        this.limits = limits;
    }

    @Override
    public String tables(Scorecard s) { return Exporter.formTables(s); }

    /**
     * The filtered list as one zip: each table as the official form in the chosen format (pdf, xlsx or html). Written
     * under the export limits (one batch is one export: its slot, its time limit) and sent when complete.
     */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/scorecards/export.zip")
    DeferredResult<ResponseEntity<byte[]>> zip(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
             @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
             @RequestParam(required = false) String grade, @RequestParam(required = false) String q,
             @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        ListQuery query = ListQuery.of(year, kind, unit, status, grade, q);
        List<Summaries.Row> rows = Summaries.of(scorecards.list(query.filter(), 0, ZIP_LIMIT + 1).items(), evaluations).stream()
                .filter(r -> query.grade() == null || r.grade() == query.grade()).toList();
        if (rows.size() > ZIP_LIMIT) {
            throw new ValidationException(List.of(new Violation("filter",
                    "符合条件的表超过 " + ZIP_LIMIT + " 张，一次最多打包 " + ZIP_LIMIT + " 张，请先缩小筛选范围",
                    "more than " + ZIP_LIMIT + " tables match; at most " + ZIP_LIMIT + " go into one zip, narrow the filter first")));
        }
        return limits.download(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Set<String> names = new HashSet<>();
            try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
                for (Summaries.Row r : rows) {
                    if (Thread.interrupted()) throw new InterruptedException(); // stopped at the time limit
                    Scorecard s = scorecards.require(r.id()).scorecard();
                    String name = Exporter.fileName(s, f);
                    if (!names.add(name)) name = r.id() + "-" + name; // two tables of one unit, year and fund
                    zip.putNextEntry(new ZipEntry(name));
                    Exporter.export(s, f, zip);
                    zip.closeEntry();
                }
            }
            return new ExportLimits.File("application/zip", "scorecards.zip", "绩效目标表-" + f.extension() + ".zip", out.toByteArray());
        });
    }

    /**
     * A published table as a file (xlsx, pdf, html), as anyone may download it: with the 得分 of its stored evaluation
     * (as the signed-in download), under the same export limits — anonymous callers cannot run more at once.
     */
    @Allow(Permission.PUBLIC)
    @GetMapping("/public/{id}/export")
    DeferredResult<ResponseEntity<byte[]>> published(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        StoredScorecard st = scorecards.findPublished(id).orElseThrow(() -> new ScorecardNotFoundException(id));
        Format f = Format.of(format);
        Scorecard s = org.jixiao.evaluation.Evaluations.scored(st.scorecard(), evaluations.current(id).orElse(null));
        String ascii = "scorecard-" + id + (s.year() == null ? "" : "-" + s.year()) + "." + f.extension();
        return limits.download(() -> {
            var out = new ByteArrayOutputStream(64 * 1024);
            Exporter.export(s, f, out);
            return new ExportLimits.File(f.mediaType(), ascii, Exporter.fileName(s, f), out.toByteArray());
        });
    }
}
