package org.jixiao.measure;

/** Reads the text of a target or an actual into a {@link Value}. Never throws: unreadable text is {@link Value.FreeText}. */
public final class ValueGrammar {
    private ValueGrammar() {}

    public static Value parse(String raw) {
        if (raw == null || raw.isBlank()) return new Value.Blank(raw);
        return new Value.FreeText(raw); // placeholder until the grammar lands
    }
}
