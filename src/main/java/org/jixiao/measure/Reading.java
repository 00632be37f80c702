package org.jixiao.measure;

import java.util.Objects;

/**
 * A target or an actual as the unit wrote it, with the grammar's reading of it: built once when a scorecard is
 * loaded, parsed or edited, so scoring, roll-ups, pages and the database columns all work on the same reading.
 * This factory is the only caller of {@link ValueGrammar#parse} (ReadingIsTheOnlyParserTest says so).
 */
public final class Reading {
    private static final Reading ABSENT = new Reading(null, new Value.Blank(null));

    private final String text;
    private final Value value;

    private Reading(String text, Value value) {
        this.text = text;
        this.value = value;
    }

    /** The reading of {@code text} (null or blank: a {@link Value.Blank}). */
    public static Reading of(String text) {
        return text == null ? ABSENT : new Reading(text, ValueGrammar.parse(text));
    }

    /** The reading of a cell whose template shows a comparator; see {@link ValueGrammar#parse(String, Comparator)}. */
    public static Reading of(String text, Comparator templateShows) {
        return text == null ? ABSENT : new Reading(text, ValueGrammar.parse(text, templateShows));
    }

    /** The text exactly as written; null for a missing cell. */
    public String text() { return text; }

    public Value value() { return value; }

    public boolean isBlank() { return value instanceof Value.Blank; }

    /** Whether the text reads as a number to compare (measured value, bound, range or labelled parts). */
    public boolean isQuantitative() {
        return value instanceof Value.Measured || value instanceof Value.Bound || value instanceof Value.Range
                || value instanceof Value.MultiPart;
    }

    /** Words that make a target vague ("大约四次吧"): it cannot be compared with an actual. */
    private static final String[] VAGUE = {"大约", "大概", "左右", "约", "估计", "差不多", "可能", "吧", "争取", "尽量"};

    /**
     * What is wrong with this text as a 年度指标值, in Chinese and English with the reading shown, or null: a vague
     * target ("大约四次吧") or a number the grammar cannot read ("四次", "10次以上吧").
     */
    public String[] problemAsTarget() {
        if (!(value instanceof Value.FreeText) || text == null) return null;
        String t = text.strip();
        boolean vague = java.util.Arrays.stream(VAGUE).anyMatch(t::contains);
        boolean numberLike = t.chars().anyMatch(c -> c >= '0' && c <= '9' || "一二三四五六七八九十百千万两".indexOf(c) >= 0);
        if (!vague && !(numberLike && t.length() <= 12)) return null;
        return new String[] {"指标值「" + t + "」不明确，无法与完成值比较（读作：" + describe()
                + "）；请写成如「≥4次」「≤60分钟」「100%」的形式",
                "the target '" + t + "' is vague and cannot be compared (read as: " + describe()
                        + "); write it like ≥4次, ≤60分钟 or 100%"};
    }

    /** What is wrong with this text as a 全年完成值, or null: a negative count ("-5次"). */
    public String[] problemAsActual() {
        Quantity q = switch (value) {
            case Value.Measured m -> m.quantity();
            case Value.Bound b -> b.quantity();
            default -> null;
        };
        if (q == null || q.amount().signum() >= 0 || q.unit().dimension() != Dimension.COUNT) return null;
        return new String[] {"完成值「" + text.strip() + "」是负数（读作：" + describe() + "），次数、家数等计数不能为负",
                "the actual '" + text.strip() + "' is negative (read as: " + describe() + "); a count cannot be negative"};
    }

    /** The short bilingual reading shown next to the cell, e.g. "≥ 4 次 (下限 / lower bound)". */
    public String describe() { return ValueGrammar.describe(value); }

    @Override
    public boolean equals(Object o) { return o instanceof Reading r && Objects.equals(text, r.text); }

    @Override
    public int hashCode() { return Objects.hashCode(text); }

    @Override
    public String toString() { return text == null ? "" : text; }
}
