package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.scorecard.ScorecardEvent;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores an evaluation on every save and submission, in the transaction of the change (Spring calls listeners
 * synchronously): a saved scorecard never stands without the evaluation of its content.
 */
@Component
class EvaluationRecorder {
    private final Evaluations evaluations;
    private final Scorecards scorecards;

    EvaluationRecorder(Evaluations evaluations, Scorecards scorecards) {
        this.evaluations = evaluations;
        this.scorecards = scorecards;
    }

    @EventListener
    void on(ScorecardEvent event) {
        switch (event) {
            case ScorecardEvent.Created e -> evaluations.record(e.id(), "CREATE");
            case ScorecardEvent.CreatedInBulk e -> evaluations.recordAll(load(e.ids()), "CREATE");
            case ScorecardEvent.Updated e -> evaluations.record(e.id(), "SAVE");
            case ScorecardEvent.StatusChanged e -> {
                if (e.to() == Status.SUBMITTED) evaluations.record(e.id(), "SUBMIT");
            }
            case ScorecardEvent.TargetAdjusted e -> evaluations.record(e.id(), "ADJUST");
            case ScorecardEvent.Deleted e -> { } // the rows go with the scorecard (on delete cascade)
            // monitoring, evidence: the content and its scores are unchanged; outside findings (money as paid) may not be
            case ScorecardEvent.Noted e -> evaluations.refreshOutside(e.id(), e.action());
        }
    }

    private List<StoredScorecard> load(List<Long> ids) {
        return scorecards.byIds(ids);
    }
}
