package org.jixiao.targets;

import java.util.List;
import org.jixiao.scorecard.StoredScorecard;

/**
 * A further finding on a year-end self-evaluation that another feature knows about (monitoring: the 执行数 against
 * the cash paid). Target setting shows them beside the score; it knows none of the features.
 */
public interface YearEndCheck {
    record Note(String code, String zh, String en) {}

    /** @param target the approved target table the self-evaluation belongs to, or null when it was made without one */
    List<Note> notes(StoredScorecard selfEvaluation, StoredScorecard target);
}
