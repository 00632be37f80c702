package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.measure.Unit;
import org.jixiao.measure.Units;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;

/** The money block of a self-evaluation table: columns by their header words, rows by their labels, money in 万元. */
final class BudgetReader {
    private BudgetReader() {}

    enum Col { INITIAL, PLANNED, EXECUTED, RATE, OTHER }

    private static final List<String> TOTALS = List.of("年度资金总额", "年度金额", "资金总额", "年度资金", "合计", "总计");
    private static final List<String> SOURCES = List.of("中央补助", "中央财政资金", "中央资金", "地方资金", "地方财政资金",
            "其他资金", "财政拨款", "上级补助", "本级资金", "自筹资金", "省级资金", "市级资金", "县级资金", "省级补助", "市级补助",
            "上年结转", "结转资金", "一般公共预算", "政府性基金");

    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[:：\\s\u00a0]+");

    static Budget read(List<Line> lines, List<ParseWarning> warnings) {
        StringBuilder all = new StringBuilder();
        for (Line l : lines) all.append(l.text()).append('\n');
        String text = all.toString();
        List<Col> cols = columns(text);
        // the block's unit, converted to 万元 by measure.Units (the one place units and their factors live)
        Unit currency = Units.TEN_THOUSAND_YUAN;
        if (text.contains("亿元")) currency = Units.HUNDRED_MILLION_YUAN;
        else if (!text.contains("万元") && (text.contains("(元") || text.contains("（元") || text.contains("单位:元")
                || text.contains("单位：元") || text.contains("元)") || text.contains("元）"))) currency = Units.YUAN;

        BigDecimal[] total = null;
        int totalLine = 0;
        List<FundSource> sources = new ArrayList<>();
        boolean ofWhich = false; // a 其中 row was read: the rows below it are sources too, named or not
        // the total's row prints a 中期 group first (中期资金总额 386.4 年度资金总额 128.8): each source row prints both groups
        // in that order, and the table's sources are the year's, as its total is (h02)
        boolean midTermFirst = false;
        for (Line l : rows(lines)) {
            String s = l.text();
            // a row is named by a total's or a source's word or follows 其中: a line with none of them (one scan) is no row
            String below = null;
            if (!hasLabelWord(s) && (!ofWhich || (below = labelBelowOfWhich(s)) == null)) continue;
            String label = null;
            int at = -1;
            boolean isTotal = false;
            for (String t : TOTALS) { at = s.indexOf(t); if (at >= 0) { label = t; isTotal = true; break; } }
            if (label == null) {
                int q = s.indexOf("其中");
                for (String src : SOURCES) {
                    int k = midTermFirst ? s.lastIndexOf(src) : s.indexOf(src);
                    if (k >= 0) {
                        // the source's whole name as its cell writes it (其中：当年财政拨款): never its last word alone
                        int b = k, stop = q >= 0 && q < k ? q + 2 : 0; // back to the cell's start, or to its 其中
                        while (b > stop && !Cells.isSpace(s.charAt(b - 1)) && ":：|\t".indexOf(s.charAt(b - 1)) < 0) b--;
                        // and on to the cell's end (上年结转资金, not 上年结转 and an amount 资金)
                        int e = k + src.length();
                        while (e < s.length() && Cells.han(s.charAt(e))) e++;
                        label = s.substring(b, e);
                        at = b;
                        break;
                    }
                }
                if (label == null && q >= 0) {
                    String rest = LEADING_MARKS.matcher(s.substring(q + 2)).replaceFirst("");
                    int e = 0;
                    while (e < rest.length() && !Cells.isDigit(rest.charAt(e)) && !Cells.isSpace(rest.charAt(e))) e++;
                    if (e > 0) { label = rest.substring(0, e); at = s.indexOf(label, q); }
                }
                if (label == null && below != null) { label = below; at = s.indexOf(below); }
            }
            if (label == null) continue;
            if (!isTotal && GridTableReader.notSource(label)) continue; // 其中：基本支出 splits the total by use, as the grid reads it
            int from = at + label.length();
            if (from < s.length() && (s.charAt(from) == ':' || s.charAt(from) == '：')) from++; // one colon after the label
            String rest = s.substring(from);
            BigDecimal[] values = numbers(rest, cols, currency, l.no(), warnings);
            if (values == null) continue;
            if (isTotal && total == null) {
                total = values;
                totalLine = l.no();
                int mid = s.indexOf("中期");
                midTermFirst = mid >= 0 && mid < at && s.indexOf("总额", mid) >= 0;
            }
            else if (!isTotal) {
                if (below != null && values[Col.PLANNED.ordinal()] == null && values[Col.EXECUTED.ordinal()] == null) continue;
                sources.add(new FundSource(label, values[Col.PLANNED.ordinal()], values[Col.EXECUTED.ordinal()],
                        values[Col.RATE.ordinal()]));
                ofWhich |= s.contains("其中");
            }
        }
        if (total == null && sources.isEmpty()) return null;
        if (total == null) total = new BigDecimal[Col.values().length];
        if (zeroOrNull(total)) {
            List<FundSource> nonZero = sources.stream().filter(f -> nonZero(f.planned()) || nonZero(f.executed())).toList();
            if (!nonZero.isEmpty() && hasZero(total)) {
                total = new BigDecimal[Col.values().length];
                warnings.add(ParseWarning.of(totalLine, "资金总额行为0而分项有金额，总额不采用",
                        "the total row is zero while a source line is not; the total is not used"));
                if (nonZero.size() == 1) {
                    FundSource f = nonZero.get(0);
                    total[Col.PLANNED.ordinal()] = f.planned();
                    total[Col.EXECUTED.ordinal()] = f.executed();
                    total[Col.RATE.ordinal()] = f.ratePercent();
                }
            }
        }
        return new Budget("万元", total[Col.INITIAL.ordinal()], total[Col.PLANNED.ordinal()], total[Col.EXECUTED.ordinal()],
                total[Col.RATE.ordinal()], sources);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100), FRACTION_LIMIT = new BigDecimal("1.5");

