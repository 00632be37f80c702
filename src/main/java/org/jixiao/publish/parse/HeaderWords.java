package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one vocabulary of column header words of the published forms: which column a header cell names. The text
 * reader, the export and the xlsx reader all name columns through it, so a word added here is read everywhere.
 * Words are matched on the folded text (simplified, spaces removed); longest word first.
 */
public final class HeaderWords {
    private HeaderWords() {}

    /** What a column holds. */
    public enum Column {
        LEVEL1, LEVEL2, NAME,
        /** 指标性质 / 计算符号: the comparator of a split target (≥, =), or 定量/定性 */
        COMPARATOR,
        /** 指标值类型: 定量/定性, not part of the target */
        TYPE,
        TARGET,
        /** 中期指标值 beside 年度指标值 (a 申报表's two periods as two value columns of one row): the year's is the target, this none */
        MID_TERM,
        UNIT, ACTUAL, WEIGHT, SCORE, REASON, DEFINITION, STANDARD, NOTE, COEFFICIENT, CORE, ACTIVITY,
        // budget block
        INITIAL, PLANNED, EXECUTED, RATE,
        /** a figure printed in a budget block that is none of the budget's (实际到位数 beside 预算安排数; 中期资金总额 beside 年度资金总额) */
        OTHER_FIGURE,
        // department tables (部门整体绩效目标表): duty, goal and the reference values
        SEQ, DUTY, DUTY_GOAL, GOAL_CONTENT,
        /** 指标参考值: the group word over the reference columns */
        REFERENCES, REF_PLANNED, REF_STANDARD, REF_SOURCE, REF_THREE_YEAR_AVERAGE, REF_LAST_YEAR
    }

    public record Word(String text, Column column) {}

    /** Indicator columns, in no particular order (matching takes the longest word). */
    public static final List<Word> INDICATOR;
    /** Budget block columns. */
    public static final List<Word> BUDGET;
    /**
     * The top halves of budget words printed over two rows (年初 over 预算数, 全年 over 执行数), longest first. A top and
     * the bottom half under it make a word of {@link #BUDGET} ({@link #wrapped}); a top with nothing under it names
     * {@link Top#alone()} (年初: the initial budget; 全年: nothing).
     */
    public static final List<Top> WRAPPED_TOPS = List.of(new Top("年初", Column.INITIAL), new Top("全年", null));

    /** A top half of a budget word wrapped over two rows, and the column it names alone (null: none). */
    public record Top(String text, Column alone) {}
    /** The columns of a department table (部门整体绩效目标表), where 绩效指标 names the indicator. */
    public static final List<Word> DEPARTMENT;
    /** The indicator column's header on department tables. */
    public static final String DEPARTMENT_NAME = "绩效指标";
    /**
     * Whether two cells are a 申报表 budget's two period columns (中期资金总额 and 年度资金总额, in either order): column
     * words over rows labelled on the left (资金总额 | 2760 | 920), the 年度 one naming the planned figure, where no
     * amount follows them on their line (the readers ask it so: 中期资金总额 | 1860 | 年度资金总额 | 1120 are labels, each
     * before its own amount).
     */
    public static boolean periodTotals(String a, String b) {
        String x = key(a), y = key(b);
        return x.equals(MID_TERM_TOTAL) && y.equals(YEAR_TOTAL) || x.equals(YEAR_TOTAL) && y.equals(MID_TERM_TOTAL);
    }

    private static final String MID_TERM_TOTAL = "中期资金总额", YEAR_TOTAL = "年度资金总额";

    /**
     * The parts of a split 指标值 as a second header row prints them under it (| 指标值 ||| over | 计算符号 | 数值 | 单位 |,
     * h220): the split target's columns a one-row header names (计算符号 | 目标值 | 度量单位), and 数值, which names the
     * value only under its group word.
     */
    private static final java.util.Map<String, Column> SPLIT_PARTS = java.util.Map.of("计算符号", Column.COMPARATOR, "指标性质", Column.COMPARATOR,
            "数值", Column.TARGET, "目标值", Column.TARGET, "指标值", Column.TARGET,
            "单位", Column.UNIT, "度量单位", Column.UNIT, "计量单位", Column.UNIT);

    /**
     * The columns of a row of header cells that are all parts of a split 指标值 ({@link #SPLIT_PARTS}), in order, its
     * empty cells passed over; null unless there are two parts at least and one is the value. The parts replace the
     * 指标值 column over them.
     */
    static List<Column> splitParts(List<String> cells) {
        List<Column> out = null;
        for (String c : cells) {
            if (c.isEmpty()) continue;
            Column part = c.length() > 6 ? null : SPLIT_PARTS.get(key(c));
            if (part == null) return null;
            if (out == null) out = new ArrayList<>(3);
            out.add(part);
        }
        return out != null && out.size() >= 2 && out.contains(Column.TARGET) ? out : null;
    }

