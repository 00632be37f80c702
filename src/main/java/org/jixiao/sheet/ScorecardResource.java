package org.jixiao.sheet;

import java.time.Instant;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;

/** The API's view of a stored scorecard: PARSE-FORMAT fields plus id, version, status and kind. */
public record ScorecardResource(long id, long version, String status, String kind, String form, String title,
                                Integer year, String project, String unit, String competentDepartment, String region,
                                Budget budget, OverallGoal overallGoal, List<Indicator> indicators,
                                Instant createdAt, Instant updatedAt, long orgId, String reviewComment) {

    public static ScorecardResource of(StoredScorecard st) {
        Scorecard s = st.scorecard();
        return new ScorecardResource(st.id(), st.version(), st.status().name(), s.kind().name(), s.form(), s.title(),
                s.year(), s.project(), s.unit(), s.competentDepartment(), s.region(), s.budget(), s.overallGoal(),
                s.indicators(), st.createdAt(), st.updatedAt(), st.orgId(), st.reviewComment());
    }

    /** A list row: the header without the indicator rows. */
    public record Summary(long id, long version, String status, String kind, String form, String title, Integer year,
                   String project, String unit, int indicatorCount, long orgId) {
        public static Summary of(StoredScorecard st) {
            Scorecard s = st.scorecard();
            return new Summary(st.id(), st.version(), st.status().name(), s.kind().name(), s.form(), s.title(),
                    s.year(), s.project(), s.unit(), s.indicators().size(), st.orgId());
        }

        /** The same from a list line (the list reads no indicator rows). */
        public static Summary of(org.jixiao.scorecard.store.Scorecards.Line l) {
            return new Summary(l.id(), l.version(), l.status().name(), org.jixiao.scorecard.Kind.ofForm(l.form()).name(),
                    l.form(), l.title(), l.year(), l.project(), l.unit(), l.indicatorCount(), l.orgId());
        }
    }
}
