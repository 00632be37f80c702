package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.measure.Unit;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;

/**
 * Stage of the budget reader: a block printed transposed, its sources the columns and the column words the rows (h97, a
 * bureau's small table of its own):
 * <pre>
 * | 项目资金（万元） | 合计 | 财政拨款 | 其他资金 |
 * | 全年预算数     | 96   | 80      | 16      |
 * | 全年执行数     | 93.52 | 77.52  | 16      |
 * | 执行率        | 97.42% | 96.90% | 100%   |
 * </pre>
 * in any separator style (pipes, tabs, spaces, one cell per line or per paragraph: the cells are read in order, a line
 * of several cells ends a row). The header is the first run of source labels (a total's word — 合计, 年度资金总额 — or a
 * source's), the block's own label before it none of them; each row is a column word ({@link BudgetRow#columns}) and
 * then its figures, one per source in the header's order. Each source's column is then a row as the block would print it
 * untransposed, its figures placed by {@link BudgetRow#place}; nothing is computed, a column without a figure is no source.
 */
final class TransposedBudget {
    private TransposedBudget() {}

    /** The block's lines read transposed, or null when it is not so printed (its first column holds source labels, or no figure). */
    static Budget read(List<Line> lines, List<ParseWarning> warnings) {
        return ofCells(new Sequence(null, lines, 0), warnings);
    }

    /** The same of a grid's cells (a pipe table, read by {@link GridTableReader}): a grid line of several cells is a row. */
    static Budget ofGrid(List<CellGrid.Cell> grid, List<ParseWarning> warnings) {
        // asked of every grid before its budget is looked for: one with no header cell (no total's or source's word) is
        // passed over before its cells are copied, and one whose header is followed by no column word (the untransposed
        // block: 年度资金总额 | 3200 | …) after a few: the cells are copied as they are read, from the header cell's line
        int first = 0;
        while (first < grid.size() && !headerCell(grid.get(first).text())) first++;
        if (first == grid.size()) return null;
        while (first > 0 && grid.get(first - 1).line() == grid.get(first).line()) first--;
        return ofCells(new Sequence(grid, null, first), warnings);
    }

    /**
     * The cells in order, a null after a line of several cells (a row's end; a paragraph's blank line is none): a block's
     * lines' or a grid's from the start of a line, copied as far as {@link #ofCells} reads (most blocks' first header
     * cell is a total row's label, and ofCells gives up at its first figure). {@link #text} is every cell's.
     */
    private static final class Sequence {
        private final List<String> cells = new ArrayList<>();
        private int[] at = new int[16]; // each cell's line (no boxing: a line past 127 was an Integer per cell)
        private final List<CellGrid.Cell> grid;
        private final List<Line> lines;
        private int next; // the grid's next cell, or the next line, to copy

        Sequence(List<CellGrid.Cell> grid, List<Line> lines, int from) { this.grid = grid; this.lines = lines; this.next = from; }

        private void add(String cell, int line) {
            if (cells.size() == at.length) at = java.util.Arrays.copyOf(at, 2 * at.length);
            at[cells.size()] = line;
            cells.add(cell);
        }

        /** Whether the sequence holds an i-th cell (copying the rows up to it). */
        boolean has(int i) {
            while (cells.size() <= i && next < (grid != null ? grid.size() : lines.size())) {
                if (grid != null) {
                    int b = next + 1;
                    while (b < grid.size() && grid.get(b).line() == grid.get(next).line()) b++;
                    for (int k = next; k < b; k++) add(grid.get(k).text(), grid.get(k).line());
                    if (b - next > 1) add(null, grid.get(next).line());
                    next = b;
                } else {
                    Line l = lines.get(next++);
                    List<String> cs = l.cells();
                    for (String c : cs) add(c, l.no());
                    if (cs.size() > 1) add(null, l.no());
                }
            }
            return i < cells.size();
        }

        String get(int i) { return cells.get(i); }

        int line(int i) { return at[i]; }

        /** Every cell's text, one a line: what the block's unit is looked for in. */
        String text() {
            StringBuilder text = new StringBuilder();
            if (grid != null) for (CellGrid.Cell c : grid) text.append(c.text()).append('\n');
            else {
                has(Integer.MAX_VALUE - 1); // the lines not read yet
                for (String c : cells) if (c != null) text.append(c).append('\n');
            }
            return text.toString();
        }
    }

