package org.jixiao.scorecard;

import java.time.Instant;

/**
 * A scorecard as kept in the database: its id, its version for optimistic locking, its workflow status, the org
 * it belongs to (which decides who may see it) and the reviewer's comment when it was returned.
 */
public record StoredScorecard(long id, long version, Status status, Scorecard scorecard,
                              Instant createdAt, Instant updatedAt, long orgId, String reviewComment) {}
