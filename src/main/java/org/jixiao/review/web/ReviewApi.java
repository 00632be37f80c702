package org.jixiao.review.web;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import java.util.List;
import org.jixiao.review.ReviewState;
import org.jixiao.kernel.RefusedException;
import org.jixiao.review.store.Adjustments;
import org.jixiao.review.store.AuditLog;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.sheet.ScorecardResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST door to the review workflow: 提交, 审核通过, 退回, 公开; the history (audit trail) of a scorecard, comments,
 * and target adjustments of approved scorecards. Each step asks {@link ReviewState} whether it is allowed and
 * {@link Scorecards} (which applies the org scope) to persist it.
 */
@RestController
@RequestMapping(path = "/api/v1/scorecards/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewApi {
    private final Scorecards scorecards;
    private final AuditLog audit;
    private final Adjustments adjustments;
    private final Reviews reviews;
    private final org.jixiao.scorecard.store.Corrections corrections;

    ReviewApi(Scorecards scorecards, AuditLog audit, Adjustments adjustments, Reviews reviews,
              org.jixiao.scorecard.store.Corrections corrections) {
        this.scorecards = scorecards;
        this.audit = audit;
        this.adjustments = adjustments;
        this.reviews = reviews;
        this.corrections = corrections;
    }

    record Comment(String comment) {}

    record AdjustmentRequest(Integer indicator, String target, String reason) {}

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/submit")
    public ScorecardResource submit(@PathVariable long id) { return ScorecardResource.of(reviews.submit(id)); }

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/withdraw")
    public ScorecardResource withdraw(@PathVariable long id) { return ScorecardResource.of(reviews.withdraw(id)); }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/approve")
    public ScorecardResource approve(@PathVariable long id) { return ScorecardResource.of(reviews.approve(id)); }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/return")
    public ScorecardResource returnWith(@PathVariable long id, @RequestBody(required = false) Comment body) {
        return ScorecardResource.of(reviews.returnWith(id, body == null ? null : body.comment()));
    }

    @Allow(Permission.SCORECARD_PUBLISH)
    @PostMapping("/publish")
    public ScorecardResource publish(@PathVariable long id) { return ScorecardResource.of(reviews.publish(id)); }

    /** The audit trail of one scorecard, oldest first. */
    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/history")
    public List<AuditLog.Event> history(@PathVariable long id) {
        scorecards.require(id);
        return audit.forScorecard(id);
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/comments")
    public List<AuditLog.Event> comments(@PathVariable long id) {
        scorecards.require(id);
        return audit.forScorecard(id, AuditLog.COMMENT);
    }

    @Allow(Permission.SCORECARD_COMMENT)
    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public AuditLog.Event comment(@PathVariable long id, @RequestBody(required = false) Comment body) {
        return reviews.comment(id, body == null ? null : body.comment());
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/adjustments")
    public List<Adjustments.Adjustment> adjustments(@PathVariable long id) {
        scorecards.require(id);
        return adjustments.of(id);
    }

    /** 指标调整申请: the new target of one indicator (by position) of an approved scorecard, with a reason. */
    @Allow(Permission.ADJUSTMENT_REQUEST)
    @PostMapping(path = "/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Adjustments.Adjustment requestAdjustment(@PathVariable long id, @RequestBody AdjustmentRequest body) {
        return reviews.requestAdjustment(id, body.indicator(), body.target(), body.reason());
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/adjustments/{adjustmentId}/approve")
    public Adjustments.Adjustment approveAdjustment(@PathVariable long id, @PathVariable long adjustmentId) {
        return reviews.approveAdjustment(id, adjustmentId);
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/adjustments/{adjustmentId}/reject")
    public Adjustments.Adjustment rejectAdjustment(@PathVariable long id, @PathVariable long adjustmentId) {
        return reviews.rejectAdjustment(id, adjustmentId);
    }

    /**
     * 更正: a new version of a PUBLISHED scorecard (a DRAFT with its content) to be edited, reviewed and published
     * again; the published one stays as it is. 409 when it is not published or already has a correction.
     */
    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    public ScorecardResource correct(@PathVariable long id) { return ScorecardResource.of(corrections.start(id)); }


}