    /** The word each column is printed with (the first word given for it): what the export writes. */
    private static final java.util.Map<Column, String> LABELS = new java.util.EnumMap<>(Column.class);

    static {
        List<Word> w = new ArrayList<>();
        add(w, Column.LEVEL1, "一级指标");
        add(w, Column.LEVEL2, "二级指标");
        add(w, Column.NAME, "三级指标", "指标名称");
        add(w, Column.REASON, "未完成原因和改进措施", "偏差原因分析及改进措施", "偏差原因", "未完成原因", "原因分析");
        add(w, Column.TARGET, "年度指标值", "年度目标值", "年初目标值", "年初指标值", "指标值", "目标值");
        add(w, Column.MID_TERM, "中期指标值", "中期目标值");
        add(w, Column.ACTUAL, "全年完成值", "全年实际值", "实际完成值", "全年实际完成值", "完成值", "实际值");
        add(w, Column.COMPARATOR, "指标性质", "计算符号");
        add(w, Column.TYPE, "指标值类型");
        add(w, Column.UNIT, "度量单位", "计量单位", "单位");
        add(w, Column.WEIGHT, "分值", "权重", "指标权重");
        add(w, Column.SCORE, "得分", "指标得分");
        add(w, Column.COEFFICIENT, "得分系数");
        add(w, Column.CORE, "是否核心指标");
        add(w, Column.DEFINITION, "指标解释", "指标说明", "指标值说明");
        add(w, Column.STANDARD, "评(扣)分标准", "评分标准", "调整指标值");
        add(w, Column.NOTE, "备注", "说明");
        add(w, Column.ACTIVITY, "工作活动");
        w.sort(Comparator.comparingInt((Word x) -> x.text().length()).reversed());
        INDICATOR = List.copyOf(w);
        List<Word> b = new ArrayList<>();
        add(b, Column.INITIAL, "年初预算数");
        add(b, Column.PLANNED, "全年预算数", "全年(调整)预算数", "预算数", "预算安排数", "调整后预算数",
                // a 申报表's two groups printed as columns (中期资金总额 | 年度资金总额, h86): the year's is the planned figure
                "年度资金总额");
        add(b, Column.EXECUTED, "全年执行数", "执行数", "实际支出");
        add(b, Column.RATE, "预算执行率", "执行率");
        add(b, Column.WEIGHT, "分值", "执行率权重", "权重");
        add(b, Column.SCORE, "得分", "执行率得分");
        add(b, Column.OTHER_FIGURE, "实际到位数", "到位数", "中期资金总额");
        b.sort(Comparator.comparingInt((Word x) -> x.text().length()).reversed());
        BUDGET = List.copyOf(b);
        List<Word> d = new ArrayList<>();
        add(d, Column.SEQ, "职责序号", "序号");
        add(d, Column.DUTY, "部门职责");
        add(d, Column.DUTY_GOAL, "职责目标");
        add(d, Column.GOAL_CONTENT, "目标内容");
        add(d, Column.NAME, DEPARTMENT_NAME, "指标名称", "三级指标");
        add(d, Column.DEFINITION, "指标解释", "指标说明");
        add(d, Column.TARGET, "年度指标值", "年度目标值", "指标值", "目标值");
        add(d, Column.REFERENCES, "指标参考值");
        add(d, Column.REF_PLANNED, "规划值");
        add(d, Column.REF_STANDARD, "当年标准值", "标准值");
        add(d, Column.REF_SOURCE, "来源");
        add(d, Column.REF_THREE_YEAR_AVERAGE, "前三年均值");
        add(d, Column.REF_LAST_YEAR, "上年值");
        add(d, Column.ACTIVITY, "工作活动");
        d.sort(Comparator.comparingInt((Word x) -> x.text().length()).reversed());
        DEPARTMENT = List.copyOf(d);
    }

    private static void add(List<Word> to, Column c, String... words) {
        LABELS.putIfAbsent(c, words[0]);
        for (String s : words) to.add(new Word(s, c));
    }

    /** The word a column is printed with on the official forms (一级指标, 年度指标值, 部门职责 …). */
    public static String label(Column c) { return LABELS.get(c); }

