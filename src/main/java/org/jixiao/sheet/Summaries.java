package org.jixiao.sheet;

import java.math.BigDecimal;
import org.jixiao.evaluation.Evaluations;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scoring.Grade;

/** List rows for the home page, the scorecard list and its Excel export: the header with total and grade. */
public final class Summaries {
    private Summaries() {}

    /**
     * One scorecard in a list; total and grade are its stored evaluation's (issue 11: lists never re-score).
     * A table with no actual yet (a 目标表 at budget time) has neither: scoring it would show a meaningless 差.
     */
    public record Row(long id, String title, String project, String unit, Integer year, Kind kind, Status status,
                      int indicatorCount, BigDecimal total, Grade grade) {

        /** The name a person reads: the project, else the title, else the unit. */
        public String name() { return project != null ? project : title != null ? title : unit; }
    }

    public static Row of(StoredScorecard st, Evaluations.Summary e) {
        Scorecard s = st.scorecard();
        return new Row(st.id(), s.title(), s.project(), s.unit(), s.year(), s.kind(), st.status(),
                s.indicators().size(), e == null ? null : e.total(), e == null ? null : e.grade());
    }

    public static List<Row> of(List<StoredScorecard> list, Evaluations evaluations) {
        Map<Long, Evaluations.Summary> stored = evaluations.summaries(list.stream().map(StoredScorecard::id).toList());
        return list.stream().map(st -> of(st, stored.get(st.id()))).toList();
    }

    /** How many rows have each grade, in the order 优 良 中 差 (zeros included, so the page always shows four). */
    public static Map<Grade, Long> countByGrade(List<Row> rows) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) counts.put(g, 0L);
        rows.stream().filter(r -> r.grade() != null).forEach(r -> counts.merge(r.grade(), 1L, Long::sum));
        return counts;
    }
}
