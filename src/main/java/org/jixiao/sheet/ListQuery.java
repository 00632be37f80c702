package org.jixiao.sheet;

import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.scoring.Grade;

/** The list's filters as the page sends them; blanks and unknown values mean "any". */
public record ListQuery(Integer year, Kind kind, String unit, Status status, Grade grade, String q) {

    public static ListQuery of(Integer year, String kind, String unit, String status, String grade, String q) {
        return new ListQuery(year, parse(Kind.class, kind), blank(unit), parse(Status.class, status),
                parse(Grade.class, grade), blank(q));
    }

    public Scorecards.Filter filter() {
        return new Scorecards.Filter(year, kind == null ? null : kind.name(), unit,
                status == null ? null : status.name(), q, grade == null ? null : grade.name());
    }

    /** The query string of these filters (for paging and export links), without the page. */
    public String params() {
        StringBuilder b = new StringBuilder();
        add(b, "year", year == null ? null : year.toString());
        add(b, "kind", kind == null ? null : kind.name());
        add(b, "unit", unit);
        add(b, "status", status == null ? null : status.name());
        add(b, "grade", grade == null ? null : grade.name());
        add(b, "q", q);
        return b.toString();
    }

    private static void add(StringBuilder b, String name, String value) {
        if (value == null) return;
        if (!b.isEmpty()) b.append('&');
        b.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
