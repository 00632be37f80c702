package org.jixiao.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scoring.Finding;

/**
 * Findings about a scorecard that its content alone cannot show, from modules the scorer does not know (issue 12's
 * money as paid: the reported 执行数 against the cash paid recorded in monitoring). They are stored with the
 * evaluation, next to the scorer's own findings; they never change a score.
 */
public interface OutsideFindings {

    /** The codes this source finds: a refresh replaces exactly these in a stored evaluation. */
    java.util.Set<Finding.Code> codes();

    /** The findings of each scorecard (scorecard id → findings; absent: none), in a few queries for many scorecards. */
    Map<Long, List<Finding>> of(Collection<StoredScorecard> scorecards);

    /**
     * The scorecards whose findings may have changed when {@code scorecardId} was noted on by this source's module
     * (a monitoring round recorded on a target table concerns the self-evaluation made from it too); empty when the
     * note is not this source's.
     */
    List<Long> concerned(long scorecardId, String action);
}
