package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget block's shape, found before {@link BudgetRow} places any cell: the block is rewritten into the shape the
 * rows are read in (column words, then rows each named by its label), whatever shape it was printed in —
 * <ul>
 * <li>labels a scan printed letter-spaced (合    计, 其 中：财 政 拨 款) are closed up;</li>
 * <li>column word：figure cells with no row label (年初预算数：1286.4 / 全年预算数：1432.6 …, h95) are the total row, the
 * column words its header;</li>
 * <li>a row of figures with no label under the column words (| | 356.2 | 341.9 | 95.99% |, h79) is the total row when
 * no row is named a total: the only such row, or of several the one whose first amount is the sum of all the others'
 * (the rest, nameless, said and not read).</li>
 * </ul>
 * A total taken by its place or by the sum is said in a warning with its line. Nothing is read here: figures are
 * only moved into a row with a total's label ({@link #TOTAL}), which no output prints.
 */
final class BudgetShape {
    private BudgetShape() {}

    /** The label given to a total row the block prints without one (a total's label is not part of the budget read). */
    static final String TOTAL = "合计";

    /** Single Han characters each apart from the next by spaces (a scan's letter-spacing), up to a colon. */
    private static final Pattern SPACED = Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}(?:[ \u3000\u00a0]+\\p{IsHan}(?!\\p{IsHan}))+");

    /** A column word and its figure in one cell (全年预算数：1432.6). */
    private static final Pattern WORD_FIGURE = Pattern.compile("([^:：]{2,12})[:：]\\s*(\\S+)");

    /** The block's rows reshaped; its lines already {@link #closedUp} (BudgetReader closes them up before the transposed stage). */
    static List<Line> of(List<Line> out, List<ParseWarning> warnings) {
        boolean named = false;
        for (Line l : out) if (BudgetReader.totalWord(l.text())) { named = true; break; }
        if (named) return out;
        List<Line> pairs = wordsAsLabels(out);
        if (pairs != null) return pairs;
        return unlabelledTotal(out, warnings);
    }

    /**
     * The block of a grid that names no total (GridTableReader finds a total by its words): its rows as lines of cells,
     * from the block's label to the goal or indicators, read as lines are. Null when no budget is read.
     */
    static org.jixiao.scorecard.Budget ofGrid(List<CellGrid.Cell> cells, List<ParseWarning> warnings) {
        int from = 0;
        while (from < cells.size() && !SelfEvaluationReader.budgetBlock(cells.get(from).text())) from++;
        int to = from + 1;
        while (to < cells.size() && !cells.get(to).text().contains("目标") && !cells.get(to).text().contains("指标")) to++;
        to = Math.min(to, cells.size());
        for (int i = from; i < to; i++) {
            String t = cells.get(i).text();
            // a cell with the grid's own total word (总额, 年度金额) that it did not take (a glued line's, too long for a
            // label) is the grid's decision, not a block with no total
            if (t.contains("总额") || t.contains("年度金额")) return null;
        }
        List<Line> lines = from < to ? lines(cells.subList(from, to)) : List.of();
        return lines.isEmpty() ? null : BudgetReader.read(lines, warnings);
    }

    /** Grid cells as the lines they were printed on: a line of pipes per printed line, a cell alone as its bare text. */
    static List<Line> lines(List<CellGrid.Cell> cells) {
        List<Line> lines = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        int no = -1;
        for (CellGrid.Cell c : cells) {
            if (c.line() != no && no >= 0) { lines.add(gridLine(no, row)); row.setLength(0); }
            no = c.line();
            row.append("| ").append(c.text().isEmpty() ? "\u00a0" : c.text()).append(' ');
        }
        if (!row.isEmpty()) lines.add(gridLine(no, row));
        return lines;
    }

    /** A grid line's cells as a line of pipes; one cell alone as its bare text (one cell per line). */
    private static Line gridLine(int no, StringBuilder row) {
        String s = row.toString();
        return s.indexOf('|', 1) < 0 ? new Line(no, s.substring(2, s.length() - 1)) : new Line(no, s + "|");
    }

    /** Each line with its letter-spaced labels (single Han characters apart by spaces) closed up; the same list when none. */
    static List<Line> closedUp(List<Line> lines) {
        List<Line> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String s = l.text();
            String closed = null;
            if (s.length() < 200 && hasSpacedHan(s)) {
                Matcher m = SPACED.matcher(s);
                StringBuilder sb = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    String word = m.group().replaceAll("[ \u3000\u00a0]+", "");
                    sb.append(s, last, m.start()).append(word);
                    last = m.end();
                }
                if (last > 0) closed = sb.append(s, last, s.length()).toString();
            }
            if (closed != null && out == null) out = new ArrayList<>(lines.subList(0, i));
            if (out != null) out.add(closed == null ? l : new Line(l.no(), closed));
        }
        return out == null ? lines : out;
    }

    /** Whether a Han character stands alone before a space and another Han character (asked before the pattern). */
    private static boolean hasSpacedHan(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (Line.isSep(s.charAt(i)) && Cells.han(s.charAt(i - 1)) && (i < 2 || !Cells.han(s.charAt(i - 2)))) return true;
        }
        return false;
    }


    /**
     * Cells of column word：figure with no row label (h95): two or more, each its column's own — rewritten as a row of the
     * column words over a total row of the figures. Null when the block is not so.
     */
    private static List<Line> wordsAsLabels(List<Line> lines) {
        List<String> words = new ArrayList<>(), figures = new ArrayList<>();
        int first = -1, firstNo = 0;
        List<Line> rest = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().indexOf('：') < 0 && l.text().indexOf(':') < 0) { rest.add(l); continue; }
            boolean any = false;
            for (String c : l.cells()) {
                Matcher m = WORD_FIGURE.matcher(c);
                if (!m.matches() || BudgetReader.hasLabelWord(m.group(1)) || !BudgetReader.figure(m.group(2))) continue;
                if (BudgetRow.columns(m.group(1)).size() != 1) continue;
                words.add(m.group(1));
                figures.add(m.group(2));
                any = true;
            }
            if (any && first < 0) { first = rest.size(); firstNo = l.no(); }
            if (!any) rest.add(l);
        }
        // two pairs or more; one alone when it is an amount (a targets table's 全年预算数：100), never a rate alone
        if (words.isEmpty()) return null;
        String only = figures.get(0);
        if (words.size() == 1 && (!BudgetReader.amount(only) || only.endsWith("%") || only.endsWith("％"))) return null;
        rest.add(first, new Line(firstNo, String.join(" | ", words)));
        rest.add(first + 1, new Line(firstNo, TOTAL + " | " + String.join(" | ", figures)));
        return rest;
    }

    /**
     * A row of figures with no label (a line of cells, or one cell per line a run of figures after a line that is no
     * label) under the column words, where no row is named a total: the only such row is the total; of several, the one
     * whose first amount is the sum of the others'. Said in a warning either way.
     */
    private static List<Line> unlabelledTotal(List<Line> lines, List<ParseWarning> warnings) {
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) if (!BudgetRow.columns(lines.get(i).text()).isEmpty()) header = i;
        if (header < 0) return lines;
        StringBuilder all = new StringBuilder();
        for (Line l : lines) all.append(l.text()).append('\n');
        int columns = BudgetRow.columns(all.toString()).size();
        record Row(int from, int to, List<String> cells) {}
        List<Row> rows = new ArrayList<>();
        List<BigDecimal> named = new ArrayList<>(); // the first amount of each labelled row
        for (int i = header + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) continue;
            List<String> cells = l.cells();
            if (cells.size() >= 2) {
                List<String> figs = figuresOnly(cells);
                if (figs != null) rows.add(new Row(i, i + 1, figs));
                else if (BudgetReader.hasLabelWord(l.text()) || BudgetReader.sourceByEnding(l.text()) != null) named.add(firstAmount(cells));
                continue;
            }
            String c = Cells.clean(l.text());
            if (c == null) continue;
            if ((BudgetReader.hasLabelWord(c) || BudgetReader.sourceAlone(c)) && !BudgetReader.figure(c)) {
                // one cell per line, a label alone: its row's cells follow it, one per column at most (what follows
                // them is another row's, h98's total printed last with its label cell empty)
                int j = i + 1, k = 0;
                String first = null;
                for (; j < lines.size() && k < columns; j++) {
                    if (lines.get(j).empty()) continue;
                    String x = Cells.clean(lines.get(j).text());
                    if (x != null && !BudgetReader.figure(x)) break;
                    if (first == null && x != null) first = x;
                    k++;
                }
                named.add(first != null && BudgetReader.amount(first) ? number(first) : null);
                i = j - 1;
                continue;
            }
            if (!BudgetReader.figure(c)) continue;
            // a figure no label's row holds: a row of figures with no label begins here
            List<String> run = new ArrayList<>();
            int j = i;
            for (; j < lines.size(); j++) {
                if (lines.get(j).empty()) continue;
                String x = Cells.clean(lines.get(j).text());
                if (x != null && !BudgetReader.figure(x)) break;
                run.add(x == null ? "" : x);
            }
            rows.add(new Row(i, j, run));
            i = j - 1;
        }
        if (rows.isEmpty()) return lines;
        Row total = null;
        boolean bySum = false;
        BigDecimal sum = BigDecimal.ZERO;
        boolean sums = !named.isEmpty();
        for (BigDecimal n : named) { if (n == null) sums = false; else sum = sum.add(n); }
        if (rows.size() == 1) {
            total = rows.get(0);
            bySum = sums && sum.compareTo(firstAmount(total.cells()) == null ? BigDecimal.ONE.negate() : firstAmount(total.cells())) == 0;
        } else {
            // several unlabelled rows: the total is the one whose amount is the sum of all the others
            for (Row r : rows) {
                BigDecimal own = firstAmount(r.cells());
                if (own == null) continue;
                BigDecimal others = sums ? sum : BigDecimal.ZERO;
                boolean every = true;
                for (Row o : rows) {
                    if (o == r) continue;
                    BigDecimal a = firstAmount(o.cells());
                    if (a == null) { every = false; break; }
                    others = others.add(a);
                }
                if (every && own.compareTo(others) == 0) { total = r; bySum = true; break; }
            }
            if (total == null) return lines;
        }
        int no = lines.get(total.from()).no();
        warnings.add(bySum
                ? ParseWarning.of(no, "预算表的合计行未写标签,其金额等于各分项之和,读作资金总额",
                        "the budget block's total row prints no label; read as the total, as its amount is the sum of the other rows")
                : ParseWarning.of(no, "预算表的合计行未写标签,按位置(列名下唯一一行数)读作资金总额",
                        "the budget block's total row prints no label; read as the total by its place (the only row of figures under the column words)"));
        for (Row r : rows) {
            // the others: rows of the total's sum with no name to give them (never a guessed one)
            if (r != total) warnings.add(ParseWarning.of(lines.get(r.from()).no(), "预算表中一行数未写标签,不知其名,未读入: " + String.join(" ", r.cells()).strip(),
                    "a row of figures with no label in the budget block, its name unknown: not read: " + String.join(" ", r.cells()).strip()));
        }
        List<Line> out = new ArrayList<>(lines.subList(0, total.from()));
        List<String> cells = new ArrayList<>(total.cells());
        while (!cells.isEmpty() && cells.get(0).isEmpty()) cells.remove(0); // the label's empty cell
        out.add(new Line(no, TOTAL + " | " + String.join(" | ", cells)));
        out.addAll(lines.subList(total.to(), lines.size()));
        return out;
    }

    /** The cells of a line of cells when each is a figure or empty, and one at least an amount; else null. */
    private static List<String> figuresOnly(List<String> cells) {
        boolean amount = false;
        for (String c : cells) {
            String x = Cells.clean(c);
            if (x == null) continue;
            if (!BudgetReader.figure(x)) return null;
            amount |= BudgetReader.amount(x);
        }
        return amount ? cells : null;
    }

    private static BigDecimal firstAmount(List<String> cells) {
        for (String c : cells) {
            String x = Cells.clean(c);
            if (x != null && BudgetReader.amount(x) && !x.endsWith("%") && !x.endsWith("％")) return number(x);
        }
        return null;
    }

    private static BigDecimal number(String c) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch >= '0' && ch <= '9' || ch == '.') d.append(ch);
            else if (ch >= '０' && ch <= '９') d.append((char) (ch - '０' + '0'));
        }
        try { return new BigDecimal(d.toString()); } catch (NumberFormatException e) { return null; }
    }
}
