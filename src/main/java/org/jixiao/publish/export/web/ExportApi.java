package org.jixiao.publish.export.web;

import java.io.ByteArrayOutputStream;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.store.AuditLog;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.web.ExportLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * {@code GET /api/v1/scorecards/{id}/export?format=xlsx|pdf|html}: any stored scorecard in scope, a unit's or a
 * region's, as the official form, as a download named after the table (UTF-8 filename*, and scorecard-ID-YEAR.EXT
 * for clients that read only the ASCII filename).
 */
@RestController
class ExportApi {
    private final Scorecards scorecards;
    private final AuditLog audit;
    private final ExportLimits limits;
    private final Evaluations evaluations;

    ExportApi(Scorecards scorecards, AuditLog audit, ExportLimits limits, Evaluations evaluations) {
        this.scorecards = scorecards;
        this.audit = audit;
        this.limits = limits;
        this.evaluations = evaluations;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/api/v1/scorecards/{id}/export")
    DeferredResult<ResponseEntity<byte[]>> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        Format f = Format.of(format);
        Scorecard found = scorecards.find(id).orElseThrow(() -> new ScorecardNotFoundException(id)).scorecard();
        Scorecard s = Evaluations.scored(found, evaluations.current(id).orElse(null)); // the computed 得分, as stored
        var stamp = audit.head().stamp(); // the trail's head, printed on the document
        String ascii = "scorecard-" + id + (s.year() == null ? "" : "-" + s.year()) + "." + f.extension();
        // asynchronous: Tomcat's request worker is free while the export waits for its slot and runs (ExportLimits)
        return limits.download(() -> {
            ByteArrayOutputStream o = new ByteArrayOutputStream(256 * 1024);
            Exporter.export(s, f, o, stamp);
            return new ExportLimits.File(f.mediaType(), ascii, Exporter.fileName(s, f), o.toByteArray());
        });
    }
}
