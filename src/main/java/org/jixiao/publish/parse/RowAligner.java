package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.publish.parse.CellGrid.Cell;
import org.jixiao.publish.parse.HeaderWords.Column;

/**
 * Stage 4: cells → rows, by the kind of each cell. A dynamic programme over the whole run of cells assigns each
 * cell to a column of the header layout (or passes over it) and decides where rows begin, at the lowest total cost:
 * a comparator fits the 指标性质 column, a quantity a value column, a level label the level columns, a long text the
 * name … Collapsed empty cells, rows broken at random and one-cell-per-line copies all read this way; when rows are
 * printed one per line ({@code rowsPerLine}), beginning a row elsewhere costs more.
 */
final class RowAligner {
    private RowAligner() {}

    /** One aligned row: the cell of each layout column, or null. */
    record Row(Cell[] cells) {}

    enum Kind { EMPTY, LEVEL1, LEVEL2, LOOSE1, LOOSE2, COMPARATOR, NATURE, UNIT, NUMBER, QUANTITY, NOISE, SHORT, LONG }

    private static final Pattern COMPARATOR = Pattern.compile("(≥|≧|≤|≦|>|<|=|＝|═|>=|<=|＞|＜|≥=)");
    private static final Pattern NATURE = Pattern.compile("定量|定性|定量指标|定性指标");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern NOISE = Pattern.compile("…+|\\.{3,}|[(（]?\\d{1,3}分?[)）]|—+|-+|/|／|绩效指标|績效指標");
    /** The characters a NOISE text can begin with. */
    private static final long[] NOISE_FIRSTS = Vocabulary.charSet("….(（0123456789—-/／绩績");

    /** {@link #kind(String)} of a grid cell, with its header key as the cell keeps it. */
    static Kind kind(Cell c) { return kind(c.text(), c); }

    static Kind kind(String s) { return kind(s, null); }

    private static Kind kind(String s, Cell cell) {
        if (s.isEmpty()) return Kind.EMPTY;
        Kind label = Levels.kind(s, cell); // 社会效益 (LOOSE2), 产出 (LOOSE1): a label printed without 指标
        if (label != null) return label;
        // each pattern is tried only where it can match (by length, by first character): this runs for every cell
        if (s.length() <= 2 && comparator(s)) return Kind.COMPARATOR;
        if ((s.length() == 2 || s.length() == 4) && s.charAt(0) == '定' && NATURE.matcher(s).matches()) return Kind.NATURE;
        if (unit(s)) return Kind.UNIT;
        if (s.charAt(0) >= '0' && s.charAt(0) <= '9' && plainNumber(s)) return Kind.NUMBER;
        String k = cell == null ? HeaderWords.key(s) : cell.key();
        if (!k.isEmpty() && Vocabulary.in(NOISE_FIRSTS, k.charAt(0)) && noise(k)) return Kind.NOISE;
        if (Cells.quantityLike(s)) return Kind.QUANTITY;
        return s.length() > 20 ? Kind.LONG : Kind.SHORT;
    }

    /** A unit cell: measure.Units, the one place units live, says which cells are ({@code Units.unitCell}). */
    static boolean unit(String s) {
        return org.jixiao.measure.Units.unitCell(s);
    }

    /**
     * Whether the text is one that {@link #COMPARATOR} matches whole — ≥ ≧ ≤ ≦ > < = ＝ ═ ＞ ＜, >= <= ≥= — without
     * hashing it (asked of every cell of one or two characters).
     */
    static boolean comparator(String s) {
        if (s.length() == 1) return "≥≧≤≦><=＝═＞＜".indexOf(s.charAt(0)) >= 0;
        return s.length() == 2 && s.charAt(1) == '=' && (s.charAt(0) == '>' || s.charAt(0) == '<' || s.charAt(0) == '≥');
    }

