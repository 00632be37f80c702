package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Grade;

/**
 * One stored evaluation of a scorecard: what was computed, when and why, under which rules (id and version).
 *
 * @param total  null for a target table without actuals (not yet self-evaluated); then grade is null too
 * @param reason CREATE, SAVE, SUBMIT, ADJUST, RESCORE, BACKFILL, or MONITORING (the same scores with new outside findings)
 */
public record StoredEvaluation(long id, long scorecardId, long scorecardVersion, boolean current, String reason,
                               String rulesId, String rulesVersion, BigDecimal total, Grade grade, int blocking,
                               EvaluationView view, Instant createdAt) {

    /** The same row, current or history (the history keeps every stored field as it was). */
    public StoredEvaluation withCurrent(boolean isCurrent) {
        return new StoredEvaluation(id, scorecardId, scorecardVersion, isCurrent, reason, rulesId, rulesVersion, total, grade,
                blocking, view, createdAt);
    }
}
