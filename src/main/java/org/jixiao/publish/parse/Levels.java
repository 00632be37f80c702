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
    static Level level(String cell) { return of(cell, null, false); }

    /** {@link #level(String)} of a grid cell's text, with the header key the cell keeps (not keyed again). */
    static Level level(CellGrid.Cell cell) { return of(cell.text(), cell, false); }

    /** Also the bare words (成本, 时效, 经济效益, 可持续性) that glued tables print without 指标. */
    static Level loose(String cell) { return of(cell, null, true); }

    /** {@link #loose(String)} of a grid cell's text, with the header key the cell keeps. */
    static Level loose(CellGrid.Cell cell) { return of(cell.text(), cell, true); }

    /** The first characters of the level names: a cell that begins with none of them is no label (told at once). */
    private static final long[] FIRSTS;
    static {
        List<String> words = new ArrayList<>(Vocabulary.LEVEL1);
        words.addAll(Vocabulary.LEVEL2.keySet());
        words.add("可持续性");
        FIRSTS = Vocabulary.charSet(Vocabulary.firsts(words));
    }

    /** Whether a cell whose first character (after spaces) is {@code c} can be a label: a label's first character. */
    static boolean mayBegin(char c) { return Vocabulary.in(FIRSTS, c); }

    /**
     * Each label by its words (a second-level word wins where a word is both: 成本指标), and by its words without the
     * 指标 suffix (the loose reading's bare words): looked up, not rebuilt, for every short cell the row alignment kinds.
     */
    private static final java.util.Map<String, Level> LABELS = new java.util.HashMap<>(), BARE = new java.util.HashMap<>();
    static {
        for (String l1 : Vocabulary.LEVEL1) label(new Level(l1, null), l1);
        for (java.util.Map.Entry<String, String> e : Vocabulary.LEVEL2.entrySet()) label(new Level(e.getValue(), e.getKey()), e.getKey());
    }

    private static void label(Level level, String word) {
        LABELS.put(word, level);
        BARE.put(word.substring(0, word.length() - 2), level); // every label word ends in 指标
    }

    /** {@code grid}: the grid cell whose text {@code cell} is (its key kept), or null. */
    private static Level of(String cell, CellGrid.Cell grid, boolean loose) {
        String k = normal(cell, grid);
        if (k == null) return null;
        if (k.endsWith("指标")) return LABELS.get(k);
        return loose ? BARE.get(k) : null;
    }

    /**
     * {@link RowAligner#kind}'s reading of a label, both readings in one look: LEVEL1 or LEVEL2 for a label written with
     * 指标 ({@link #level}), LOOSE2 for a second-level word printed bare in a cell of at most 8 characters ({@link #loose}:
     * 社会效益), LOOSE1 for a first-level word printed so (产出, 效益, 满意度: an exported table's short labels), else null.
     */
    static RowAligner.Kind kind(String cell) {
        return kind(cell, null);
    }

    /** {@link #kind(String)}, {@code grid} the grid cell whose text {@code cell} is (its key kept), or null. */
    static RowAligner.Kind kind(String cell, CellGrid.Cell grid) {
        String k = normal(cell, grid);
        if (k == null) return null;
        if (k.endsWith("指标")) {
            Level l = LABELS.get(k);
            return l == null ? null : l.level2() == null ? RowAligner.Kind.LEVEL1 : RowAligner.Kind.LEVEL2;
        }
        Level bare = cell.length() <= 8 ? BARE.get(k) : null;
        return bare == null ? null : bare.level2() != null ? RowAligner.Kind.LOOSE2 : RowAligner.Kind.LOOSE1;
    }

    /** The cell's key as a label is looked up (note, 等 and a doubled 效益 dropped, 可持续性 named in full), or null when it can be none. */
    private static String normal(String cell, CellGrid.Cell grid) {
        if (cell == null || cell.isEmpty() || cell.length() > 16) return null;
        int f = 0;
        while (f < cell.length() && space(cell.charAt(f))) f++;
        if (f == cell.length() || !Vocabulary.in(FIRSTS, cell.charAt(f))) return null;
        String k = grid == null ? HeaderWords.key(cell) : grid.key(); // (the cell keeps its key: the readers ask it of every cell)
        if (Cells.hasDigit(k)) k = NOTE.matcher(k).replaceFirst("");
        if (k.endsWith("等")) k = k.substring(0, k.length() - 1);
        k = k.replace("效益效益", "效益");
        if (k.equals("可持续性") || k.equals("可持续性指标") || k.equals("可持续影响")) k = "可持续影响指标";
        return k;
    }

    /** Whitespace, a no-break or an ideographic space (no whitespace comes after U+3000: Han text is told at once). */
    private static boolean space(char c) {
        return c <= '\u3000' && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000');
    }
}
