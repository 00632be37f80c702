package org.jixiao.support;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.Scorer;

/** Seed scorecards as the review tests need them. */
public final class Fixtures {
    private Fixtures() {}

    public static Scorecard seed(String seed) {
        return ScorecardJson.readTables(Seeds.expectedJson(seed)).get(0);
    }

    /**
     * The seed table with what an evaluator adds before submitting: a grade for every qualitative row that was
     * defaulted, and a shortfall reason where a score is below its weight. Everything else stays as published.
     */
    public static Scorecard submittable(String seed) {
        Scorecard s = seed(seed);
        List<Indicator> rows = new ArrayList<>(s.indicators());
        for (Finding f : Scorer.evaluate(s).findings()) {
            if (f.indicatorIndex() == null) continue;
            Indicator r = rows.get(f.indicatorIndex());
            if (f.code() == Finding.Code.GRADE_DEFAULTED) rows.set(f.indicatorIndex(), withGrade(r, QualitativeGrade.MET));
            if (f.code() == Finding.Code.MISSING_REASON) rows.set(f.indicatorIndex(), withReason(r, "受疫情影响，部分工作延期，下年度加快推进"));
        }
        return s.withIndicators(rows);
    }

    public static Indicator withGrade(Indicator r, QualitativeGrade g) {
        return r.toBuilder().grade(g).build();
    }

    public static Indicator withReason(Indicator r, String reason) {
        return r.withReason(reason);
    }

    public static String json(Scorecard s) {
        return ScorecardJson.MAPPER.writeValueAsString(s);
    }
}
