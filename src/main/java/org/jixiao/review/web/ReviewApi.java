package org.jixiao.review.web;

import java.util.List;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.review.ReviewState;
import org.jixiao.review.store.Adjustments;
import org.jixiao.review.store.AuditLog;
import org.jixiao.scorecard.StoredScorecard;
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

    ReviewApi(Scorecards scorecards, AuditLog audit, Adjustments adjustments, Reviews reviews) {
        this.scorecards = scorecards;
        this.audit = audit;
        this.adjustments = adjustments;
        this.reviews = reviews;
    }

    record Comment(String comment) {}

    record AdjustmentRequest(Integer indicator, String target, String reason) {}

    @Allow(Permission.SCORECARD_SUBMIT)
    @PostMapping("/submit")
    public ScorecardResource submit(@PathVariable long id) { return ScorecardResource.of(reviews.submit(id)); }

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
    @Transactional
    public Adjustments.Adjustment requestAdjustment(@PathVariable long id, @RequestBody AdjustmentRequest body) {
        StoredScorecard st = scorecards.require(id);
        state(st).requireAdjustable();
        int rows = st.scorecard().indicators().size();
        List<Violation> v = new java.util.ArrayList<>();
        if (body.indicator() == null || body.indicator() < 0 || body.indicator() >= rows) {
            v.add(new Violation("indicator", "指标序号应在 0 到 " + (rows - 1) + " 之间", "indicator must be between 0 and " + (rows - 1)));
        }
        if (body.target() == null || body.target().isBlank()) v.add(new Violation("target", "调整后指标值不能为空", "target is required"));
        if (body.reason() == null || body.reason().isBlank()) v.add(new Violation("reason", "调整理由不能为空", "reason is required"));
        if (!v.isEmpty()) throw new ValidationException(v);
        var row = st.scorecard().indicators().get(body.indicator());
        Adjustments.Adjustment a = adjustments.request(id, body.indicator(), row.name(),
                adjustments.initialTarget(id, body.indicator(), row.target()), body.target().trim(), body.reason().trim());
        audit.record(id, AuditLog.ADJUSTMENT_REQUESTED, "indicators[" + body.indicator() + "].target", row.target(),
                a.newTarget() + "（理由 reason: " + a.reason() + "）");
        return a;
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/adjustments/{adjustmentId}/approve")
    @Transactional
    public Adjustments.Adjustment approveAdjustment(@PathVariable long id, @PathVariable long adjustmentId) {
        Adjustments.Adjustment a = pending(id, adjustmentId);
        adjustments.decide(adjustmentId, "APPROVED");
        scorecards.adjustTarget(id, a.position(), a.newTarget());
        return adjustments.find(id, adjustmentId).orElseThrow();
    }

    @Allow(Permission.SCORECARD_REVIEW)
    @PostMapping("/adjustments/{adjustmentId}/reject")
    @Transactional
    public Adjustments.Adjustment rejectAdjustment(@PathVariable long id, @PathVariable long adjustmentId) {
        Adjustments.Adjustment a = pending(id, adjustmentId);
        adjustments.decide(adjustmentId, "REJECTED");
        audit.record(id, AuditLog.ADJUSTMENT_REJECTED, "indicators[" + a.position() + "].target", null, a.newTarget());
        return adjustments.find(id, adjustmentId).orElseThrow();
    }

    private Adjustments.Adjustment pending(long id, long adjustmentId) {
        scorecards.require(id);
        Adjustments.Adjustment a = adjustments.find(id, adjustmentId)
                .orElseThrow(() -> new Adjustments.AdjustmentNotFoundException(adjustmentId));
        if (!"PENDING".equals(a.status())) {
            throw new RefusedException("该调整申请已处理", "this adjustment was decided already");
        }
        return a;
    }

    private static ReviewState state(StoredScorecard st) { return Reviews.state(st); }

}
