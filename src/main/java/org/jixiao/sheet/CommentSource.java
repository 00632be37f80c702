package org.jixiao.sheet;

import java.time.Instant;
import java.util.List;

/**
 * The review comments the scorecard page lists (意见 on the table or on one indicator). The review module keeps them
 * in the audit trail and implements this; the page only reads them (the review module depends on this one, not back).
 */
public interface CommentSource {

    /**
     * @param indicator 0-based position of the indicator commented on, null for the whole table
     * @param returned  the reviewer's comment of a 退回 (return), not a remark
     */
    record Comment(long id, Instant at, String actor, Integer indicator, String indicatorName, String text, boolean returned) {}

    /** The comments of one scorecard, oldest first (the caller has checked the scorecard is in scope). */
    List<Comment> comments(long scorecardId);
}
