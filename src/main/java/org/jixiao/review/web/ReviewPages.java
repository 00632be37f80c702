package org.jixiao.review.web;

import org.jixiao.kernel.HtmlPages;
import java.util.List;
import java.util.Locale;
import org.jixiao.kernel.RefusedException;
import org.jixiao.review.store.Adjustments;
import org.jixiao.review.store.AuditLog;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.FieldLabels;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow steps as the pages take them (提交, 撤回, 审核通过, 退回, 公开, 意见), each answered by a redirect back to
 * the page it came from with a success notice or the refusal and its reasons; and the history page (操作日志). The
 * steps are the same {@link Reviews} the API takes.
 */
@Controller
@RequestMapping("/scorecards/{id}")
class ReviewPages implements HtmlPages {
    private final Scorecards scorecards;
    private final AuditLog audit;
    private final Adjustments adjustments;
    private final Reviews reviews;
    private final FieldLabels labels;

    private final org.jixiao.scorecard.store.Corrections corrections;

    ReviewPages(Scorecards scorecards, AuditLog audit, Adjustments adjustments, Reviews reviews, FieldLabels labels,
                org.jixiao.scorecard.store.Corrections corrections) {
        this.corrections = corrections;
        this.scorecards = scorecards;
        this.audit = audit;
        this.adjustments = adjustments;
        this.reviews = reviews;
        this.labels = labels;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/history")
    String history(@PathVariable long id, Model model) {
        StoredScorecard st = scorecards.require(id);
        Actor me = Actor.current();
        model.addAttribute("st", st);
        model.addAttribute("events", audit.forScorecard(id));
        model.addAttribute("adjustments", adjustments.of(id));
        model.addAttribute("mayComment", Permission.SCORECARD_COMMENT.grantedTo(me.role()));
        return "review/history";
    }

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String from, RedirectAttributes flash, Locale locale) {
        return step(id, from, "submitted", flash, locale, () -> reviews.submit(id));
    }

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String from, RedirectAttributes flash, Locale locale) {
        return step(id, from, "withdrawn", flash, locale, () -> reviews.withdraw(id));
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String from, RedirectAttributes flash, Locale locale) {
        return step(id, from, "approved", flash, locale, () -> reviews.approve(id));
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/return")
    String returnWith(@PathVariable long id, @RequestParam(required = false) String comment,
                      @RequestParam(required = false) String from, RedirectAttributes flash, Locale locale) {
        return step(id, from, "returned", flash, locale, () -> reviews.returnWith(id, comment));
    }

    @Allow(Permission.SCORECARD_PUBLISH)
    @PostMapping("/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String from, RedirectAttributes flash, Locale locale) {
        return step(id, from, "published", flash, locale, () -> reviews.publish(id));
    }

    /** 更正: a new version of a published table, opened for editing; the published one stays as it is. */
    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/correct")
    String correct(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        try {
            long created = corrections.start(id).id();
            flash.addFlashAttribute("notice", "notice.corrected");
            return "redirect:/scorecards/" + created;
        } catch (RefusedException e) {
            refuse(flash, id, FieldLabels.inLanguage(e.zh(), e.en(), locale), e.violations(), locale);
            return "redirect:/scorecards/" + id;
        }
    }

    /** A comment on the scorecard, or on one indicator ({@code indicator}: its 序号, 1-based as the page shows it). */
    @Allow(Permission.SCORECARD_COMMENT)
    @PostMapping("/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String comment,
                   @RequestParam(required = false) Integer indicator, @RequestParam(required = false) String from,
                   RedirectAttributes flash, Locale locale) {
        return step(id, from, "commented", flash, locale,
                () -> reviews.comment(id, comment, indicator == null ? null : indicator - 1));
    }

    /**
     * Runs a step; success leaves a notice (a message key: flash attributes travel in the database session, so plain
     * strings only), a refusal its reason and the problems it names, each led by the indicator's 序号 and name.
     */
    private String step(long id, String from, String done, RedirectAttributes flash, Locale locale, Runnable work) {
        try {
            work.run();
            flash.addFlashAttribute("notice", "notice." + done);
        } catch (RefusedException e) {
            refuse(flash, id, FieldLabels.inLanguage(e.zh(), e.en(), locale), e.violations(), locale);
        } catch (ValidationException e) {
            refuse(flash, id, null, e.violations(), locale);
        }
        return "redirect:/scorecards/" + id + switch (from == null ? "" : from) {
            case "evaluation" -> "/evaluation";
            case "history" -> "/history";
            default -> "";
        };
    }

    private void refuse(RedirectAttributes flash, long id, String reason, List<Violation> problems, Locale locale) {
        var s = problems.isEmpty() ? null : scorecards.find(id).map(StoredScorecard::scorecard).orElse(null);
        flash.addFlashAttribute("refused", reason == null ? "" : reason);
        flash.addFlashAttribute("refusedReasons", labels.messages(problems, s, locale));
    }
}