    /**
     * A rate printed as a spreadsheet's fraction (执行率 0.9856, no %): the percentage is the figure × 100 when executed ÷
     * planned agrees with that and not with the figure as printed (716,040.40 ÷ 726,500.00 = 98.56%, h60); said with a
     * warning. The same for each source row. Any other budget is returned as it is.
     */
    static Budget fractionRate(Budget b, int line, List<ParseWarning> warnings) {
        if (b == null) return null;
        BigDecimal rate = asPercent(b.planned(), b.executed(), b.ratePercent());
        boolean changed = rate != b.ratePercent();
        List<FundSource> sources = new ArrayList<>(b.sources().size());
        for (FundSource f : b.sources()) {
            BigDecimal r = asPercent(f.planned(), f.executed(), f.ratePercent());
            changed |= r != f.ratePercent();
            sources.add(r == f.ratePercent() ? f : new FundSource(f.name(), f.planned(), f.executed(), r));
        }
        if (!changed) return b;
        warnings.add(ParseWarning.of(line, "执行率以小数写出(如0.9856),按执行数÷预算数读作百分数",
                "the execution rate is printed as a fraction (0.9856): read as a percentage, as executed ÷ planned agrees"));
        return new Budget(b.currency(), b.initial(), b.planned(), b.executed(), rate, sources);
    }

    /** {@code rate} × 100 when it is a fraction that executed ÷ planned agrees with so (and not as printed); else {@code rate} itself. */
    private static BigDecimal asPercent(BigDecimal planned, BigDecimal executed, BigDecimal rate) {
        if (rate == null || planned == null || executed == null || planned.signum() <= 0 || rate.signum() <= 0
                || rate.compareTo(FRACTION_LIMIT) > 0) return rate;
        BigDecimal percent = rate.multiply(HUNDRED).stripTrailingZeros();
        if (percent.scale() < 0) percent = percent.setScale(0);
        return Cells.rateAgrees(planned, executed, percent) && !Cells.rateAgrees(planned, executed, rate) ? percent : rate;
    }

