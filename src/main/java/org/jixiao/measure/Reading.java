package org.jixiao.measure;

import java.util.Objects;

/**
 * A target or an actual as the unit wrote it, with the grammar's reading of it: built when a scorecard is loaded,
 * parsed or edited, so scoring, roll-ups, pages and the database columns all work on the same reading. The grammar
 * reads the text once, when the reading is first asked for ({@link #value()}): a row built and then dropped (the text
 * reader builds two readings of a table and keeps one) costs no reading. This class is the only caller of
 * {@link ValueGrammar#parse} (ReadingIsTheOnlyParserTest says so).
 */
public final class Reading {
    private static final Reading ABSENT = new Reading(null, new Value.Blank(null), null);

    private final String text;
    /** The grammar's reading, null until first asked for (the same every time: a race reads it twice, alike). */
    private Value value;
    private final String template;

    private Reading(String text, Value value, String template) {
        this.text = text;
        this.value = value;
        this.template = template;
    }

    /** The reading of {@code text} (null or blank: a {@link Value.Blank}). */
    public static Reading of(String text) {
        return text == null ? ABSENT : new Reading(text, null, null);
    }

    /**
     * The reading of a target whose template — what the form, the indicator library or last year's table shows for
     * this indicator, as written: 「≥90%」, or the sign alone 「≥」 — is known; see
     * {@link ValueGrammar#parse(String, Comparator, Quantity)} (an OCR 2 is taken for ≥ only with such a template).
     * The template is kept with the reading so that the row reads the same when it is loaded again.
     */
    public static Reading of(String text, String template) {
        if (template == null || template.isBlank()) return of(text);
        if (text == null) return new Reading(null, new Value.Blank(null), template);
        return new Reading(text, null, template);
    }

    /** The grammar's reading of the text (against the template, when there is one). */
    private Value read() {
        if (template == null) return ValueGrammar.parse(text);
        Value shown = ValueGrammar.parse(template);
        Comparator sign = shown instanceof Value.Bound b ? b.comparator() : comparatorAlone(template);
        Quantity amount = shown instanceof Value.Bound b ? b.quantity() : null;
        return ValueGrammar.parse(text, sign, amount);
    }

    /** A template that is a sign alone: 「≥」, 「>=」, 「≧」. */
    private static Comparator comparatorAlone(String template) {
        return switch (template.strip()) {
            case "≥", "≧", ">=", "=>", "⩾" -> Comparator.GE;
            case "≤", "≦", "<=", "=<", "⩽" -> Comparator.LE;
            default -> null;
        };
    }

    /** The same text read against another template (null: none). */
    public Reading withTemplate(String newTemplate) {
        return Objects.equals(template, newTemplate) ? this : of(text, newTemplate);
    }

    /** The template this text was read against, as written (null: none). */
    public String template() { return template; }

    /** The text exactly as written; null for a missing cell. */
    public String text() { return text; }

    public Value value() {
        Value v = value;
        if (v == null) value = v = read();
        return v;
    }

    public boolean isBlank() { return value() instanceof Value.Blank; }

    /** Whether the text reads as a number to compare (measured value, bound, range or labelled parts). */
    public boolean isQuantitative() {
        Value value = value();
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
        if (!(value() instanceof Value.FreeText) || text == null) return null;
        String t = text.strip();
        boolean vague = java.util.Arrays.stream(VAGUE).anyMatch(t::contains);
        boolean numberLike = t.chars().anyMatch(c -> c >= '0' && c <= '9' || "一二三四五六七八九十百千万两".indexOf(c) >= 0);
        if (!vague && !(numberLike && t.length() <= 12)) return null;
        return new String[] {"指标值「" + t + "」不明确，无法与完成值比较（读作：" + describe(false)
                + "）；请写成如「≥4次」「≤60分钟」「100%」的形式",
                "the target '" + t + "' is vague and cannot be compared (read as: " + describe(true)
                        + "); write it like ≥4次, ≤60分钟 or 100%"};
    }

    /** What is wrong with this text as a 全年完成值, or null: a negative count ("-5次"). */
    public String[] problemAsActual() {
        Quantity q = switch (value()) {
            case Value.Measured m -> m.quantity();
            case Value.Bound b -> b.quantity();
            default -> null;
        };
        if (q == null || q.amount().signum() >= 0 || q.unit().dimension() != Dimension.COUNT) return null;
        return new String[] {"完成值「" + text.strip() + "」是负数（读作：" + describe(false) + "），次数、家数等计数不能为负",
                "the actual '" + text.strip() + "' is negative (read as: " + describe(true) + "); a count cannot be negative"};
    }

    /** The short bilingual reading shown next to the cell, e.g. "≥ 4 次 (下限 / lower bound)". */
    public String describe() { return ValueGrammar.describe(value()); }

    /** The reading in one language: "≥ 4 次（下限）", "≥ 4 次 (lower bound)". */
    public String describe(boolean english) { return ValueGrammar.describe(value(), english); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reading r && Objects.equals(text, r.text) && Objects.equals(template, r.template);
    }

    @Override
    public int hashCode() { return Objects.hash(text, template); }

    @Override
    public String toString() { return text == null ? "" : text; }
}
