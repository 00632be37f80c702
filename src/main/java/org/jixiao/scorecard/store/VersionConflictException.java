package org.jixiao.scorecard.store;

import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;

/** Someone else saved the scorecard after the caller read it; carries the saved version so both can be shown. */
public class VersionConflictException extends RuntimeException {
    private final long expectedVersion;
    private final StoredScorecard current;
    private final Scorecard submitted;

    public VersionConflictException(long id, long expectedVersion, StoredScorecard current) {
        this(id, expectedVersion, current, null);
    }

    /** @param submitted what the caller tried to save, returned with the conflict so nothing typed is lost */
    public VersionConflictException(long id, long expectedVersion, StoredScorecard current, Scorecard submitted) {
        super("绩效目标表 " + id + " 已被他人修改（您的版本 " + expectedVersion + "，当前版本 " + current.version()
                + "） / scorecard " + id + " was changed by someone else (your version " + expectedVersion
                + ", current " + current.version() + ")");
        this.expectedVersion = expectedVersion;
        this.current = current;
        this.submitted = submitted;
    }

    public Scorecard submitted() { return submitted; }

    public long expectedVersion() { return expectedVersion; }

    public StoredScorecard current() { return current; }
}
