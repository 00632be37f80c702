package org.jixiao.rollup;

/** Indicator and fund-source names are matched across units with all whitespace removed (flattened tables insert spaces). */
public final class Names {
    private Names() {}

    /**
     * Every character {@link #key} removes, for SQL's {@code translate(name, WHITESPACE, '')}, so that the database
     * matches names exactly as the reference roll-up does (no whitespace character lies outside the BMP).
     */
    public static final String WHITESPACE = chars(true);
    /** Every character {@link String#strip} removes at the ends, for SQL's {@code btrim(text, STRIPPED)}. */
    public static final String STRIPPED = chars(false);

    public static String key(String name) {
        if (name == null) return "";
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().filter(Names::removed).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean removed(int c) { return !Character.isWhitespace(c) && !Character.isSpaceChar(c); }

    private static String chars(boolean key) {
        StringBuilder b = new StringBuilder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (key ? !removed(c) : Character.isWhitespace(c)) b.append(c);
        }
        return b.toString();
    }
}
