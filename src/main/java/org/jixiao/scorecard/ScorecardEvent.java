package org.jixiao.scorecard;

import java.util.List;
import org.jixiao.kernel.Change;

/**
 * What happened to a scorecard, published by the store inside the transaction that made the change. The audit
 * trail listens (and appends in that same transaction), so the store does not know the audit log exists.
 */
public sealed interface ScorecardEvent {
    /** A new DRAFT; {@code description} names it (unit / project / title / year). */
    record Created(long id, String description) implements ScorecardEvent {}

    /** Many new DRAFTs at once (demo data, bulk loads), one event for the batch. */
    record CreatedInBulk(int count, String note, List<Long> ids) implements ScorecardEvent {
        public CreatedInBulk { ids = List.copyOf(ids); }
    }

    /** The content replaced, field by field. */
    record Updated(long id, List<Change> changes) implements ScorecardEvent {}

    record Deleted(long id, String description) implements ScorecardEvent {}

    /** A workflow step; {@code comment} is the reviewer's, on a return. */
    record StatusChanged(long id, Status from, Status to, String comment) implements ScorecardEvent {}

    /**
     * Something a feature built on scorecards did to one (a monitoring round recorded, evidence uploaded or
     * downloaded, a table copied from last year's): recorded as it is, under the feature's own action name.
     */
    record Noted(long id, String action, String field, String oldValue, String newValue) implements ScorecardEvent {}

    /** An approved adjustment applied to the target of the indicator at {@code position}. */
    record TargetAdjusted(long id, int position, String oldTarget, String newTarget) implements ScorecardEvent {}
}
