package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.measure.Unit;
import org.jixiao.measure.Units;

/**
 * A budget block read by what its cells are, whatever the printing (pipes, lines, paragraphs, spaces, tabs): the column
 * words in the order printed — one row or wrapped over two (年初 | 全年 over 预算数 | 预算数（A）) —, then each row's cells
 * classified (an amount with or without 元/万元/亿元, a percentage, a bare number, a dash for none) and placed in the
 * columns the way {@link RowAligner} places an indicator row's cells: every order-keeping placement is scored and the
 * cheapest kept. What a placement costs: a column left out (年初 least, since it is the one a row leaves empty; one after
 * the last figure little, as a row's trailing empty cells are not printed), a figure whose kind the column cannot hold
 * (a percentage under an amount, 万元 under the rate, a weight above 100, a score above its weight) is no placement at
 * all; executed ÷ planned agreeing with the rate earns, disagreeing costs, and so does weight × rate = score. Where no
 * column word is printed, the forms' orders are tried and the numbers alone decide, and the reading is said in a warning.
 */
final class BudgetRow {
    private BudgetRow() {}

    /** The block's columns; OTHER holds a figure that is none of the budget's (实际到位数 beside 预算安排数 and 实际支出数). */
    enum Kind { INITIAL, PLANNED, EXECUTED, RATE, WEIGHT, SCORE, OTHER }

    /** A row's figures: amounts in 万元, the rate as a percentage; each null when not printed. */
    record Figures(BigDecimal initial, BigDecimal planned, BigDecimal executed, BigDecimal rate) {}

    /** The orders the forms print their columns in, tried when a block prints no column word for an amount. */
    private static final List<List<Kind>> FORMS = List.of(
            List.of(Kind.PLANNED, Kind.EXECUTED, Kind.RATE),
            List.of(Kind.INITIAL, Kind.PLANNED, Kind.EXECUTED, Kind.RATE),
            List.of(Kind.PLANNED, Kind.EXECUTED, Kind.WEIGHT, Kind.RATE, Kind.SCORE),
            List.of(Kind.INITIAL, Kind.PLANNED, Kind.EXECUTED, Kind.WEIGHT, Kind.RATE, Kind.SCORE),
            List.of(Kind.PLANNED, Kind.EXECUTED, Kind.RATE, Kind.WEIGHT, Kind.SCORE),
            List.of(Kind.INITIAL, Kind.PLANNED, Kind.EXECUTED, Kind.RATE, Kind.WEIGHT, Kind.SCORE));

    // ---- the column words ----

    private static final java.util.regex.Pattern GROUP_LABELS = java.util.regex.Pattern.compile("中期资金总额[\\s|:：]*[0-9０-９]");

