package org.jixiao.review.web;

import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.review.store.Adjustments;
import org.jixiao.review.store.AuditLog;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history page of a scorecard (操作日志: every change, who, when, from where) with the workflow buttons the
 * signed-in role may use. The steps are the same {@link Reviews} the API takes.
 */
@Controller
@RequestMapping("/scorecards/{id}")
class ReviewPages {
    private final Scorecards scorecards;
    private final AuditLog audit;
    private final Adjustments adjustments;
    private final Reviews reviews;

    ReviewPages(Scorecards scorecards, AuditLog audit, Adjustments adjustments, Reviews reviews) {
        this.scorecards = scorecards;
        this.audit = audit;
        this.adjustments = adjustments;
        this.reviews = reviews;
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/history")
    String history(@PathVariable long id, Model model) {
        StoredScorecard st = scorecards.require(id);
        Actor me = Actor.current();
        model.addAttribute("st", st);
        model.addAttribute("events", audit.forScorecard(id));
        model.addAttribute("adjustments", adjustments.of(id));
        model.addAttribute("maySubmit", Permission.SCORECARD_SUBMIT.grantedTo(me.role()));
        model.addAttribute("mayReview", Permission.SCORECARD_REVIEW.grantedTo(me.role()));
        model.addAttribute("mayPublish", Permission.SCORECARD_PUBLISH.grantedTo(me.role()));
        model.addAttribute("mayComment", Permission.SCORECARD_COMMENT.grantedTo(me.role()));
        return "review/history";
    }

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) { return step(id, flash, () -> reviews.submit(id)); }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) { return step(id, flash, () -> reviews.approve(id)); }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/return")
    String returnWith(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes flash) {
        return step(id, flash, () -> reviews.returnWith(id, comment));
    }

    @Allow(Permission.SCORECARD_PUBLISH)
    @PostMapping("/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) { return step(id, flash, () -> reviews.publish(id)); }

    @Allow(Permission.SCORECARD_COMMENT)
    @PostMapping("/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes flash) {
        try {
            reviews.comment(id, comment);
        } catch (ValidationException e) {
            refuse(flash, new RefusedException("意见不能为空", "comment is required"));
        }
        return "redirect:/scorecards/" + id + "/history";
    }

    /** Flash attributes travel in the (database) session: plain strings only. */
    private static void refuse(RedirectAttributes flash, RefusedException e) {
        flash.addFlashAttribute("refusedZh", e.zh());
        flash.addFlashAttribute("refusedEn", e.en());
        flash.addFlashAttribute("refusedReasons", e.violations().stream().map(v -> v.field() + "：" + v.zh()).toList());
    }

    /** Runs a step; a refusal is shown on the page (with its reasons) instead of an error page. */
    private String step(long id, RedirectAttributes flash, Runnable work) {
        try {
            work.run();
        } catch (RefusedException e) {
            refuse(flash, e);
        }
        return "redirect:/scorecards/" + id + "/history";
    }
}
