package org.jixiao.review.web;

import org.jixiao.review.ReviewState;
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

    Reviews(Scorecards scorecards) { this.scorecards = scorecards; }

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
