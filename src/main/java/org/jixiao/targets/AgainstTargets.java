package org.jixiao.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/**
 * The year-end self-evaluation as it is scored: against the approved target table (RULES §1.1: targets are not
 * edited at 自评 time, only adjusted through an approved request). Each row of the self-evaluation takes the target
 * of the approved row of the same name; a row whose written target differs is reported, a row the approved table
 * does not have is reported too (and scored as written: nobody approved another target for it).
 */
public final class AgainstTargets {
    private AgainstTargets() {}

    /** A target written in the self-evaluation that is not the approved one. */
    public record Difference(int indicator, String name, String approved, String written) {}

    public record Result(Scorecard scored, List<Difference> differences, List<String> notInTargets) {}

    public static Result apply(Scorecard selfEvaluation, Scorecard approved) {
        Map<String, String> targets = new HashMap<>();
        for (Indicator r : approved.indicators()) if (r.name() != null) targets.putIfAbsent(IndicatorLibrary.normal(r.name()), r.target());
        List<Indicator> rows = new ArrayList<>();
        List<Difference> diffs = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<Indicator> own = selfEvaluation.indicators();
        for (int i = 0; i < own.size(); i++) {
            Indicator r = own.get(i);
            String key = r.name() == null ? null : IndicatorLibrary.normal(r.name());
            if (key == null || !targets.containsKey(key)) {
                extra.add(r.name());
                rows.add(r);
                continue;
            }
            String t = targets.get(key);
            if (!Objects.equals(norm(t), norm(r.target()))) diffs.add(new Difference(i, r.name(), t, r.target()));
            rows.add(Rows.withTarget(r, t));
        }
        return new Result(selfEvaluation.withIndicators(rows), diffs, extra);
    }

    private static String norm(String s) { return s == null ? "" : s.strip(); }
}
