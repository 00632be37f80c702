package org.jixiao.sheet;

import org.jixiao.kernel.Allow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jixiao.kernel.RefusedException;
import org.jixiao.orgs.Level;
import org.jixiao.orgs.Orgs;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.ScorecardNotFoundException;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scorecard.store.VersionConflictException;
import org.jixiao.scoring.Grade;
import org.jixiao.web.ExportLimits;
import org.jixiao.scoring.SelfEvaluation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;
import org.jixiao.kernel.HtmlPages;
import org.jixiao.web.RenderedFragments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The scorecard pages: the list (filters, paging, Excel export), one scorecard laid out like the official form with
 * in-place editing, and its self-evaluation. Every change goes through {@link Scorecards#update} with the version the
 * page was showing, so a concurrent save is detected and shown instead of overwritten.
 */
@Controller
@RequestMapping("/scorecards")
class ScorecardPages implements HtmlPages {
    private static final int PAGE_SIZE = 20;
    /** The list's Excel export: at most this many rows (grades are read from the stored evaluations). */
    private static final int GRADE_FILTER_LIMIT = 5000;
    private final Scorecards scorecards;
    private final RenderedFragments fragments;
    private final org.jixiao.evaluation.Evaluations evaluations;
    private final List<CommentSource> comments;
    private final FieldLabels labels;
    private final Orgs orgs;
    private final ExportLimits limits;

    ScorecardPages(Scorecards scorecards, RenderedFragments fragments, org.jixiao.evaluation.Evaluations evaluations,
                   List<CommentSource> comments, FieldLabels labels, Orgs orgs, ExportLimits limits) {
        this.scorecards = scorecards;
        this.fragments = fragments;
        this.evaluations = evaluations;
        this.comments = comments;
        this.labels = labels;
        this.orgs = orgs;
        this.limits = limits;
    }

    /** A comment as the page lists it: when (Beijing time), who, about what (序号 and name, or the whole table). */
    public record CommentView(String at, String actor, String about, String text, boolean returned) {}

    /** The cell being edited when the page is rendered: what the user typed, why it was refused, what others saved. */
    public record Edit(String field, String value, String error, String theirs, boolean conflict) {
        static Edit open(String field, String value) { return new Edit(field, value, null, null, false); }
    }

    // --- list ----------------------------------------------------------------------------------------

    @Allow(Permission.SCORECARD_READ)
    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                @RequestParam(required = false) String grade, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        ListQuery query = ListQuery.of(year, kind, unit, status, grade, q);
        int p = Math.max(0, page);
        List<Summaries.Row> rows;
        long total;
        Scorecards.Page result = scorecards.list(query.filter(), p, PAGE_SIZE);
        rows = Summaries.of(result.items(), evaluations);
        total = result.total();
        model.addAttribute("query", query);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("years", scorecards.years());
        model.addAttribute("units", scorecards.units());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("grades", Grade.values());
        return htmx != null && "results".equals(htmxTarget) ? "scorecard/list :: results" : "scorecard/list";
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/export.xlsx")
    DeferredResult<ResponseEntity<byte[]>> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                @RequestParam(required = false) String grade, @RequestParam(required = false) String q, Locale locale) {
        ListQuery query = ListQuery.of(year, kind, unit, status, grade, q);
        // read and written under the export limits (up to 5,000 rows); the length is sent, the page's progress bar needs it
        return limits.download(() -> new ExportLimits.File("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "scorecards.xlsx", "绩效目标表清单.xlsx", ListExport.write(matching(query), locale)));
    }

    /** Every row matching the query, scored, grade filter applied (the export and the grade-filtered list). */
    private List<Summaries.Row> matching(ListQuery query) {
        List<StoredScorecard> found = scorecards.list(query.filter(), 0, GRADE_FILTER_LIMIT).items();
        return Summaries.of(found, evaluations);
    }

    // --- one scorecard --------------------------------------------------------------------------------

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/{id}")
    void scorecard(@PathVariable long id, @RequestParam(required = false) String edit, Model model,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(id, "scorecard", edit, model, request, response);
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/{id}/evaluation")
    void evaluation(@PathVariable long id, @RequestParam(required = false) String edit, Model model,
                    HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(id, "evaluation", edit, model, request, response);
    }

    /** The sheet as saved (the editor's Cancel). */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/{id}/sheet")
    String sheet(@PathVariable long id, @RequestParam(defaultValue = "scorecard") String view, Model model) {
        return fragment(model, sheetOf(load(id)), view, null);
    }

    /** The sheet with one cell's editor open, keeping the version the page showed. */
    @Allow(Permission.SCORECARD_WRITE)
    @GetMapping("/{id}/cell")
    String editor(@PathVariable long id, @RequestParam String field, @RequestParam long version,
                  @RequestParam(defaultValue = "scorecard") String view, Model model) {
        StoredScorecard stored = load(id);
        Sheet sheet = sheetOf(stored);
        model.addAttribute("pageVersion", version);
        return fragment(model, sheet, view, open(sheet, field));
    }

    /** Checks a value as it is typed: an empty answer means it is fine. */
    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/{id}/validate")
    String validate(@PathVariable long id, @RequestParam String field, @RequestParam(defaultValue = "") String value,
                    Locale locale, Model model) {
        Scorecard s = load(id).scorecard();
        CellEdit.Result r = CellEdit.apply(s, field, value);
        model.addAttribute("violations", labels.messages(r.violations(), s, locale));
        // a target or actual that passes: its reading, and what the scorer finds about the pair (issue 11)
        boolean valueField = field.endsWith(".target") || field.endsWith(".actual");
        model.addAttribute("checks", r.checks().stream().map(f -> FieldLabels.inLanguage(f.zh(), f.en(), locale)).toList());
        model.addAttribute("reading", r.ok() && valueField && !value.isBlank()
                ? org.jixiao.measure.Reading.of(value.strip()).describe("en".equals(locale.getLanguage())) : null);
        return "scorecard/sheet :: violations";
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/{id}/cell")
    String saveCell(@PathVariable long id, @RequestParam String field, @RequestParam(defaultValue = "") String value,
                    @RequestParam long version, @RequestParam(defaultValue = "scorecard") String view, Locale locale,
                    Model model) {
        StoredScorecard stored = load(id);
        if (stored.version() != version) return conflict(model, stored, view, field, value, version);
        CellEdit.Result r = CellEdit.apply(stored.scorecard(), field, value);
        if (!r.ok()) {
            return fragment(model, sheetOf(stored), view, new Edit(field, value, message(r.violations(), stored, locale), null, false));
        }
        try {
            return fragment(model, sheetOf(scorecards.update(id, version, r.scorecard())), view, null);
        } catch (VersionConflictException e) {
            return conflict(model, e.current(), view, field, value, version);
        } catch (ValidationException e) {
            return fragment(model, sheetOf(stored), view, new Edit(field, value, message(e.violations(), stored, locale), null, false));
        } catch (RefusedException e) { // submitted or approved: locked
            return fragment(model, sheetOf(stored), view,
                    new Edit(field, value, FieldLabels.inLanguage(e.zh(), e.en(), locale), null, false));
        }
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/{id}/rows")
    String addRow(@PathVariable long id, @RequestParam(defaultValue = "-1") int after, @RequestParam long version,
                  @RequestParam(defaultValue = "scorecard") String view, Locale locale, Model model) {
        return rowChange(id, version, view, locale, model, s -> CellEdit.addRow(s, after), "indicators[" + (after + 1) + "].name");
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/{id}/rows/{index}/delete")
    String removeRow(@PathVariable long id, @PathVariable int index, @RequestParam long version,
                     @RequestParam(defaultValue = "scorecard") String view, Locale locale, Model model) {
        return rowChange(id, version, view, locale, model, s -> CellEdit.removeRow(s, index), null);
    }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/{id}/rows/{index}/move")
    String moveRow(@PathVariable long id, @PathVariable int index, @RequestParam int delta, @RequestParam long version,
                   @RequestParam(defaultValue = "scorecard") String view, Locale locale, Model model) {
        return rowChange(id, version, view, locale, model, s -> CellEdit.moveRow(s, index, Integer.signum(delta)), null);
    }

    private String rowChange(long id, long version, String view, Locale locale, Model model, UnaryOperator<Scorecard> change,
                             String thenEdit) {
        StoredScorecard stored = load(id);
        try {
            if (stored.version() != version) throw new VersionConflictException(id, version, stored);
            Sheet sheet = sheetOf(scorecards.update(id, version, change.apply(stored.scorecard())));
            return fragment(model, sheet, view, thenEdit == null ? null : open(sheet, thenEdit));
        } catch (VersionConflictException e) {
            model.addAttribute("rowConflict", true);
            return fragment(model, sheetOf(e.current()), view, null);
        } catch (ValidationException e) {
            model.addAttribute("sheetError", message(e.violations(), stored, locale));
            return fragment(model, sheetOf(stored), view, null);
        } catch (RefusedException e) {
            model.addAttribute("sheetError", FieldLabels.inLanguage(e.zh(), e.en(), locale));
            return fragment(model, sheetOf(stored), view, null);
        }
    }

    /** Someone saved first: show their version with the user's text still in the editor, ready to save over it. */
    private String conflict(Model model, StoredScorecard current, String view, String field, String value, long yours) {
        String theirs = CellEdit.current(current.scorecard(), field).orElse("");
        model.addAttribute("yourVersion", yours);
        return fragment(model, sheetOf(current), view, new Edit(field, value, null, theirs, true));
    }

    private static Edit open(Sheet sheet, String field) {
        return CellEdit.current(sheet.stored().scorecard(), field).map(v -> Edit.open(field, v)).orElse(null);
    }

    private String message(List<Violation> violations, StoredScorecard stored, Locale locale) {
        return String.join(FieldLabels.english(locale) ? "; " : "；", labels.messages(violations, stored.scorecard(), locale));
    }

    /**
     * Everything a page's content shows, beside the scorecard's own data: its cached text is kept under this key
     * (see {@link RenderedFragments}). A template that starts to show something else must add it here.
     */
    /** {@code evaluation}: the current stored evaluation's id (its outside findings can change without a new version). */
    private record PageKey(long id, Scorecards.Stamp stamp, String view, Locale locale, Role role, long lastComment,
                           long evaluation) {}

    /**
     * A whole page: the layout around the content ({@code scorecard/<view> :: content}), whose text is rendered once
     * per state of the scorecard ({@link Scorecards.Stamp}), so a page view costs one small query while nothing
     * changes. Opening an editor (no-script {@code ?edit=}) renders afresh.
     */
    private void page(long id, String view, String edit, Model model, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        Actor me = Actor.current();
        Locale locale = RequestContextUtils.getLocale(request);
        List<RenderedFragments.Fragment> parts = null;
        Scorecards.Stamp stamp = null;
        if (edit == null) stamp = scorecards.stamp(id).orElseThrow(() -> new ScorecardNotFoundException(id));
        List<CommentSource.Comment> said = new java.util.ArrayList<>(); // read after the scope check above
        for (CommentSource c : comments) said.addAll(c.comments(id));
        long lastComment = said.isEmpty() ? 0 : said.getLast().id();
        long evaluation = edit == null ? evaluations.currentId(id) : 0;
        if (edit == null) parts = fragments.find(new PageKey(id, stamp, view, locale, me.role(), lastComment, evaluation));
        if (parts == null) {
            Sheet sheet = sheetOf(load(id));
            fill(model, sheet, view, edit == null ? null : open(sheet, edit));
            model.addAttribute("maySubmit", Permission.SCORECARD_SUBMIT.grantedTo(me.role()));
            model.addAttribute("mayReview", Permission.SCORECARD_REVIEW.grantedTo(me.role()));
            model.addAttribute("mayPublish", Permission.SCORECARD_PUBLISH.grantedTo(me.role()));
            model.addAttribute("mayComment", Permission.SCORECARD_COMMENT.grantedTo(me.role()));
            model.addAttribute("comments", said.stream().map(c -> commentView(c, locale)).toList());
            PageKey key = edit == null
                    ? new PageKey(id, Scorecards.Stamp.of(sheet.stored()), view, locale, me.role(), lastComment, evaluation) : null;
            parts = fragments.render(key, List.of("scorecard/" + view + " :: pagetitle", "scorecard/" + view + " :: content"),
                    model.asMap(), request, response);
        }
        fragments.writePage("scorecard/" + view, model.asMap(), parts.get(0), parts.get(1), request, response);
    }

    private CommentView commentView(CommentSource.Comment c, Locale locale) {
        String about = c.indicator() == null ? "" : labels.indicator(c.indicator(), c.indicatorName(), locale);
        return new CommentView(Times.minute(c.at()), c.actor(), about, c.text(), c.returned());
    }

    private String fragment(Model model, Sheet sheet, String view, Edit edit) {
        // the template is one of two fixed names, never the parameter itself (?view=../login was a template path)
        if (!"scorecard".equals(view) && !"evaluation".equals(view)) {
            throw new ValidationException(java.util.List.of(new org.jixiao.kernel.Violation("view",
                    "参数 view 应为 scorecard 或 evaluation", "parameter view must be scorecard or evaluation")));
        }
        fill(model, sheet, view, edit);
        return "scorecard/" + ("evaluation".equals(view) ? "evaluation" : "scorecard") + " :: sheet";
    }

    private void fill(Model model, Sheet sheet, String view, Edit edit) {
        // 区域汇总方式 means something only on a region's table (its org is a province, city or county, not a unit)
        model.addAttribute("regional", orgs.byIdUnscoped(sheet.stored().orgId()).map(o -> o.level() != Level.UNIT).orElse(false));
        model.addAttribute("sheet", sheet);
        model.addAttribute("sc", sheet.stored().scorecard());
        model.addAttribute("view", "evaluation".equals(view) ? "evaluation" : "scorecard");
        model.addAttribute("edit", edit);
        if (!model.containsAttribute("pageVersion")) model.addAttribute("pageVersion", sheet.version());
    }

    /**
     * The sheet with the stored evaluation (issue 11: written at every save and submission with its rules id and
     * version, outside findings such as money as paid included): the page reads it, it does not score again, so a
     * newer rules file never changes what an earlier year's page shows. Only a scorecard without a stored evaluation
     * (none yet) is scored for the page.
     */
    private Sheet sheetOf(StoredScorecard stored) {
        return evaluations.currentOf(stored).map(e -> Sheet.of(stored, e.view().toSelfEvaluation())
                        .withBasis(new Sheet.Basis(e.rulesId(), e.rulesVersion(), e.createdAt(), e.reason())))
                .orElseGet(() -> {
                    SelfEvaluation now = evaluations.compute(stored.scorecard());
                    return Sheet.of(stored, now).withBasis(
                            new Sheet.Basis(now.rulesId(), evaluations.rulesVersionFor(stored.scorecard()), null, null));
                });
    }

    private StoredScorecard load(long id) {
        return scorecards.find(id).orElseThrow(() -> new ScorecardNotFoundException(id));
    }
}
