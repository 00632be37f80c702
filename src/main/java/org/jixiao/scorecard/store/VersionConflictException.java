package org.jixiao.scorecard.store;

import org.jixiao.scorecard.StoredScorecard;

/** Someone else saved the scorecard after the caller read it; carries the saved version so both can be shown. */
public class VersionConflictException extends RuntimeException {
    private final long expectedVersion;
    private final StoredScorecard current;

    public VersionConflictException(long id, long expectedVersion, StoredScorecard current) {
        super("绩效目标表 " + id + " 已被他人修改（您的版本 " + expectedVersion + "，当前版本 " + current.version()
                + "） / scorecard " + id + " was changed by someone else (your version " + expectedVersion
                + ", current " + current.version() + ")");
        this.expectedVersion = expectedVersion;
        this.current = current;
    }

    public long expectedVersion() { return expectedVersion; }

    public StoredScorecard current() { return current; }
}
