package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The indicator level a label cell names, tolerant of how labels are printed: with spaces ("产出 指标"), a weight
 * note ("产出指标 (50)"), a doubled word ("社会效益效益指标"), a trailing 等, or without the 指标 suffix in loose mode.
 */
final class Levels {
    private Levels() {}

    /** level1 and level2 of a label; level2 is null for a first-level label. */
    record Level(String level1, String level2) {}

    /** A weight note after a label: "(50)", "(30分)", "30分)"; bare digits are not a note (时效1年 is a row). */
    private static final Pattern NOTE = Pattern.compile("[(]\\d{1,3}分?[)]?$|\\d{1,3}分[)]?$");

    /** The level of a label written with its 指标 suffix, or null. */
    static Level level(String cell) { return of(cell, false); }

    /** Also the bare words (成本, 时效, 经济效益, 可持续性) that glued tables print without 指标. */
    static Level loose(String cell) { return of(cell, true); }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Cells.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** The first characters of the level names: a cell that begins with none of them is no label (told at once). */
    private static final String FIRSTS;
    static {
        List<String> words = new ArrayList<>(Vocabulary.LEVEL1);
        words.addAll(Vocabulary.LEVEL2.keySet());
        words.add("可持续性");
        FIRSTS = Vocabulary.firsts(words);
    }

    /** Whether a cell whose first character (after spaces) is {@code c} can be a label: a label's first character. */
    static boolean mayBegin(char c) { return FIRSTS.indexOf(c) >= 0; }

    private static Level of(String cell, boolean loose) {
        if (cell == null || cell.isEmpty() || cell.length() > 16) return null;
        int f = 0;
        while (f < cell.length() && (Character.isWhitespace(cell.charAt(f)) || cell.charAt(f) == '\u00a0' || cell.charAt(f) == '\u3000')) f++;
        if (f == cell.length() || FIRSTS.indexOf(cell.charAt(f)) < 0) return null;
        String k = HeaderWords.key(cell);
        if (hasDigit(k)) k = NOTE.matcher(k).replaceFirst("");
        if (k.endsWith("等")) k = k.substring(0, k.length() - 1);
        k = k.replace("效益效益", "效益");
        if (k.equals("可持续性") || k.equals("可持续性指标") || k.equals("可持续影响")) k = "可持续影响指标";
        if (!k.endsWith("指标")) {
            if (!loose) return null;
            k = k + "指标";
        }
        String l2 = Vocabulary.LEVEL2.containsKey(k) ? k : null;
        if (l2 != null) return new Level(Vocabulary.LEVEL2.get(l2), l2);
        if (Vocabulary.LEVEL1.contains(k)) return new Level(k, null);
        return null;
    }
}
