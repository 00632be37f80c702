package org.jixiao.review.web;

import java.util.List;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.review.ReviewState;
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
class Reviews {
    private final Scorecards scorecards;
    private final AuditLog audit;

    Reviews(Scorecards scorecards, AuditLog audit) {
        this.scorecards = scorecards;
        this.audit = audit;
    }

    /** 财政 and reviewers comment on any scorecard of their scope, in any status; a comment is an audit entry. */
    @Transactional
    public AuditLog.Event comment(long id, String comment) {
        scorecards.require(id);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException(List.of(new Violation("comment", "意见不能为空", "comment is required")));
        }
        return audit.record(id, AuditLog.COMMENT, "comment", null, comment.trim());
    }

    @Transactional
    public StoredScorecard submit(long id) {
        StoredScorecard st = scorecards.require(id);
        return scorecards.transition(id, st.status(), state(st).submit().status(), null);
    }

    @Transactional
    public StoredScorecard approve(long id) {
        StoredScorecard st = scorecards.require(id);
        return scorecards.transition(id, st.status(), state(st).approve(scorecards.unitStatuses(st)).status(), null);
    }

    @Transactional
    public StoredScorecard returnWith(long id, String comment) {
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