    /**
     * The columns named by the block's header text (its lines before the first row, folded with {@link HeaderWords#key}
     * or not), in order. A word wrapped over two rows is joined with the piece under it, in the order the pieces stand:
     * 年初 and 全年 each take the next 预算数 or 执行数 below them; the other way up, a group word over its sub-heads (预算数
     * over 年初 | 全年) is read as those sub-columns ({@link #subHeads}). A column named again (a header repeated after a page
     * break, a 中期 group's) ends the run. Empty when no column word is printed.
     */
    static List<Kind> columns(String text) {
        // (asked of single cells too, TransposedBudget's and the grid's: a text with no character a word begins with
        // names none — no word of the vocabulary begins with a bracket or a space the copy below writes)
        if (!anyStart(text)) return new ArrayList<>();
        List<Object> run = new ArrayList<>(); // a Kind, or the piece 年初/全年 waiting for its second row
        List<Integer> rows = new ArrayList<>(); // the line each stands on
        List<String> groups = new ArrayList<>(); // a bottom word standing alone (预算数 over 年初 | 全年: a group), else null
        String t = halfWidthParens(text);
        // the two groups are column words only side by side over their amounts (h86, and one under the other, h177); 中期资金总额
        // 386.4 年度资金总额 128.8 (h02) are labels each before its amount (the 中期 label tells: 年度资金总额 may label the
        // total's row under the two column words), and 年度资金总额 alone is the total row's label
        if (!t.contains("中期资金总额") || GROUP_LABELS.matcher(t).find()) t = t.replace("中期资金总额", "中期资金　　").replace("年度资金总额", "年度资金　　");
        int row = 0;
        for (int i = 0; i < t.length(); ) {
            if (t.charAt(i) == '\n') {
                row += rowEnds(t, i);
                i++;
                continue;
            }
            // the words and the wrapped pieces are the shared vocabulary's (HeaderWords), as the grid, the glued reader
            // and the xlsx import read them
            // (asked at every character of a block's header, most of them a project's or a unit's name: one that
            // begins no word is passed over at once)
            if (!STARTS.mayBegin(t.charAt(i), i + 1 < t.length() ? t.charAt(i + 1) : '\n')) { i++; continue; }
            HeaderWords.Word w = HeaderWords.budgetWordAt(t, i);
            if (w == null) { i++; continue; }
            i += w.text().length();
            if (HeaderWords.top(w.text())) { run.add(w.text()); rows.add(row); groups.add(null); }
            else if (BOTTOMS.contains(w.text())) {
                // the piece under an open 年初 or 全年 on a line above: 执行数 and 预算数（A） only under 全年 (they are
                // the year's figures), 预算数 under either; on the piece's own line it is a column of its own
                String bottom = w.text();
                boolean marked = t.startsWith("(A)", i);
                int open = -1;
                for (int k = 0; k < run.size() && open < 0; k++) {
                    if (run.get(k) instanceof String p && rows.get(k) < row) {
                        HeaderWords.Column joined = HeaderWords.wrapped(p, bottom);
                        if (joined != null && !(marked && joined == HeaderWords.Column.INITIAL)) open = k;
                    }
                }
                Kind k = kind(open >= 0 ? HeaderWords.wrapped((String) run.get(open), bottom) : w.column());
                if (open >= 0) run.set(open, k); else { run.add(k); rows.add(row); groups.add(marked ? null : bottom); }
            } else { run.add(kind(w.column())); rows.add(row); groups.add(null); }
        }
        subHeads(run, rows, groups);
        List<Kind> out = new ArrayList<>();
        for (Object o : run) {
            Kind k = o instanceof Kind kind ? kind : alone((String) o); // 全年 alone names nothing
            if (k == null) continue;
            if (out.contains(k)) break;
            out.add(k);
        }
        return out;
    }

