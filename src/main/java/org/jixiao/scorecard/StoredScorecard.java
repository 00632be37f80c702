package org.jixiao.scorecard;

import java.time.Instant;

/** A scorecard as kept in the database: its id, its version for optimistic locking, and its workflow status. */
public record StoredScorecard(long id, long version, Status status, Scorecard scorecard,
                              Instant createdAt, Instant updatedAt) {}