    /** ASCII digits, then nothing, a point, or a point and digits. */
    static boolean plainNumber(String s) {
        int n = s.length(), i = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i == 0) return false;
        if (i == n) return true;
        if (s.charAt(i) != '.') return false;
        if (i + 1 == n) return true; // "5.": a number the text stops in after its point (or printed so), still a number
        for (int j = i + 1; j < n; j++) if (s.charAt(j) < '0' || s.charAt(j) > '9') return false;
        return true;
    }

    /** {@code NOISE.matcher(k).matches()}, without the regex (it is asked of most cells that begin with a digit). */
    static boolean noise(String k) {
        int n = k.length();
        if (n == 0) return false;
        char c = k.charAt(0);
        if (c == '…' || c == '—' || c == '-' || c == '.') {
            for (int i = 1; i < n; i++) if (k.charAt(i) != c) return false;
            return c != '.' || n >= 3;
        }
        if (n == 1) return c == '/' || c == '／';
        if (k.equals("绩效指标") || k.equals("績效指標")) return true;
        int i = c == '(' || c == '（' ? 1 : 0; // [(（]?\d{1,3}分?[)）]
        int d = i;
        while (d < n && k.charAt(d) >= '0' && k.charAt(d) <= '9') d++;
        if (d == i || d - i > 3) return false;
        if (d < n && k.charAt(d) == '分') d++;
        return d == n - 1 && (k.charAt(d) == ')' || k.charAt(d) == '）');
    }

    private static final double INF = 1e9;

    static double fit(Column c, Kind k) {
        return switch (c) {
            case LEVEL1 -> k == Kind.LEVEL1 ? 0 : k == Kind.LOOSE1 ? 0.2 : INF;
            case LEVEL2 -> k == Kind.LEVEL2 ? 0 : k == Kind.LOOSE2 ? 0.2 : INF;
            case NAME -> switch (k) {
                case SHORT, LONG -> 0;
                case LOOSE1, LOOSE2 -> 0.3;
                case QUANTITY -> 2.5;
                case NUMBER, UNIT, EMPTY -> 2.5;
                // a level label is a name only when nothing else can be: ending a row with its name empty costs less
                // (a label row left empty, the next label beginning its own row)
                case LEVEL1, LEVEL2 -> 4;
                default -> 5;
            };
            case TARGET, ACTUAL, MID_TERM -> switch (k) {
                case QUANTITY, NUMBER -> 0;
                case SHORT, LOOSE1, LOOSE2 -> 0.6;
                case LONG -> 0.7;
                case EMPTY -> 0.4;
                case UNIT -> 1.5;
                case COMPARATOR -> 2;
                case NOISE, NATURE -> 3;
                default -> 6;
            };
            case COMPARATOR -> k == Kind.COMPARATOR || k == Kind.NATURE ? 0 : k == Kind.EMPTY ? 0.2 : 4;
            case TYPE -> k == Kind.NATURE ? 0 : k == Kind.EMPTY ? 0.2 : 4;
            case UNIT -> k == Kind.UNIT ? 0 : k == Kind.EMPTY ? 0.2 : 4;
            case WEIGHT, SCORE -> k == Kind.NUMBER ? 0 : k == Kind.EMPTY ? 0.3 : k == Kind.QUANTITY ? 2 : 4;
            case COEFFICIENT -> k == Kind.NUMBER || k == Kind.QUANTITY ? 0 : k == Kind.EMPTY ? 0.3 : 4;
            default -> switch (k) {
                case EMPTY -> 0;
                case SHORT, LOOSE2 -> 0.2;
                case LONG -> 0.3;
                case NUMBER, QUANTITY, UNIT -> 1.5;
                // a first level's bare word (满意度) is a label beginning a row, not a remark of the row before
                case LEVEL1, LEVEL2, LOOSE1 -> 6;
                default -> 1;
            };
        };
    }

    static double miss(Column c) {
        return switch (c) {
            case LEVEL1, LEVEL2 -> 0;
            case NAME -> 4;
            case TARGET -> 1.2;
            case ACTUAL, MID_TERM -> 1.0;
            case WEIGHT, SCORE -> 0.8;
            case COMPARATOR, UNIT -> 0.4;
            case TYPE -> 0.3;
            default -> 0.2;
        };
    }

    static double skip(Kind k) {
        return switch (k) {
            case EMPTY -> 0.45; // an empty cell the page prints (no-break space, nothing between pipes) is a cell: not passed over lightly
            case NOISE -> 0.3;
            case LEVEL1, LEVEL2 -> 4; // a label passed over loses the level of the rows after it: as dear as any cell
            default -> 4;
        };
    }

    static final double NEW_ROW = 0.8; // package-visible: DepartmentTargetsReader prices passing over a printed empty cell above it
    private static final double ROW_MID_LINE = 2, CONTINUE_AT_LINE_START = 0.3;

    /** Aligns {@code cells} to {@code layout}; never drops a non-empty cell silently (the caller warns on passed-over cells). */
    static List<Row> align(List<Cell> cellList, List<Column> layout, boolean rowsPerLine, List<Cell> passedOver) {
        Cell[] cells = cellList.toArray(new Cell[0]); // read by index over and over: no sublist's checks per look
        int n = cells.length, m = layout.size();
        Kind[] kinds = new Kind[n];
        for (int i = 0, label = -1; i < n; i++) {
            kinds[i] = kind(cells[i]);
            // a label word printed bare right after its own full label (服务对象满意度指标 | 服务对象满意度) is the row's
            // name: a level is not printed twice in one row
            if (kinds[i] == Kind.LOOSE2 && label >= 0 && kinds[label] == Kind.LEVEL2
                    && Levels.level(cells[label]).level2().equals(Levels.loose(cells[i]).level2())) {
                kinds[i] = Kind.SHORT;
            }
            if (kinds[i] != Kind.EMPTY) label = i;
        }
        // the cost of each kind in each column, looked up per cell and column in the programme (the layout's rows of the
        // table computed once)
        double[] fits = new double[KINDS * m];
        for (int q = 0; q < m; q++) {
            double[] column = FIT[layout.get(q).ordinal()];
            for (int k = 0; k < KINDS; k++) fits[k * m + q] = column[k];
        }
        // a cell after nothing but printed empty cells on its line begins the printed row as well: merged level cells
        // printed empty (| | | | 危桥改造数量 | 8座 |) are passed over, and the row still begins on its own line
        boolean[] lead = new boolean[n], emptyLead = new boolean[n]; // emptyLead: an empty cell with only empty ones before it on its line
        for (int i = 0; i < n; i++) {
            boolean sameLine = i > 0 && cells[i - 1].line() == cells[i].line();
            if (kinds[i] == Kind.EMPTY) emptyLead[i] = !sameLine || emptyLead[i - 1];
            lead[i] = cells[i].lineStart() || kinds[i] != Kind.EMPTY && sameLine && emptyLead[i - 1];
        }
        Costs costs = new Costs() {
            public double fit(int cell, int column) { return fits[kinds[cell].ordinal() * m + column]; }
            public void fits(int cell, double[] out) { System.arraycopy(fits, kinds[cell].ordinal() * m, out, 0, m); }
            public double miss(int column) { return RowAligner.miss(layout.get(column)); }
            public double skip(int cell) { return SKIP[kinds[cell].ordinal()]; }
            public double startPenalty(int cell) { return rowsPerLine && !lead[cell] ? ROW_MID_LINE : 0; }
            public double continuePenalty(int cell) { return rowsPerLine && cells[cell].lineStart() ? CONTINUE_AT_LINE_START : 0; }
        };
        int[] colOf = new int[n];
        boolean[] starts = new boolean[n];
        segment(n, m, costs, colOf, starts);
        List<Row> rows = new ArrayList<>();
        Cell[] cur = null;
        for (int i = 0; i < n; i++) {
            if (colOf[i] < 0) {
                if (kinds[i] != Kind.EMPTY && kinds[i] != Kind.NOISE) passedOver.add(cells[i]);
                continue;
            }
            if (starts[i] || cur == null) { cur = new Cell[m]; rows.add(new Row(cur)); }
            cur[colOf[i]] = cells[i];
        }
        return rows;
    }

    private static final int KINDS = Kind.values().length;

    /** {@link #fit} by column and kind, and {@link #skip} by kind: computed once. */
    private static final double[][] FIT = new double[Column.values().length][KINDS];
    private static final double[] SKIP = new double[KINDS];
    static {
        for (Kind k : Kind.values()) {
            SKIP[k.ordinal()] = skip(k);
            for (Column c : Column.values()) FIT[c.ordinal()][k.ordinal()] = fit(c, k);
        }
    }

    /** What placing cells in columns costs, for {@link #segment}: each reader (grid, department table) has its own. */
    interface Costs {
        /** Cell in column; INF where it cannot stand. */
        double fit(int cell, int column);
        /** {@link #fit} of the cell in every column, into {@code out} (as long as the layout): asked once per cell. */
        default void fits(int cell, double[] out) {
            for (int q = 0; q < out.length; q++) out[q] = fit(cell, q);
        }
        /** A column left empty in a row. */
        double miss(int column);
        /** A column left empty before the first cell of a row: a merged cell printed in an earlier row may cost less. */
        default double missAtStart(int column) { return miss(column); }
        /** A cell passed over (placed in no column). */
        double skip(int cell);
        /** Beginning a row at this cell, beyond {@link #NEW_ROW}. */
        default double startPenalty(int cell) { return 0; }
        /** Continuing a row at this cell. */
        default double continuePenalty(int cell) { return 0; }
    }

    /**
     * The dynamic programme over a run of n cells and m columns: each cell goes to a column after the last one filled
     * in its row, or begins a new row, or is passed over, at the lowest total cost. Fills {@code colOf} (column, or -1
     * for a cell passed over) and {@code starts} (the cell begins a row). O(n · m): the best way into a column is the
     * best of three — passing over the cell, continuing the row from the best state before the column (a running
     * minimum), beginning a row after the best state to end a row in (one minimum for all columns); of equal costs the
     * first in the order of states is kept (lower state, then pass over, continue, new row), as when every pair of
     * states was tried in that order.
     */
    static void segment(int n, int m, Costs costs, int[] colOf, boolean[] starts) {
        double[] missPrefix = new double[m + 1]; // cost of missing columns [0, j)
        double[] startPrefix = new double[m + 1]; // the same, for the columns before a row's first cell
        for (int j = 0; j < m; j++) {
            missPrefix[j + 1] = missPrefix[j] + costs.miss(j);
            startPrefix[j + 1] = startPrefix[j] + costs.missAtStart(j);
        }
        double[] missAfter = new double[m + 1]; // the columns after state p left empty when its row ends (the same sum, once)
        for (int p = 0; p < m; p++) missAfter[p] = missPrefix[m] - missPrefix[p + 1];
        // state p: the last column filled in the current row (0..m-1), or m: no row begun yet
        int w = m + 1;
        double[] dp = new double[w], next = new double[w];
        int[] how = new int[(n + 1) * w]; // how each state was reached: the state before << 2 | 0 skip, 1 continue row, 2 new row
        Arrays.fill(dp, INF);
        dp[m] = 0;
        double[] fits = new double[m];
        for (int i = 0; i < n; i++) {
            costs.fits(i, fits);
            double skip = costs.skip(i), startPenalty = costs.startPenalty(i), continuePenalty = costs.continuePenalty(i);
            // the state to end a row in before a new one: the lowest d + (columns left empty), the first of equals
            double endBest = INF;
            int endFrom = -1;
            for (int p = 0; p <= m; p++) {
                if (dp[p] >= INF) continue;
                double e = dp[p] + missAfter[p];
                if (e < endBest - 1e-9) { endBest = e; endFrom = p; }
            }
            int at = (i + 1) * w;
            // continuing into q: the lowest d − missPrefix[p + 1] over the states p < q (a running minimum over p)
            double contBest = INF;
            int contFrom = -1;
            double newRow = endBest + NEW_ROW; // the first term of every new row's sum below (the same bits once)
            for (int q = 0; q < m; q++) {
                double f = fits[q], d = dp[q];
                double best = INF;
                int bestHow = 0;
                if (f < INF) {
                    // the three candidates, tried in the order the exhaustive programme tries them: by state, and in one
                    // state continue before new row, pass over before new row (continue comes from a state before q)
                    boolean hasCont = contFrom >= 0, hasNew = endFrom >= 0;
                    // each candidate's cost summed as the exhaustive programme sums it, to the last bit (ties stay ties)
                    double cont = hasCont ? dp[contFrom] + missPrefix[q] - missPrefix[contFrom + 1] + f + continuePenalty : INF;
                    double start = hasNew ? newRow + startPrefix[q] + f + startPenalty : INF;
                    boolean newBeforeCont = hasNew && hasCont && endFrom < contFrom;
                    if (newBeforeCont && start < best - 1e-9) { best = start; bestHow = endFrom << 2 | 2; }
                    if (hasCont && cont < best - 1e-9) { best = cont; bestHow = contFrom << 2 | 1; }
                    if (hasNew && !newBeforeCont && endFrom < q && start < best - 1e-9) { best = start; bestHow = endFrom << 2 | 2; }
                    if (d < INF && d + skip < best - 1e-9) { best = d + skip; bestHow = q << 2; }
                    if (hasNew && endFrom >= q && start < best - 1e-9) { best = start; bestHow = endFrom << 2 | 2; }
                } else if (d < INF && d + skip < best - 1e-9) { // a column the cell cannot stand in: passed over, or not reached
                    best = d + skip;
                    bestHow = q << 2;
                }
                next[q] = best;
                how[at + q] = bestHow;
                // state q joins the running minimum for the columns after it
                if (d < INF) {
                    double b = d - missPrefix[q + 1];
                    if (b < contBest - 1e-9) { contBest = b; contFrom = q; }
                }
            }
            // state m (no row begun) is reached only by passing over the cell
            boolean skipped = dp[m] < INF && dp[m] + skip < INF - 1e-9;
            next[m] = skipped ? dp[m] + skip : INF;
            how[at + m] = skipped ? m << 2 : 0;
            double[] t = dp; dp = next; next = t;
        }
        int best = 0;
        for (int p = 1; p <= m; p++) if (dp[p] < dp[best]) best = p;
        int p = best;
        for (int i = n; i > 0; i--) {
            int h = how[i * w + p], o = h & 3;
            colOf[i - 1] = o == 0 ? -1 : p;
            starts[i - 1] = o == 2;
            p = h >> 2;
        }
    }
}
