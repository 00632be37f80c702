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

    /** The short bilingual reading shown next to the cell, e.g. "≥ 4 次 (下限 / lower bound)". */
    public String describe() { return ValueGrammar.describe(value); }

    @Override
    public boolean equals(Object o) { return o instanceof Reading r && Objects.equals(text, r.text); }

    @Override
    public int hashCode() { return Objects.hashCode(text); }

    @Override
    public String toString() { return text == null ? "" : text; }
}
