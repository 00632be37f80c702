package org.jixiao.review;

import java.util.List;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;

/**
 * A further check a feature adds to 提交 (e.g. the target quality checks of target tables): what it returns blocks
 * the submission, each naming the field it concerns. Features implement it; review knows none of them.
 */
public interface SubmissionCheck {
    List<Violation> problems(StoredScorecard scorecard);
}