    /**
     * One cell per line (or per paragraph): a row label alone on its line takes the amounts on the lines below it,
     * up to the next line that is not an amount, so that the row reads as if its cells shared one line.
     */
    static List<Line> rows(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        boolean ofWhich = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            ofWhich |= l.text().contains("其中");
            List<Line> labelled = labelledCells(l);
            if (labelled != null) { out.addAll(labelled); continue; }
            if (!rowLabelAlone(l.text()) && !(ofWhich && aloneBelowOfWhich(lines, i))) {
                out.add(l);
                continue;
            }
            StringBuilder sb = new StringBuilder(l.text());
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String c = Cells.clean(lines.get(j).text());
                if (c == null || NOT_APPLICABLE.contains(c)) {
                    // an empty cell the page printed (a no-break space, a dash) keeps its place in the row
                    if (c != null || lines.get(j).text().indexOf('\u00a0') >= 0) sb.append(" \u00a0");
                    continue;
                }
                if (!amount(c)) break;
                sb.append(' ').append(c);
            }
            out.add(new Line(l.no(), sb.toString()));
            i = j - 1;
        }
        return out;
    }

    /**
     * A row whose cells each hold a label and its amount joined by a colon (年度资金总额：85.6 | 其中：财政拨款：85.6 | 其他资金：,
     * h64): each such cell a row of its own, as if the labels stood one under the other; null unless two cells are so.
     */
    private static List<Line> labelledCells(Line l) {
        String s = l.text();
        if (s.indexOf('：') < 0 && s.indexOf(':') < 0) return null; // most lines: no colon, no such cell
        List<Line> out = new ArrayList<>();
        for (String c : l.cells()) {
            int colon = Math.max(c.lastIndexOf('：'), c.lastIndexOf(':'));
            if (colon <= 0 || !hasLabelWord(c.substring(0, colon))) continue;
            String v = Cells.clean(c.substring(colon + 1));
            if (v != null && !amount(v)) continue;
            out.add(new Line(l.no(), c));
        }
        return out.size() >= 2 ? out : null;
    }

    private static final List<String> NOT_APPLICABLE = List.of("—", "——", "-", "－", "/", "／", "─");

    /**
     * An amount cell ([0-9０-９][0-9０-９.,，]*, then % or ％, or the money's unit 万元/亿元/元/万/亿 as cells print it
     * after every amount: 456.8万元), asked of the lines below every row label alone.
     */
    private static boolean amount(String c) {
        int n = c.length();
        if (n > 0 && (c.charAt(n - 1) == '%' || c.charAt(n - 1) == '％')) n--;
        else if (c.endsWith("万元") || c.endsWith("亿元")) n -= 2;
        else if (n > 0 && (c.charAt(n - 1) == '元' || c.charAt(n - 1) == '万' || c.charAt(n - 1) == '亿')) n--;
        if (n == 0 || !digit(c.charAt(0))) return false;
        for (int i = 1; i < n; i++) {
            char ch = c.charAt(i);
            if (!digit(ch) && ch != '.' && ch != ',' && ch != '，') return false;
        }
        return true;
    }

    private static boolean digit(char c) { return c >= '0' && c <= '9' || c >= '０' && c <= '９'; }

    /** 其中, the totals' and the sources' words: a line holds one of them (asked of every line of the block). */
    private static final List<String> LABEL_WORDS = new ArrayList<>();
    static {
        LABEL_WORDS.add("其中");
        LABEL_WORDS.addAll(TOTALS);
        LABEL_WORDS.addAll(SOURCES);
    }
    private static final String LABEL_FIRSTS = Vocabulary.firsts(LABEL_WORDS);

    private static boolean hasLabelWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (LABEL_FIRSTS.indexOf(s.charAt(i)) < 0) continue;
            for (String w : LABEL_WORDS) if (s.startsWith(w, i)) return true;
        }
        return false;
    }

    /**
     * The label of a row below a 其中 row that names no source word (项目支出 under 其中：基本支出, 市县资金 under
     * 其中：省级补助): the line's first cell, 2 to 12 Han characters; the amounts after it decide whether it is a row.
     */
    private static String labelBelowOfWhich(String s) {
        int n = s.length(), a = 0;
        while (a < n && (Cells.isSpace(s.charAt(a)) || s.charAt(a) == '|')) a++;
        int e = a;
        while (e < n && e - a <= 12 && Cells.han(s.charAt(e))) e++;
        if (e - a < 2 || e - a > 12) return null;
        if (e < n && !Cells.isSpace(s.charAt(e)) && s.charAt(e) != '|' && s.charAt(e) != ':' && s.charAt(e) != '：') return null;
        for (int i = e; i < n; i++) if (Cells.isDigit(s.charAt(i))) return s.substring(a, e);
        return null; // no amount after it (一级指标 二级指标 of a header cut short, a row of dashes): no row
    }

    /** A label alone on its line below a 其中 row (one cell per line or paragraph), with an amount on the next line with text. */
    private static boolean aloneBelowOfWhich(List<Line> lines, int i) {
        String c = Cells.clean(lines.get(i).text());
        if (c == null || c.length() > 12) return false;
        for (int k = 0; k < c.length(); k++) if (!Cells.han(c.charAt(k))) return false;
        for (int j = i + 1; j < lines.size(); j++) {
            String next = Cells.clean(lines.get(j).text());
            if (next != null) return amount(next);
        }
        return false;
    }

    private static boolean rowLabelAlone(String s) {
        if (!hasLabelWord(s)) return false;
        String c = Cells.clean(s);
        if (c == null) return false;
        // "项目资金(万元) 年度资金总额" still counts as alone: no amount follows the label on its own line
        int last = Math.max(c.lastIndexOf(' '), c.lastIndexOf('\t'));
        String tail = c.substring(last + 1);
        for (int i = 0; i < tail.length(); i++) if (Cells.isDigit(tail.charAt(i))) return false;
        return true;
    }

    private static boolean nonZero(BigDecimal b) { return b != null && b.signum() != 0; }
    private static boolean nonZeroAny(BigDecimal[] v) { for (BigDecimal b : v) if (nonZero(b)) return true; return false; }
    private static boolean zeroOrNull(BigDecimal[] v) { return !nonZeroAny(v); }
    private static boolean hasZero(BigDecimal[] v) { for (BigDecimal b : v) if (b != null && b.signum() == 0) return true; return false; }

    static List<Col> columns(String text) {
        String[] words = {"年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"};
        Col[] kinds = {Col.INITIAL, Col.PLANNED, Col.EXECUTED, Col.RATE, Col.OTHER, Col.OTHER};
        List<int[]> hits = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            int at = text.indexOf(words[k]);
            if (at >= 0) hits.add(new int[] {at, k});
        }
        hits.sort(java.util.Comparator.comparingInt(h -> h[0]));
        List<Col> cols = new ArrayList<>();
        for (int[] h : hits) cols.add(kinds[h[1]]);
        if (!cols.contains(Col.PLANNED)) return List.of(Col.PLANNED, Col.EXECUTED, Col.RATE);
        return cols;
    }

    /**
     * The numbers of a row, by column, amounts in 万元 (a bare amount in the block's {@code currency}, one that writes
     * its unit — 30万元, 387664.62元 — in that unit); a glued run "924924100%" is split where B/A agrees with the rate.
     */
    static BigDecimal[] numbers(String rest, List<Col> cols, Unit currency, int line, List<ParseWarning> warnings) {
        List<String> toks = new ArrayList<>(), printed = new ArrayList<>();
        // "—" or "/" marks a cell that does not apply (the 分值 of a source row): an empty cell
        List<String> cells = new Line(line, rest).cells();
        // with tabs the text after the label begins with the label cell's end: its first cell is no cell of the row
        if (rest.startsWith("\t") && !cells.isEmpty()) cells = cells.subList(1, cells.size());
        for (String t : cells) {
            boolean empty = t.isEmpty() || NOT_APPLICABLE.contains(t);
            if (!empty) toks.add(t);
            printed.add(empty ? "" : t);
        }
        int printedAll = printed.size(); // a cell per column with the trailing empty ones (a spreadsheet's tabs keep them)
        while (!printed.isEmpty() && printed.get(printed.size() - 1).isEmpty()) printed.remove(printed.size() - 1);
        BigDecimal[] out = new BigDecimal[Col.values().length];
        if (toks.isEmpty()) return null;
        boolean perColumn = printed.size() == cols.size() || printed.size() < cols.size() && printedAll >= cols.size();
        if (perColumn && printed.size() > toks.size() && percentOnlyUnderRate(printed, cols) && amounts(toks)) {
            // a cell per column with empty ones printed (a no-break space, a dash): each value in its own column, so that
            // "年度资金总额 | | | 76" under 执行率 is the rate, not a planned amount
            for (int i = 0; i < printed.size(); i++) {
                String n = printed.get(i).replace(",", "").replace("，", "");
                if (n.isEmpty()) continue;
                Col c = cols.get(i);
                if (n.endsWith("%") || n.endsWith("％")) n = n.substring(0, n.length() - 1);
                BigDecimal v = c == Col.RATE || c == Col.OTHER ? decimal(n) : Units.money(n, currency, Units.TEN_THOUSAND_YUAN).orElse(null);
                if (v != null && c != Col.OTHER) out[c.ordinal()] = v;
            }
            return out;
        }
        if (toks.size() == 1 && cols.size() > 1) {
            List<String> split = splitGlued(toks.get(0), cols);
            if (split != null) toks = split;
        }
        int ci = 0;
        boolean any = false;
        for (String t : toks) {
            String n = t.replace(",", "").replace("，", "");
            boolean pct = n.endsWith("%") || n.endsWith("％");
            if (pct) n = n.substring(0, n.length() - 1);
            Col c = pct ? Col.RATE : (ci < cols.size() ? cols.get(ci) : Col.OTHER);
            BigDecimal v = pct || c == Col.RATE || c == Col.OTHER ? decimal(n)
                    : Units.money(n, currency, Units.TEN_THOUSAND_YUAN).orElse(null);
            if (v == null) {
                warnings.add(ParseWarning.of(line, "无法识别的金额: " + t, "unreadable amount: " + t));
                return any ? out : null;
            }
            if (pct) ci = Math.max(ci, cols.indexOf(Col.RATE));
            if (c != Col.OTHER && out[c.ordinal()] == null) out[c.ordinal()] = v;
            any = true;
            ci++;
        }
        if (any) emptyInitialLost(out, cols, line, warnings);
        return any ? out : null;
    }

    /**
     * Amounts placed from the first column leave 全年执行数 empty under a printed rate (年初预算数 150, 全年预算数 150, 执行率
     * 100%): an empty 年初预算数 cell was lost before them (a blank paragraph, a merged cell). When the amounts one column
     * later make executed ÷ planned the printed rate, they are placed there, and the move is said.
     */
    private static void emptyInitialLost(BigDecimal[] out, List<Col> cols, int line, List<ParseWarning> warnings) {
        int i = cols.indexOf(Col.INITIAL);
        BigDecimal first = out[Col.INITIAL.ordinal()], second = out[Col.PLANNED.ordinal()], rate = out[Col.RATE.ordinal()];
        if (i < 0 || first == null || second == null || rate == null || out[Col.EXECUTED.ordinal()] != null
                || cols.indexOf(Col.PLANNED) != i + 1 || cols.indexOf(Col.EXECUTED) != i + 2 || first.signum() <= 0) return;
        BigDecimal asRate = second.multiply(BigDecimal.valueOf(100)).divide(first, Math.max(rate.scale(), 0), java.math.RoundingMode.HALF_UP);
        if (asRate.compareTo(rate) != 0) return;
        out[Col.INITIAL.ordinal()] = null;
        out[Col.PLANNED.ordinal()] = first;
        out[Col.EXECUTED.ordinal()] = second;
        warnings.add(ParseWarning.of(line, "年初预算数为空: 两个金额按执行率读作全年预算数和全年执行数 (" + second.toPlainString() + " ÷ "
                + first.toPlainString() + " = " + rate.toPlainString() + "%)", "the initial budget is empty: the two amounts are read as the "
                + "full-year budget and execution by the rate (" + second.toPlainString() + " ÷ " + first.toPlainString() + " = "
                + rate.toPlainString() + "%)"));
    }

    /** Whether every printed value is an amount or a rate (a label's text after it, 其他资金, is none). */
    private static boolean amounts(List<String> toks) {
        for (String t : toks) if (!amount(Cells.clean(t) == null ? t : Cells.clean(t))) return false;
        return true;
    }

    private static boolean percentOnlyUnderRate(List<String> printed, List<Col> cols) {
        for (int i = 0; i < printed.size(); i++) {
            String t = printed.get(i);
            if ((t.endsWith("%") || t.endsWith("％")) && cols.get(i) != Col.RATE) return false;
        }
        return true;
    }

    private static List<String> splitGlued(String s, List<Col> cols) {
        if (!(s.endsWith("%") || s.endsWith("％"))) return null;
        String d = s.substring(0, s.length() - 1);
        for (int i = 0; i < d.length(); i++) if (!Cells.isDigit(d.charAt(i)) && d.charAt(i) != '.') return null;
        for (int i = 1; i < d.length() - 1; i++) {
            BigDecimal p = num(d.substring(0, i));
            if (p == null) continue;
            for (int j = i + 1; j < d.length(); j++) {
                BigDecimal e = num(d.substring(i, j)), r = num(d.substring(j));
                if (e == null || r == null) continue;
                if (p.signum() == 0) {
                    if (e.signum() == 0 && r.signum() == 0) return List.of(d.substring(0, i), d.substring(i, j), d.substring(j) + "%");
                    continue;
                }
                if (Cells.rateAgrees(p, e, r)) {
                    return List.of(d.substring(0, i), d.substring(i, j), d.substring(j) + "%");
                }
            }
        }
        return null;
    }

    private static BigDecimal num(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') return null;
        try { return new BigDecimal(s); } catch (NumberFormatException e) { return null; }
    }

    private static BigDecimal decimal(String s) {
        try { return new BigDecimal(s); } catch (NumberFormatException e) { return null; }
    }
}
