package org.jixiao.publish.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a table (PARSE-FORMAT.md {@code title}): the line, or the cell, that names the form. The title is the
 * cell's text as written, never what stands before it in the line — a pipe row's separator (| 项目支出绩效目标表 | | |),
 * a page's label (名称: …), a document site's chunk counter (1、) — and a title glued to its table's first field in a
 * document viewer's copy (1、部门整体绩效自评表主管部门…, 耕地地力保护补贴区域绩效目标表（2024年度）资金名称…) ends at its title word.
 */
final class Title {
    private Title() {}

    static final Pattern WORDS = Pattern.compile(
            "(绩效目标自评表|绩效自评表|整体绩效目标表|绩效目标表|绩效目标申报表|绩效评价指标表)([(（][0-9一二三四五六七八九十]{1,3}[)）])?");

    /** A page's label before a title (名称: …, 标题：…), or a document site's chunk counter (1、, 2.). */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:文件|信息)?(?:名称|标题)\\s*[:：]\\s*|\\d{1,2}[、.．]\\s*)");

    /** The title a line prints, or null. */
    static String of(String line) {
        if (line.indexOf('表') < 0) return null; // every title word ends with 表: most lines are passed over here
        String t = Cells.clean(line);
        if (t == null || t.endsWith("。")) return null;
        Matcher m = WORDS.matcher(t);
        if (!m.find()) return null;
        int from = t.lastIndexOf('|', m.start()) + 1; // the cell holding the title word
        String cell = lead(Cells.clean(t, from, m.end()));
        if (cell == null || cell.length() > m.end() - m.start() + 60) return null;
        if (t.length() <= 120) return cell;
        // a long line: a title glued to what follows it, when nothing but a name stands before its title word
        for (int i = 0; i < cell.length() - (m.end() - m.start()); i++) if (!nameChar(cell.charAt(i))) return null;
        return cell;
    }

    /** A report's title as the page prints it (名称: 蒙城县…评价报告): without the label before it. */
    static String report(String line) {
        return lead(Cells.clean(line));
    }

    private static String lead(String s) {
        if (s == null) return null;
        Matcher m = LEAD.matcher(s);
        return m.find() ? Cells.clean(s, m.end(), s.length()) : s;
    }

    /** What a table's name is written with: Han characters, digits, and the brackets of (2023年度) or (项目). */
    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || "()（）".indexOf(c) >= 0;
    }
}
