package org.jixiao.review.web;

import java.util.List;
import org.jixiao.kernel.TextChecks;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.review.ReviewState;
import org.jixiao.review.SubmissionCheck;
import org.jixiao.kernel.RefusedException;
import org.jixiao.review.store.Adjustments;
import org.springframework.beans.factory.ObjectProvider;
import org.jixiao.review.store.AuditLog;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow steps both doors (API and pages) take: ask {@link ReviewState} whether the step is allowed, then
 * let {@link Scorecards} (scope, audit) persist it.
 */
@Service
public class Reviews {
    private final Scorecards scorecards;
    private final AuditLog audit;
    private final Adjustments adjustments;
    private final ObjectProvider<SubmissionCheck> submissionChecks;

    Reviews(Scorecards scorecards, AuditLog audit, Adjustments adjustments, ObjectProvider<SubmissionCheck> submissionChecks) {
        this.scorecards = scorecards;
        this.audit = audit;
        this.adjustments = adjustments;
        this.submissionChecks = submissionChecks;
    }

    /** A review comment is a few sentences; a page of text at most. */
    static final int MAX_COMMENT = 2_000;

    /** 财政 and reviewers comment on any scorecard of their scope, in any status; a comment is an audit entry. */
    @Transactional
    public AuditLog.Event comment(long id, String comment) { return comment(id, comment, null); }

    /**
     * A comment on the whole scorecard, or on one indicator (0-based position; kept as the field path
     * {@code indicators[i]} beside the indicator's name at the time, so it still reads right after rows move).
     */
    @Transactional
    public AuditLog.Event comment(long id, String comment, Integer indicator) {
        StoredScorecard st = scorecards.require(id);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException(List.of(new Violation("comment", "意见不能为空", "comment is required")));
        }
        if (TextChecks.textProblem("comment", comment, MAX_COMMENT) != null) {
            throw new ValidationException(List.of(TextChecks.textProblem("comment", comment, MAX_COMMENT)));
        }
        int rows = st.scorecard().indicators().size();
        if (indicator != null && (indicator < 0 || indicator >= rows)) {
            throw new ValidationException(List.of(new Violation("indicator",
                    "指标序号应在 1 到 " + rows + " 之间", "the indicator number must be between 1 and " + rows)));
        }
        String field = indicator == null ? "comment" : "indicators[" + indicator + "]";
        String old = indicator == null ? null : st.scorecard().indicators().get(indicator).name();
        return audit.record(id, AuditLog.COMMENT, field, old, comment.trim());
    }

    @Transactional
    public StoredScorecard submit(long id) {
        StoredScorecard st = scorecards.require(id);
        ReviewState next = state(st).submit();
        // the features' own checks (SubmissionCheck beans), after the workflow's: a wrong status is refused first
        List<Violation> more = submissionChecks.orderedStream().flatMap(c -> c.problems(st).stream()).toList();
        if (!more.isEmpty()) {
            throw new RefusedException("表格未通过提交检查，请先修正以下问题",
                    "the scorecard does not pass the submission checks; fix these first", more);
        }
        return scorecards.transition(id, st.status(), next.status(), null);
    }

    /** 指标调整申请: the new target of one indicator (by position) of an approved scorecard, with a reason. */
    @Transactional
    public Adjustments.Adjustment requestAdjustment(long id, Integer indicator, String target, String reason) {
        StoredScorecard st = scorecards.require(id);
        state(st).requireAdjustable();
        int rows = st.scorecard().indicators().size();
        List<Violation> v = new java.util.ArrayList<>();
        if (indicator == null || indicator < 0 || indicator >= rows) {
            v.add(new Violation("indicator", "指标序号应在 0 到 " + (rows - 1) + " 之间", "indicator must be between 0 and " + (rows - 1)));
        }
        if (target == null || target.isBlank()) v.add(new Violation("target", "调整后指标值不能为空", "target is required"));
        if (reason == null || reason.isBlank()) v.add(new Violation("reason", "调整理由不能为空", "reason is required"));
        java.util.stream.Stream.of(TextChecks.textProblem("target", target, org.jixiao.scorecard.ScorecardValidator.MAX_VALUE),
                TextChecks.textProblem("reason", reason, org.jixiao.scorecard.ScorecardValidator.MAX_NOTE))
                .filter(java.util.Objects::nonNull).forEach(v::add);
        if (!v.isEmpty()) throw new ValidationException(v);
        var row = st.scorecard().indicators().get(indicator);
        Adjustments.Adjustment a = adjustments.request(id, indicator, row.name(),
                adjustments.initialTarget(id, indicator, row.target()), target.trim(), reason.trim());
        audit.record(id, AuditLog.ADJUSTMENT_REQUESTED, "indicators[" + indicator + "].target", row.target(),
                a.newTarget() + "（理由 reason: " + a.reason() + "）");
        return a;
    }

    @Transactional
    public Adjustments.Adjustment approveAdjustment(long id, long adjustmentId) {
        Adjustments.Adjustment a = pending(id, adjustmentId);
        adjustments.decide(adjustmentId, "APPROVED");
        scorecards.adjustTarget(id, a.position(), a.newTarget());
        return adjustments.find(id, adjustmentId).orElseThrow();
    }

    @Transactional
    public Adjustments.Adjustment rejectAdjustment(long id, long adjustmentId) {
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

    @Transactional
    public StoredScorecard withdraw(long id) {
        StoredScorecard st = scorecards.require(id);
        return scorecards.transition(id, st.status(), state(st).withdraw().status(), null);
    }

    @Transactional
    public StoredScorecard approve(long id) {
        StoredScorecard st = scorecards.require(id);
        return scorecards.transition(id, st.status(), state(st).approve(scorecards.unitStatuses(st)).status(), null);
    }

    @Transactional
    public StoredScorecard returnWith(long id, String comment) {
        if (comment != null && TextChecks.textProblem("comment", comment, MAX_COMMENT) != null) {
            throw new ValidationException(List.of(TextChecks.textProblem("comment", comment, MAX_COMMENT)));
        }
        StoredScorecard st = scorecards.require(id);
        ReviewState next = state(st).returnWith(comment);
        return scorecards.transition(id, st.status(), next.status(), comment.trim());
    }

    @Transactional
    public StoredScorecard publish(long id) {
        StoredScorecard st = scorecards.require(id);
        return scorecards.transition(id, st.status(), state(st).publish().status(), null);
    }

    static ReviewState state(StoredScorecard st) { return new ReviewState(st.status(), st.scorecard()); }
}