    /**
     * The other way up (预算数 over 年初 | 全年, h225 h227): tops left open (no bottom under them) on the row just below
     * group words (a bottom word standing alone, 预算数, 执行数) are those groups' sub-columns, in order — each group takes
     * the tops that make a word with it (年初 + 预算数, 全年 + 预算数) and that it has not yet taken, then the next group
     * the rest (预算数 || 执行数 over 年初 | 全年 | 全年). The group's entry is replaced by its sub-columns. Left as they
     * are when any such top finds no group.
     */
    private static void subHeads(List<Object> run, List<Integer> rows, List<String> groups) {
        int firstTop = -1;
        for (int k = 0; k < run.size() && firstTop < 0; k++) if (run.get(k) instanceof String) firstTop = k;
        if (firstTop < 0) return; // most headers: every word placed
        int below = rows.get(firstTop);
        List<Integer> tops = new ArrayList<>(), heads = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            if (run.get(k) instanceof String && rows.get(k) == below) tops.add(k);
            else if (groups.get(k) != null && rows.get(k) == below - 1) heads.add(k);
        }
        if (heads.isEmpty()) return;
        List<List<Kind>> split = new ArrayList<>();
        for (int g = 0; g < heads.size(); g++) split.add(new ArrayList<>());
        int g = 0;
        for (int t : tops) {
            String top = (String) run.get(t);
            while (g < heads.size()) {
                HeaderWords.Column c = HeaderWords.wrapped(top, groups.get(heads.get(g)));
                if (c != null && !split.get(g).contains(kind(c))) { split.get(g).add(kind(c)); break; }
                g++;
            }
            if (g == heads.size()) return; // a top no group takes: not this layout
        }
        // rebuild: each group in its place as its sub-columns, the tops taken out
        List<Object> out = new ArrayList<>();
        List<Integer> outRows = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            if (tops.contains(k)) continue;
            int h = heads.indexOf(k);
            List<Kind> parts = h >= 0 ? split.get(h) : null;
            if (parts == null || parts.isEmpty()) { out.add(run.get(k)); outRows.add(rows.get(k)); continue; }
            for (Kind p : parts) { out.add(p); outRows.add(rows.get(k)); }
        }
        run.clear();
        run.addAll(out);
        rows.clear();
        rows.addAll(outRows);
    }

    /**
     * The budget words and the wrapped tops, as a {@link Vocabulary.Words}: its bit tests answer where {@link
     * HeaderWords#budgetWordAt} can find none (a test per character of every block's text, a character search before).
     */
    private static final Vocabulary.Words STARTS;
    /** The budget words that are the bottom half of a wrapped word ({@link HeaderWords#bottom}), asked once. */
    private static final java.util.Set<String> BOTTOMS = new java.util.HashSet<>();
    static {
        List<String> words = new ArrayList<>();
        for (HeaderWords.Word w : HeaderWords.BUDGET) {
            words.add(w.text());
            if (HeaderWords.bottom(w.text())) BOTTOMS.add(w.text());
        }
        for (HeaderWords.Top t : HeaderWords.WRAPPED_TOPS) words.add(t.text());
        STARTS = Vocabulary.words(words);
    }

    /** Whether a character of {@code text} begins a budget word or a wrapped top (where {@link #columns} can find one). */
    private static boolean anyStart(String text) {
        for (int i = 0; i < text.length(); i++) if (STARTS.mayBegin(text.charAt(i))) return true;
        return false;
    }

    /** {@code text} with its full-width brackets half-width, in one pass (itself when it has none). */
    private static String halfWidthParens(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) != '（' && text.charAt(first) != '）') first++;
        if (first == text.length()) return text;
        char[] cs = text.toCharArray();
        for (int k = first; k < cs.length; k++) cs[k] = cs[k] == '（' ? '(' : cs[k] == '）' ? ')' : cs[k];
        return new String(cs);
    }

    /** The block's column a budget word of the vocabulary names. */
    private static Kind kind(HeaderWords.Column c) {
        return switch (c) {
            case INITIAL -> Kind.INITIAL;
            case PLANNED -> Kind.PLANNED;
            case EXECUTED -> Kind.EXECUTED;
            case RATE -> Kind.RATE;
            case WEIGHT -> Kind.WEIGHT;
            case SCORE -> Kind.SCORE;
            default -> Kind.OTHER;
        };
    }

    /** The column a wrapped word's top half names with nothing under it (年初: the initial budget), or null. */
    private static Kind alone(String top) {
        for (HeaderWords.Top t : HeaderWords.WRAPPED_TOPS) if (t.text().equals(top)) return t.alone() == null ? null : kind(t.alone());
        return null;
    }

    /**
     * 1 when the line ending at {@code nl} ends a row of the header: a line of cells (pipes, tabs, spaces, the grid's
     * cell breaks), or an empty cell one cell per line (a no-break space: the block label's cell that begins a wrapped
     * second row, 年初 / 全年 / … / (empty) / 预算数 / 预算数（A）); a line of one cell, or a paragraph's blank line, does not.
     */
    private static int rowEnds(String t, int nl) {
        // (asked at every line end of the block: the line's trimmed span looked at in place, nothing cut out)
        int start = t.lastIndexOf('\n', nl - 1) + 1, a = start, b = nl;
        while (a < b && Cells.isSpace(t.charAt(a))) a++;
        while (b > a && Cells.isSpace(t.charAt(b - 1))) b--;
        if (a == b) return nl == start ? 0 : 1;
        for (int i = a; i < b; i++) {
            char ch = t.charAt(i);
            if (ch == '|' || ch == '\t' || ch == HeaderWords.CELL_BREAK || Cells.isSpace(ch)) return 1;
        }
        return 0;
    }

    // ---- the cells ----

    private enum CellKind { DASH, PERCENT, MONEY, BARE }

    /** A printed cell: its kind, the figure as printed (a rate or a weight) and as money in 万元. */
    private record Cell(String text, CellKind kind, BigDecimal figure, BigDecimal money) {}

    /** A cell as a figure of a budget row, or null when it is none (a label, words). */
    private static Cell cell(String raw, Unit currency) {
        String t = raw.strip().replace('\u00a0', ' ').strip();
        if (t.isEmpty() || notApplicable(t)) return new Cell(t, CellKind.DASH, null, null);
        if (!GridTableReader.amount(t)) return null;
        if (t.endsWith("%") || t.endsWith("％")) {
            String digits = t.replace(",", "").replace("，", "");
            BigDecimal v = decimal(digits.substring(0, digits.length() - 1).strip());
            return v == null ? null : new Cell(t, CellKind.PERCENT, v, null);
        }
        BigDecimal money = Units.money(t, currency, Units.TEN_THOUSAND_YUAN).orElse(null);
        if (money == null) return null;
        if (!Cells.isDigit(t.charAt(t.length() - 1))) return new Cell(t, CellKind.MONEY, null, money);
        // a bare number in 万元 is its money as printed (the same digits and scale): read once
        BigDecimal figure = currency == Units.TEN_THOUSAND_YUAN ? money : decimal(t.replace(",", "").replace("，", ""));
        return new Cell(t, CellKind.BARE, figure, money);
    }

    /** A dash for none (—, -, /, ─, a run of them). */
    static boolean notApplicable(String t) {
        for (int i = 0; i < t.length(); i++) if (NOT_APPLICABLE.indexOf(t.charAt(i)) < 0) return false;
        return true;
    }

    private static final String NOT_APPLICABLE = "—－-/／─";

    // ---- the placement ----

    /** One placement's figures and cost. */
    private record Placement(BigDecimal[] values, double cost, boolean fraction) {}

    /**
     * The figures of one row: {@code printed} its cells after the label as printed (empty ones kept where the grid
     * keeps them), {@code cols} the block's columns (empty when no word is printed), amounts bare in {@code currency}.
     * Null when no cell is a figure. A cell that is no figure ends the row (said with its line); figures beyond the
     * columns are said and not read; a reading the numbers chose over the printed order is said too.
     */
    static Figures place(List<String> printed, List<Kind> cols, Unit currency, int line, List<ParseWarning> warnings) {
        List<Cell> all = new ArrayList<>();
        for (String p : printed) {
            Cell c = cell(p, currency);
            if (c == null) {
                warnings.add(ParseWarning.of(line, "无法识别的金额: " + p.strip(), "unreadable amount: " + p.strip()));
                break;
            }
            all.add(c);
        }
        int untrimmed = all.size();
        while (!all.isEmpty() && all.get(all.size() - 1).kind() == CellKind.DASH && all.get(all.size() - 1).text().isEmpty()) all.remove(all.size() - 1);
        boolean figure = false;
        for (Cell c : all) figure |= c.kind() != CellKind.DASH;
        if (!figure) return null;
        List<List<Kind>> tried = cols.contains(Kind.PLANNED) || cols.contains(Kind.EXECUTED) ? List.of(cols) : FORMS;
        // a cell per column (a grid that keeps its empty cells: as many as the columns, trailing ones or not) is tried
        // as printed, and with the empty cells dropped; a row with fewer or more cells than columns only without them
        List<Cell> dense = new ArrayList<>(all.size());
        for (Cell c : all) if (!(c.kind() == CellKind.DASH && c.text().isEmpty())) dense.add(c);
        Placement best = null;
        List<Kind> bestCols = null;
        List<Cell> bestCells = null;
        // the common row: a figure (or dash) per printed column, kinds fitting and nothing to disagree — taken as printed,
        // without a search (the search is for rows that lost or gained a cell)
        if (tried != FORMS) {
            boolean perColumn = dense.size() < all.size() && all.size() <= cols.size() && cols.size() <= untrimmed;
            List<Cell> cells = perColumn ? all : dense;
            if (cells.size() == cols.size()) {
                Placement p = best(cells, cols, 0, true);
                if (p != null && p.cost() <= 0) { best = p; bestCols = cols; bestCells = cells; }
            }
        }
        for (List<Kind> k : best != null ? List.<List<Kind>>of() : tried) {
            boolean perColumn = dense.size() < all.size() && all.size() <= k.size() && k.size() <= untrimmed;
            for (List<Cell> cells : perColumn ? List.of(all, dense) : List.of(dense)) {
                List<Cell> use = cells.size() > k.size() ? cells.subList(0, k.size()) : cells;
                // figures beyond the columns are not read: a reading that leaves them is a poor one
                double dropped = 0;
                for (Cell c : cells.subList(use.size(), cells.size())) dropped += c.kind() == CellKind.DASH ? 0.5 : 3;
                Placement p = best(use, k, dropped + (tried == FORMS ? 0.1 * tried.indexOf(k) : 0), cells == all && perColumn);
                if (p != null && (best == null || p.cost() < best.cost())) { best = p; bestCols = k; bestCells = cells; }
            }
        }
        if (best == null) {
            warnings.add(ParseWarning.of(line, "预算行的数无法放入列,未读入: " + String.join(" ", printed),
                    "budget figures that no placement in the columns fits, not read: " + String.join(" ", printed)));
            return null;
        }
        BigDecimal[] v = best.values();
        if (bestCells.size() > bestCols.size()) {
            List<String> extra = bestCells.subList(bestCols.size(), bestCells.size()).stream().map(Cell::text).toList();
            warnings.add(ParseWarning.of(line, "预算行的数多于列,多出的未读: " + String.join(" ", extra),
                    "more figures than columns in the budget row; the extra ones were not read: " + String.join(" ", extra)));
        }
        if (best.fraction()) {
            warnings.add(ParseWarning.of(line, "执行率以小数写出(" + v[Kind.RATE.ordinal()].movePointLeft(2).stripTrailingZeros().toPlainString()
                            + "),按执行数÷预算数读作百分数" + v[Kind.RATE.ordinal()].stripTrailingZeros().toPlainString() + "%",
                    "the execution rate is printed as a fraction: read as a percentage, as executed ÷ planned agrees"));
        }
        if (tried == FORMS || !positional(bestCells, bestCols, v)) {
            String shown = shown(v);
            warnings.add(ParseWarning.of(line, (tried == FORMS ? "预算列名未印出," : "") + "预算行按数的关系读作: " + shown
                    + (agrees(v) ? " (执行数÷预算数=执行率)" : ""), (tried == FORMS ? "no budget column word printed; " : "")
                    + "the budget row read by its numbers as: " + shown + (agrees(v) ? " (executed ÷ planned = rate)" : "")));
        }
        return new Figures(v[Kind.INITIAL.ordinal()], v[Kind.PLANNED.ordinal()], v[Kind.EXECUTED.ordinal()], v[Kind.RATE.ordinal()]);
    }

    /** Whether the figures stand in the columns in the printed order from the first (the reading that needs no saying). */
    private static boolean positional(List<Cell> cells, List<Kind> cols, BigDecimal[] v) {
        int placed = 0;
        for (BigDecimal x : v) if (x != null) placed++;
        int printed = 0;
        for (int i = 0; i < cells.size() && i < cols.size(); i++) {
            if (cells.get(i).kind() == CellKind.DASH) continue;
            BigDecimal x = v[cols.get(i).ordinal()];
            if (x == null) return false;
            printed++;
        }
        return printed == placed;
    }

    /**
     * The cheapest order-keeping placement of {@code cells} in {@code cols}, or null when none fits; {@code perColumn}:
     * the cells are the grid's, one per column, and stand each in its own.
     */
    private static Placement best(List<Cell> cells, List<Kind> cols, double base, boolean perColumn) {
        if (perColumn) {
            int[] at = new int[cells.size()];
            for (int i = 0; i < at.length; i++) at[i] = i;
            return score(cells, cols, at, base);
        }
        Placement[] best = {null};
        search(cells, 0, cols, 0, new int[cells.size()], base, best);
        return best[0];
    }

    private static void search(List<Cell> cells, int ci, List<Kind> cols, int from, int[] at, double base, Placement[] best) {
        if (ci == cells.size()) {
            Placement p = score(cells, cols, at, base);
            if (p != null && (best[0] == null || p.cost() < best[0].cost())) best[0] = p;
            return;
        }
        for (int k = from; k <= cols.size() - (cells.size() - ci); k++) {
            at[ci] = k;
            search(cells, ci + 1, cols, k + 1, at, base, best);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100), FRACTION_LIMIT = new BigDecimal("1.5"),
            THOUSAND = BigDecimal.valueOf(1000), HALF = new BigDecimal("0.5");
    /** The number of kinds (Kind.values() copies its array at each call: score runs for every placement tried). */
    private static final int KINDS = Kind.values().length;

    /** The figures and cost of placing cell i in column at[i]; null when a cell's kind does not fit its column. */
    private static Placement score(List<Cell> cells, List<Kind> cols, int[] at, double base) {
        BigDecimal[] v = new BigDecimal[KINDS];
        double cost = base;
        boolean[] taken = new boolean[cols.size()];
        int last = -1;
        Cell rateCell = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            Kind k = cols.get(at[i]);
            taken[at[i]] = true;
            last = at[i];
            if (c.kind() == CellKind.DASH) continue;
            switch (k) {
                case INITIAL, PLANNED, EXECUTED -> {
                    if (c.kind() == CellKind.PERCENT) return null;
                    v[k.ordinal()] = c.money();
                }
                case RATE -> {
                    if (c.kind() == CellKind.MONEY || c.figure().compareTo(THOUSAND) > 0) return null;
                    v[k.ordinal()] = c.figure();
                    rateCell = c;
                }
                case WEIGHT -> {
                    if (c.kind() != CellKind.BARE || c.figure().signum() <= 0 || c.figure().compareTo(HUNDRED) > 0) return null;
                    v[k.ordinal()] = c.figure();
                }
                case SCORE -> {
                    if (c.kind() != CellKind.BARE || c.figure().compareTo(HUNDRED) > 0) return null;
                    v[k.ordinal()] = c.figure();
                }
                case OTHER -> { if (c.kind() == CellKind.PERCENT) return null; } // its figure is no budget figure: not kept
            }
        }
        for (int k = 0; k < cols.size(); k++) {
            if (taken[k]) continue;
            // 年初 is the column a row leaves empty; cells after the last figure are not printed; any other gap is a guess
            cost += cols.get(k) == Kind.INITIAL ? 0.25 : k > last ? 0.5 : 3;
        }
        BigDecimal p = v[Kind.PLANNED.ordinal()], e = v[Kind.EXECUTED.ordinal()], r = v[Kind.RATE.ordinal()];
        boolean fraction = false;
        if (p != null && e != null && r != null && p.signum() > 0) {
            if (Cells.rateAgrees(p, e, r)) cost -= 4;
            else if (rateCell.kind() == CellKind.BARE && r.compareTo(FRACTION_LIMIT) <= 0 && Cells.rateAgrees(p, e, r.multiply(HUNDRED))) {
                // a spreadsheet's fraction (0.9856): the percentage the amounts give
                v[Kind.RATE.ordinal()] = Units.plain(r.multiply(HUNDRED));
                fraction = true;
                cost -= 4;
            } else cost += 4;
        }
        BigDecimal w = v[Kind.WEIGHT.ordinal()], s = v[Kind.SCORE.ordinal()];
        if (w != null && s != null) {
            if (s.compareTo(w) > 0) return null;
            BigDecimal rate = v[Kind.RATE.ordinal()];
            if (rate != null && w.multiply(rate.min(HUNDRED)).movePointLeft(2).subtract(s).abs()
                    .compareTo(HALF.movePointLeft(Math.max(0, s.scale()))) <= 0) cost -= 1;
        }
        BigDecimal init = v[Kind.INITIAL.ordinal()];
        // the year's budget is the initial one adjusted, not a tenfold of it
        if (init != null && p != null && init.signum() > 0 && p.signum() > 0
                && (init.compareTo(p.multiply(BigDecimal.TEN)) > 0 || p.compareTo(init.multiply(BigDecimal.TEN)) > 0)) cost += 1;
        return new Placement(v, cost, fraction);
    }

    private static boolean agrees(BigDecimal[] v) {
        BigDecimal p = v[Kind.PLANNED.ordinal()], e = v[Kind.EXECUTED.ordinal()], r = v[Kind.RATE.ordinal()];
        return p != null && e != null && r != null && p.signum() > 0 && Cells.rateAgrees(p, e, r);
    }

    private static String shown(BigDecimal[] v) {
        String[] names = {"年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < v.length; k++) {
            if (v[k] != null) sb.append(sb.isEmpty() ? "" : " | ").append(names[k]).append(' ').append(v[k].toPlainString()).append(k == 3 ? "%" : "");
        }
        return sb.toString();
    }


    private static BigDecimal decimal(String s) {
        try { return new BigDecimal(s); } catch (NumberFormatException e) { return null; }
    }
}