    private static Budget ofCells(Sequence cells, List<ParseWarning> warnings) {
        int i = 0;
        // the first a word of the vocabulary names (项目资金（万元）, the corner, names none: it stands over the column words)
        while (cells.has(i) && !headerCell(cells.get(i))) i++;
        if (!cells.has(i)) return null;
        int headerLine = cells.line(i);
        List<String> names = new ArrayList<>();
        names.add(cells.get(i++)); // the header cell is a source label (headerCell asks what sourceLabel asks, and more)
        while (cells.has(i) && sourceLabel(cells.get(i))) names.add(cells.get(i++));
        if (cells.has(i) && cells.get(i) == null) i++;
        // the rows: a column word, then its figures (the block's untransposed reading when the header is followed by none)
        List<BudgetRow.Kind> kinds = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        while (cells.has(i)) {
            if (cells.get(i) == null) { i++; continue; }
            BudgetRow.Kind k = columnWord(cells.get(i));
            if (k == null || kinds.contains(k)) break;
            int line = cells.line(i++);
            List<String> row = new ArrayList<>();
            while (cells.has(i) && cells.get(i) != null && row.size() < names.size() && figure(cells.get(i))) row.add(cells.get(i++));
            List<String> extra = new ArrayList<>();
            while (cells.has(i) && cells.get(i) != null && figure(cells.get(i)) && columnWord(cells.get(i)) == null) extra.add(cells.get(i++));
            if (extra.stream().anyMatch(c -> !c.isEmpty())) {
                warnings.add(ParseWarning.of(line, "转置的预算表中数多于来源列,多出的未读: " + String.join(" ", extra),
                        "more figures than source columns in the transposed budget row; the extra ones were not read: " + String.join(" ", extra)));
            }
            kinds.add(k);
            rows.add(row);
        }
        if (!kinds.contains(BudgetRow.Kind.PLANNED) && !kinds.contains(BudgetRow.Kind.EXECUTED)) return null;
        if (rows.stream().allMatch(r -> r.stream().allMatch(String::isEmpty))) return null;
        warnings.add(ParseWarning.of(headerLine, "预算表按转置读取: 来源为列(" + String.join("、", names) + "),预算数/执行数/执行率为行",
                "the budget block read transposed: the sources are its columns (" + String.join(", ", names)
                        + "), the budget's column words its rows"));
        Unit currency = BudgetReader.currency(cells.text());
        BudgetRow.Figures total = null;
        List<FundSource> sources = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            List<String> printed = new ArrayList<>();
            for (List<String> r : rows) printed.add(c < r.size() ? r.get(c) : "");
            BudgetRow.Figures f = BudgetRow.place(printed, kinds, currency, headerLine, warnings);
            if (f == null) continue; // a source column with no figure (其他资金, empty): no source
            String name = OF_WHICH.matcher(names.get(c)).replaceFirst("");
            if (total(name)) {
                if (total == null) total = f;
                continue;
            }
            String source = GridTableReader.sourceName(name);
            if (source == null && GridTableReader.notSource(name)) continue;
            sources.add(new FundSource(source != null ? source : name, f.planned(), f.executed(), f.rate()));
        }
        if (total == null && sources.isEmpty()) return null;
        if (total == null) total = new BudgetRow.Figures(null, null, null, null);
        return new Budget("万元", total.initial(), total.planned(), total.executed(), total.rate(), sources);
    }

    /** A header cell naming a source or the total: a label word, no figure, no column word (合计, 其中：财政拨款, 上年结转). */
    private static boolean sourceLabel(String cell) {
        String c = folded(cell);
        return c != null && (BudgetReader.hasLabelWord(c) || GridTableReader.sourceName(c) != null) && columnWord(cell) == null;
    }

    /**
     * The first cell of the header: a {@link #sourceLabel} that holds a word of the vocabulary (项目资金（万元）, the corner,
     * names none: it stands over the column words) — the label word asked before the source's name and the column words.
     */
    private static boolean headerCell(String cell) {
        String c = folded(cell);
        return c != null && (BudgetReader.hasLabelWord(c) || BudgetReader.bodysSubsidy(c)) && columnWord(cell) == null;
    }

    /** A label's cell compared simplified, without pinyin (a word the document's fold kept as written); null when it holds a figure or is too long for a label. */
    private static String folded(String cell) {
        if (cell == null || cell.isEmpty() || cell.length() > 40) return null;
        // asked of every cell of a grid that holds no transposed block: the cheap tests first (a digit stays a digit
        // through the fold, which only maps characters and cuts letters), the fold once
        for (int k = 0; k < cell.length(); k++) if (Cells.isDigit(cell.charAt(k))) return null;
        String c = Script.cutPrefix(cell);
        return c.length() > 16 ? null : c;
    }

    /** The budget column a row's first cell names (全年预算数, 执行数（B）, 执行率（%）), or null when it names none or several. */
    private static BudgetRow.Kind columnWord(String cell) {
        if (cell == null || cell.isEmpty() || cell.length() > 40) return null;
        // 全年預算數 where the page's 数量指标 kept the fold from its 數: compared simplified, without pinyin
        String c = Script.cutPrefix(cell);
        if (c.length() > 12) return null;
        for (int k = 0; k < c.length(); k++) if (Cells.isDigit(c.charAt(k))) return null;
        List<BudgetRow.Kind> k = BudgetRow.columns(c);
        return k.size() == 1 && k.get(0) != BudgetRow.Kind.OTHER ? k.get(0) : null;
    }

    /** A figure's cell: an amount, a rate, a dash, or empty (a cell the row leaves blank keeps its place). */
    private static boolean figure(String c) { return c.isEmpty() || GridTableReader.amountOrDash(c); }

    private static final java.util.regex.Pattern OF_WHICH = java.util.regex.Pattern.compile("^其中[:：]?\\s*");

    private static boolean total(String name) {
        String k = Script.cutPrefix(name);
        for (String t : BudgetReader.TOTALS) if (k.contains(t)) return true;
        return false;
    }
}