    /** The column of the budget word a top half makes with the bottom half under it (年初 + 预算数), or null where they make none. */
    public static Column wrapped(String top, String bottom) {
        return column(top + bottom, BUDGET);
    }

    /** Whether a budget word is the bottom half of a wrapped word (预算数, 执行数): some top half makes a word with it. */
    public static boolean bottom(String word) {
        for (Top t : WRAPPED_TOPS) if (wrapped(t.text(), word) != null) return true;
        return false;
    }

    /**
     * The budget word or the top half of a wrapped one written at {@code i} in {@code text} (longest first: 年初预算数 is a
     * word, 年初 over something a top), or null. A top is given as a word of its {@link Top#alone()} column.
     */
    public static Word budgetWordAt(String text, int i) {
        Word w = at(text, i, BUDGET);
        for (Top t : WRAPPED_TOPS) {
            if ((w == null || w.text().length() < t.text().length()) && text.startsWith(t.text(), i)) return new Word(t.text(), t.alone());
        }
        return w;
    }

    /** Whether {@code piece} is the top half of a wrapped budget word (年初, 全年). */
    public static boolean top(String piece) {
        for (Top t : WRAPPED_TOPS) if (t.text().equals(piece)) return true;
        return false;
    }

    /** The column a header cell names on any of the forms (indicator words first, then the department table's), or null. */
    public static Column anyColumn(String cell) {
        Column c = column(cell, INDICATOR);
        return c != null ? c : column(cell, DEPARTMENT);
    }

    /**
     * The columns named in {@code text} (a header run, folded), in order. A word counts once where it stands; text
     * between words (marks, (A), (%)) is passed over.
     */
    public static List<Column> columns(String text, List<Word> vocabulary) {
        List<Column> out = new ArrayList<>();
        String t = key(text);
        int i = 0;
        while (i < t.length()) {
            if (t.charAt(i) == CELL_BREAK) { i++; continue; }
            Word hit = at(t, i, vocabulary);
            if (hit == null) { i++; continue; }
            out.add(hit.column());
            i += hit.text().length();
        }
        return out;
    }

    /** The longest word of the vocabulary written at {@code i} in {@code text}, or null (asked at every character of a header). */
    public static Word at(String text, int i, List<Word> vocabulary) {
        if (i >= text.length()) return null;
        String firsts = vocabulary == INDICATOR ? INDICATOR_FIRSTS : vocabulary == BUDGET ? BUDGET_FIRSTS
                : vocabulary == DEPARTMENT ? DEPARTMENT_FIRSTS : null;
        if (firsts != null) {
            if (!Vocabulary.in(ANY_FIRSTS, text.charAt(i))) return null; // most characters of a header begin no word: one bit test
            int f = firsts.indexOf(text.charAt(i));
            if (f < 0) return null;
            // only the words that begin with this character, longest first as in the vocabulary
            Word[] words = vocabulary == INDICATOR ? INDICATOR_BY_FIRST[f] : vocabulary == BUDGET ? BUDGET_BY_FIRST[f] : DEPARTMENT_BY_FIRST[f];
            for (Word w : words) if (text.startsWith(w.text(), i)) return w;
            return null;
        }
        for (Word w : vocabulary) if (text.startsWith(w.text(), i)) return w;
        return null;
    }

    private static final String INDICATOR_FIRSTS = firsts(INDICATOR), BUDGET_FIRSTS = firsts(BUDGET), DEPARTMENT_FIRSTS = firsts(DEPARTMENT);
    /** The first characters of the three vocabularies' words, as a set: a character in none is answered before its vocabulary's are walked. */
    private static final long[] ANY_FIRSTS = Vocabulary.charSet(INDICATOR_FIRSTS + BUDGET_FIRSTS + DEPARTMENT_FIRSTS);
    private static final Word[][] INDICATOR_BY_FIRST = byFirst(INDICATOR, INDICATOR_FIRSTS), BUDGET_BY_FIRST = byFirst(BUDGET, BUDGET_FIRSTS),
            DEPARTMENT_BY_FIRST = byFirst(DEPARTMENT, DEPARTMENT_FIRSTS);

    /** The words of a vocabulary beginning with each character of {@code firsts} (by its index there), in the vocabulary's order. */
    private static Word[][] byFirst(List<Word> words, String firsts) {
        Word[][] out = new Word[firsts.length()][];
        for (int k = 0; k < firsts.length(); k++) {
            char f = firsts.charAt(k);
            out[k] = words.stream().filter(w -> w.text().charAt(0) == f).toArray(Word[]::new);
        }
        return out;
    }

