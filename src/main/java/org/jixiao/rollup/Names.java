package org.jixiao.rollup;

/** Indicator and fund-source names are matched across units with all whitespace removed (flattened tables insert spaces). */
public final class Names {
    private Names() {}

    public static String key(String name) {
        if (name == null) return "";
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
