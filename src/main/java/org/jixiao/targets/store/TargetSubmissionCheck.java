package org.jixiao.targets.store;

import java.util.List;
import org.jixiao.review.SubmissionCheck;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.targets.TargetFinding;
import org.springframework.stereotype.Component;

/** 提交 of a target table runs the quality checks: the blocking findings refuse it (warnings stay on the page). */
@Component
class TargetSubmissionCheck implements SubmissionCheck {
    private final TargetSetting targets;

    TargetSubmissionCheck(TargetSetting targets) { this.targets = targets; }

    @Override
    public List<Violation> problems(StoredScorecard st) {
        if (!targets.isTargetTable(st)) return List.of();
        return targets.check(st).stream().filter(TargetFinding::blocking)
                .map(f -> new Violation(f.indicator() == null ? "indicators" : "indicators[" + f.indicator() + "]", f.zh(), f.en()))
                .toList();
    }
}