    /**
     * Whether a key beginning with {@code c} can be an indicator or budget header word ({@link #column} of either
     * vocabulary): it begins with a word's first character, or with the * marks {@link #column} drops.
     */
    static boolean mayBeginIndicatorOrBudgetWord(char c) {
        return Vocabulary.in(INDICATOR_OR_BUDGET_FIRSTS, c);
    }

    /** {@link #mayBeginIndicatorOrBudgetWord}'s characters: * and the first characters of both vocabularies. */
    private static final long[] INDICATOR_OR_BUDGET_FIRSTS = Vocabulary.charSet("*" + INDICATOR_FIRSTS + BUDGET_FIRSTS);

    private static String firsts(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) if (sb.indexOf(w.text().substring(0, 1)) < 0) sb.append(w.text().charAt(0));
        return sb.toString();
    }

    /** The column one header cell names exactly (after removing spaces, * marks and (A)-style notes), or null. */
    public static Column column(String cell, List<Word> vocabulary) {
        String t = key(cell);
        if (t.isEmpty() || t.length() > 24) return null;
        if (t.charAt(0) == '*') t = withoutStars(t);
        if (t.endsWith(")")) t = withoutNote(t);
        java.util.Map<String, Column> exact = vocabulary == INDICATOR ? INDICATOR_EXACT : vocabulary == BUDGET ? BUDGET_EXACT
                : vocabulary == DEPARTMENT ? DEPARTMENT_EXACT : null;
        if (exact != null) return exact.get(t); // asked for many cells: a hash lookup, not a walk over the words
        for (Word w : vocabulary) if (t.equals(w.text())) return w.column();
        return null;
    }

    private static final java.util.Map<String, Column> INDICATOR_EXACT = exact(INDICATOR), BUDGET_EXACT = exact(BUDGET),
            DEPARTMENT_EXACT = exact(DEPARTMENT);

    /** Each word's column, the first in the vocabulary's order where a word is given twice (as the walk over it finds). */
    private static java.util.Map<String, Column> exact(List<Word> vocabulary) {
        java.util.Map<String, Column> out = new java.util.HashMap<>();
        for (Word w : vocabulary) out.putIfAbsent(w.text(), w.column());
        return out;
    }

    /**
     * Whether a cell is the beginning of a header word and not the whole word ("年度指", "全"): what is left of a header
     * when the text stops inside it (the header of a table cut off there holds no row).
     */
    public static boolean fragment(String cell) {
        String t = key(cell);
        if (t.isEmpty()) return false;
        // only the words that begin with the cell's first character (asked of every header cell)
        int f = INDICATOR_FIRSTS.indexOf(t.charAt(0));
        if (f < 0) return false;
        for (Word w : INDICATOR_BY_FIRST[f]) if (w.text().length() > t.length() && w.text().startsWith(t)) return true;
        return false;
    }

    /** The * marks that open a key dropped (^\\*+). */
    private static String withoutStars(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == '*') i++;
        return t.substring(i);
    }

    /** What a key's last bracket may hold as a note the header word is printed with: (A), (B/A×100%) … */
    private static final java.util.Set<String> NOTES = java.util.Set.of("A", "B", "%", "分", "B/A", "B/A×100%");

    /**
     * A key ending with ) without its trailing note \\((A|B|%|分|B/A|B/A×100%)\\)$, by hand (asked of every key joined
     * that ends with a bracket): no note holds a bracket, so the note begins at the key's last (.
     */
    private static String withoutNote(String t) {
        int open = t.lastIndexOf('(');
        return open >= 0 && NOTES.contains(t.substring(open + 1, t.length() - 1)) ? t.substring(0, open) : t;
    }

    /** Put between the cells of a header run: no word is read across it. */
    public static final char CELL_BREAK = '\u0001';

    /** Spaces and full-width brackets out, so that 年度 指标值 and 评（扣）分标准 read as the words. */
    public static String key(String s) {
        // most cells have nothing to drop or fold: the text itself, without a copy (this runs for every cell, often)
        int first = 0;
        while (first < s.length() && !changes(s.charAt(first))) first++;
        if (first == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != CELL_BREAK && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000')) continue;
            sb.append(c == '（' ? '(' : c == '）' ? ')' : c == '：' ? ':' : c);
        }
        return sb.toString();
    }

    private static boolean changes(char c) {
        // no whitespace after U+3000: Han text (most of every cell) is answered without the JDK's character tables
        if (c > '\u3000') return c == '（' || c == '）' || c == '：';
        return c != CELL_BREAK && (c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c));
    }
}
