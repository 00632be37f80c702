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

    static final List<String> TOTALS = List.of("年度资金总额", "年度金额", "资金总额", "年度资金", "合计", "总计");
    private static final List<String> SOURCES = List.of("中央补助", "中央财政资金", "中央资金", "地方资金", "地方财政资金",
            "其他资金", "财政拨款", "上级补助", "本级资金", "自筹资金", "省级资金", "市级资金", "县级资金", "省级补助", "市级补助",
            "上年结转", "结转资金", "一般公共预算", "政府性基金",
            // the levels of autonomous regions and of leagues (内蒙古, 宁夏, 广西 …), and a county's matching funds
            "自治区资金", "自治区补助", "盟市资金", "市县资金", "州级资金", "区级资金", "县级配套", "市级配套", "州县配套", "州级配套",
            "省级配套", "区级配套", "配套资金",
            // a level's own budget money named with 财政 (市级财政资金, 区级财政资金: h152 h154), as 中央财政资金 is
            "省级财政资金", "市级财政资金", "县级财政资金", "区级财政资金", "州级财政资金", "自治区财政资金");

    private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[:：\\s\u00a0]+");

    static Budget read(List<Line> lines, List<ParseWarning> warnings) {
        // which stage owns the block is decided by its first column: column words as row labels (全年预算数 | 38.8 | …)
        // is a transposed block, read before BudgetShape, whose unlabelled-total rule would take its figures under a
        // column word for a total row with no label (a transposed block with no 合计 column)
        lines = BudgetShape.closedUp(lines);
        Budget transposed = TransposedBudget.read(lines, warnings); // sources as columns, column words as rows (h97)
        if (transposed != null) return transposed;
        lines = BudgetShape.of(lines, warnings); // the block's shape (a total with no label) before its rows
        StringBuilder all = new StringBuilder();
        for (Line l : lines) all.append(l.text()).append('\n');
        String text = all.toString();
        List<BudgetRow.Kind> cols = BudgetRow.columns(text);
        Unit currency = currency(text);
        // a WPS/Excel export writes a merged cell's text into every cell it covers: the block's label on each of its rows
        // (年度预算（万元） ×3, h226), a row's one amount in each column it spans — with no column word to place them, the
        // copies are one amount
        boolean mergedCopies = cols.isEmpty() && labelOnEveryRow(lines);
        BudgetRow.Figures total = null;
        int totalLine = 0;
        List<FundSource> sources = new ArrayList<>();
        boolean ofWhich = false; // a 其中 row was read: the rows below it are sources too, named or not
        // the total's row prints a 中期 group first (中期资金总额 386.4 年度资金总额 128.8): each source row prints both groups
        // in that order, and the table's sources are the year's, as its total is (h02)
        boolean midTermFirst = false;
        // the 中期 group's total on a row of its own (one cell per line, h164: 中期资金总额 / 9720 / 年度资金总额 / 3240, each
        // source row then printing its 中期 cells before or after its 年度 cells): 1 where it stands before the year's, -1
        // after it, 0 none
        int midTermRows = 0;
        List<Line> rows = rows(lines, warnings);
        for (int r = 0; r < rows.size(); r++) {
            Line l = rows.get(r);
            String s = l.text();
            // the line compared simplified, place for place (其他資金 the fold kept as written beside a simplified 资金总额,
            // h126's printings); a label is still cut from the line as written
            String seen = Script.simplified(s);
            // a row is named by a total's or a source's word or follows 其中: a line with none of them (one scan) is no row
            String below = null;
            // (or names a source by how source names end, 中央衔接资金: not a word of the vocabulary, but a source's name)
            if (!hasLabelWord(seen) && (below = ofWhich ? labelBelowOfWhich(s) : sourceByEnding(s)) == null) continue;
            String label = null;
            int at = -1;
            boolean isTotal = false;
            for (String t : TOTALS) { at = seen.indexOf(t); if (at >= 0) { label = t; isTotal = true; break; } } // 合計 too
            if (label == null) {
                int q = s.indexOf("其中");
                for (String src : SOURCES) {
                    int k = midTermFirst ? seen.lastIndexOf(src) : seen.indexOf(src);
                    if (k >= 0) {
                        // the source's whole name as its cell writes it (其中：当年财政拨款): never its last word alone
                        int b = k, stop = q >= 0 && q < k ? q + 2 : 0; // back to the cell's start, or to its 其中
                        while (b > stop && !Cells.isSpace(s.charAt(b - 1)) && ":：|\t".indexOf(s.charAt(b - 1)) < 0) b--;
                        // and on to the cell's end (上年结转资金, not 上年结转 and an amount 资金)
                        int e = k + src.length();
                        while (e < s.length() && Cells.han(s.charAt(e))) e++;
                        label = l.text().substring(b, e);
                        at = b;
                        break;
                    }
                }
                if (label == null && q >= 0) {
                    String rest = LEADING_MARKS.matcher(s.substring(q + 2)).replaceFirst("");
                    int e = 0;
                    // up to its figure, or to the colon before it (其中：自治区补助：55)
                    while (e < rest.length() && !Cells.isDigit(rest.charAt(e)) && !Cells.isSpace(rest.charAt(e))
                            && rest.charAt(e) != '：' && rest.charAt(e) != ':') e++;
                    if (e > 0) { at = s.indexOf(rest.substring(0, e), q); label = l.text().substring(at, at + e); }
                }
                if (label == null && below != null) { at = s.indexOf(below); label = l.text().substring(at, at + below.length()); }
            }
            if (label == null) continue;
            if (!isTotal && GridTableReader.notSource(label)) continue; // 其中：基本支出 splits the total by use, as the grid reads it
            if (isTotal && seen.contains("中期资金总额") && periodHeadLine(l)) continue; // the rows' header: no row
            if (isTotal && at >= 2 && seen.startsWith("中期", at - 2)) {
                // the 中期 group's total alone on its row: none of the year's budget (the grid reads it so: GridTableReader.midTerm)
                midTermRows = total == null ? 1 : -1;
                warnings.add(ParseWarning.of(l.no(), "中期资金总额不是年度预算,未读作预算: " + s.strip(),
                        "the mid-term (中期) total is not the year's budget; not read as it: " + s.strip()));
                continue;
            }
            if (!isTotal && midTermRows != 0) {
                // the 中期 group's source row stands beside the year's row of the same source: before it when the 中期 total
                // stood before the year's, after it when after
                int other = r + midTermRows;
                if (other >= 0 && other < rows.size() && rows.get(other).text().contains(label)) {
                    warnings.add(ParseWarning.of(l.no(), "中期资金的分项,不作为年度预算的来源: " + s.strip(),
                            "a source of the mid-term (中期) group, not of the year's budget: " + s.strip()));
                    continue;
                }
            }
            int from = at + label.length();
            if (from < s.length() && (s.charAt(from) == ':' || s.charAt(from) == '：')) from++; // one colon after the label
            String rest = s.substring(from);
            if (mergedCopies) rest = oneOfCopies(rest, l.no(), warnings);
            BudgetRow.Figures values = numbers(rest, cols, currency, l.no(), warnings);
            if (values == null) continue;
            if (isTotal && total == null) {
                total = values;
                totalLine = l.no();
                int mid = s.indexOf("中期");
                midTermFirst = mid >= 0 && mid < at && s.indexOf("总额", mid) >= 0;
            }
            else if (!isTotal) {
                if (below != null && values.planned() == null && values.executed() == null) continue;
                sources.add(new FundSource(label, values.planned(), values.executed(), values.rate()));
                ofWhich |= s.contains("其中");
            }
        }
        if (total == null && sources.isEmpty()) return null;
        if (total == null) total = new BudgetRow.Figures(null, null, null, null);
        if (!nonZero(total.initial()) && !nonZero(total.planned()) && !nonZero(total.executed()) && !nonZero(total.rate())) {
            List<FundSource> nonZero = sources.stream().filter(f -> nonZero(f.planned()) || nonZero(f.executed())).toList();
            if (!nonZero.isEmpty() && (zero(total.initial()) || zero(total.planned()) || zero(total.executed()) || zero(total.rate()))) {
                total = new BudgetRow.Figures(null, null, null, null);
                warnings.add(ParseWarning.of(totalLine, "资金总额行为0而分项有金额，总额不采用",
                        "the total row is zero while a source line is not; the total is not used"));
                if (nonZero.size() == 1) {
                    FundSource f = nonZero.get(0);
                    total = new BudgetRow.Figures(null, f.planned(), f.executed(), f.ratePercent());
                }
            }
        }
        return new Budget("万元", total.initial(), total.planned(), total.executed(), total.rate(), sources);
    }

    /**
     * Whether the block's first cell is one label repeated on consecutive rows (年度预算（万元） on each of its three rows):
     * a merged cell as an export writes it. A label word or a figure there is a row's own cell, not the block's label.
     */
    private static boolean labelOnEveryRow(List<Line> lines) {
        String prev = null;
        for (Line l : lines) {
            List<String> cells = l.cells();
            String first = cells.size() < 3 ? null : Cells.clean(cells.get(0));
            if (first != null && first.equals(prev) && !hasLabelWord(first) && !Cells.hasDigit(first)) return true;
            prev = first;
        }
        return false;
    }

    /**
     * A row's amounts when every one of them is the same text (1,236.80 ×4: one merged cell's copies) cut to the first,
     * said with its line; {@code rest} as it is otherwise.
     */
    private static String oneOfCopies(String rest, int line, List<ParseWarning> warnings) {
        String first = null;
        int copies = 0;
        for (String c : new Line(line, rest).cells()) {
            String t = Cells.clean(c);
            if (t == null) continue;
            if (first == null) first = t;
            else if (!first.equals(t)) return rest;
            copies++;
        }
        if (copies < 2 || !amount(first) || first.endsWith("%") || first.endsWith("％")) return rest;
        warnings.add(ParseWarning.of(line, "合并单元格的金额在所跨各格重复写出,读作一个金额: " + first + " ×" + copies,
                "a merged cell's amount written into each cell it spans, read as one amount: " + first + " ×" + copies));
        return rest.substring(0, rest.indexOf(first) + first.length());
    }

    /** The block's unit, converted to 万元 by measure.Units (the one place units and their factors live). */
    static Unit currency(String text) {
        if (text.contains("亿元")) return Units.HUNDRED_MILLION_YUAN;
        if (!text.contains("万元") && (text.contains("(元") || text.contains("（元") || text.contains("单位:元")
                || text.contains("单位：元") || text.contains("元)") || text.contains("元）"))) return Units.YUAN;
        return Units.TEN_THOUSAND_YUAN;
    }

    /**
     * One cell per line (or per paragraph): a row label alone on its line takes the amounts on the lines below it,
     * up to the next line that is not an amount, so that the row reads as if its cells shared one line.
     */
    static List<Line> rows(List<Line> lines, List<ParseWarning> warnings) {
        List<Line> out = new ArrayList<>(lines.size());
        boolean ofWhich = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            ofWhich |= l.text().contains("其中");
            List<Line> labelled = labelledCells(l);
            if (labelled != null) { out.addAll(labelled); continue; }
            int heads = periodHeads(lines, i);
            if (heads > i) {
                // the two groups' column words one under the other (中期资金总额 / 年度资金总额, h177) over rows labelled on the
                // left: one header line, as h86 prints them side by side — no labels, each paired with an amount below
                out.add(new Line(l.no(), Cells.clean(l.text()) + " " + Cells.clean(lines.get(heads - 1).text())));
                i = heads - 1;
                continue;
            }
            // (asked once per line: the pairing and the label-alone tests both begin with it)
            boolean labelWord = hasLabelWord(l.text()) || sourceAlone(l.text());
            int past = labelWord ? labelsOverFigures(lines, i, out, warnings) : i;
            if (past > i) { i = past - 1; continue; }
            if (!(labelWord && rowLabelAlone(l.text())) && !labelAndFigure(l.text())
                    && !((ofWhich || sourceAlone(l.text())) && aloneBelowOfWhich(lines, i))) {
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
     * The block's labels printed over its figures (| 项目资金（万元） | 资金总额 | 财政拨款 | over | | 128.8 | 128.8 |, h48's
     * layout, in any grid): a line of two labels or more and no figure — or, one cell per line, a run of such lines —
     * then the figures, each under its label. Each pair becomes a row of its own; a line of cells pairs by place when
     * both lines print a cell per column, else both runs are aligned from their ends (a block label's empty cell before
     * them). Returns the index past the figures, or {@code i} when the lines are not so. Asked of a line with a label word.
     * One cell per line, fewer figures than labels (a cell left empty and not printed) pair with no label for sure: a run
     * of a total and its sources (资金总额 / 财政拨款 / 其他资金 / 386 / 360) is read as nothing and said — read on from its
     * second label, it paired the figures one label late. (Other runs, such as 中期资金总额 / 年度资金总额 over a row
     * labelled 资金总额, are left to the rows below.)
     */
    private static int labelsOverFigures(List<Line> lines, int i, List<Line> out, List<ParseWarning> warnings) {
        String first = lines.get(i).text();
        // most lines: a figure beside the label, or a sentence — no pairing (asked before cutting cells)
        if (first.length() > 200) return i;
        for (int k = 0; k < first.length(); k++) if (Cells.isDigit(first.charAt(k))) return i;
        List<String> labels = new ArrayList<>(), figures = new ArrayList<>();
        List<Integer> labelLines = new ArrayList<>();
        int j = i;
        List<String> cells = lines.get(i).cells();
        if (cells.size() >= 2) {
            // one line of labels
            for (String c : cells) if (Cells.clean(c) != null && figure(Cells.clean(c))) return i;
            labels.addAll(cells);
            for (int k = 0; k < cells.size(); k++) labelLines.add(lines.get(i).no());
            j = i + 1;
            while (j < lines.size() && lines.get(j).empty()) j++;
            if (j >= lines.size()) return i;
            List<String> below = lines.get(j).cells();
            for (String c : below) if (Cells.clean(c) != null && !figure(Cells.clean(c))) return i;
            figures.addAll(below);
            j++;
        } else {
            // a run of label lines, one cell each, then a run of figure lines: two labels at least, so a label whose next
            // line with text is no label (a row's label over its own figures, most such lines) pairs nothing
            int second = i + 1;
            while (second < lines.size() && lines.get(second).empty()) second++;
            if (second == lines.size() || labelCell(lines.get(second).text()) == null) return i;
            for (; j < lines.size(); j++) {
                if (lines.get(j).empty()) continue;
                String c = labelCell(lines.get(j).text());
                if (c == null) break;
                labels.add(c);
                labelLines.add(lines.get(j).no());
            }
            for (; j < lines.size(); j++) {
                if (lines.get(j).empty()) continue;
                String c = Cells.clean(lines.get(j).text());
                if (c != null && !figure(c)) break;
                figures.add(c == null ? "" : c);
            }
        }
        int named = 0;
        for (String c : labels) if (Cells.clean(c) != null && labelOrSource(Cells.clean(c))) named++;
        boolean anyFigure = false;
        for (int k = 0; k < figures.size() && !anyFigure; k++) anyFigure = Cells.clean(figures.get(k)) != null;
        if (named < 2 || !anyFigure) return i;
        int shift = figures.size() == labels.size() ? 0 : figures.size() - labels.size();
        if (shift < 0 && cells.size() < 2 && !totalThenSources(labels)) return i; // column words over a labelled row (h177)
        if (shift < 0 && cells.size() < 2) {
            String run = String.join(" / ", labels) + " / " + String.join(" / ", figures);
            warnings.add(ParseWarning.of(labelLines.get(0), "预算标签多于其下的金额,无法逐一对应,未读入: " + run,
                    "more budget labels than amounts under them; they cannot be paired, not read: " + run));
            return j;
        }
        for (int k = 0; k < labels.size(); k++) {
            String label = Cells.clean(labels.get(k));
            int f = k + shift;
            if (label == null || !labelOrSource(label) || f < 0 || f >= figures.size()) continue;
            String fig = Cells.clean(figures.get(f));
            out.add(new Line(labelLines.get(k), label + " " + (fig == null ? "\u00a0" : fig)));
        }
        return j;
    }

    /**
     * The index past the second of two lines that are a budget's period columns ({@link HeaderWords#periodTotals}) one
     * cell per line, a row's label (no amount) after them; {@code i} when the lines are not so.
     */
    private static int periodHeads(List<Line> lines, int i) {
        String first = Cells.clean(lines.get(i).text());
        if (first == null || first.length() > 8 || first.indexOf('总') < 0) return i; // (most lines: at once)
        int j = next(lines, i + 1), k = j < 0 ? -1 : next(lines, j + 1);
        if (k < 0 || !HeaderWords.periodTotals(first, lines.get(j).text()) || figure(Cells.clean(lines.get(k).text()))) return i;
        return j + 1;
    }

    /**
     * Whether a line prints a budget's two period columns side by side ({@link HeaderWords#periodTotals}, either order)
     * and no amount: the header of rows labelled on the left (h86; h177 one cell per line, joined by {@link #rows}).
     */
    private static boolean periodHeadLine(Line l) {
        List<String> cells = new ArrayList<>();
        for (String c : l.cells()) {
            String t = Cells.clean(c);
            if (t == null) continue;
            if (figure(t)) return false;
            cells.add(t);
        }
        for (int k = 0; k + 1 < cells.size(); k++) if (HeaderWords.periodTotals(cells.get(k), cells.get(k + 1))) return true;
        return false;
    }

    /** The first line from {@code from} with text, or -1. */
    private static int next(List<Line> lines, int from) {
        for (int j = from; j < lines.size(); j++) if (!lines.get(j).empty()) return j;
        return -1;
    }

    /** Whether the labels are a total's word, then source names only (the department form's 资金总额 / 财政拨款 / 其他资金). */
    private static boolean totalThenSources(List<String> labels) {
        if (labels.size() < 2 || !totalWord(Script.simplified(labels.get(0)))) return false;
        for (int k = 1; k < labels.size(); k++) if (totalWord(Script.simplified(labels.get(k)))) return false;
        return true;
    }

    /** A line's text as one label cell (a label word, no figure, no space in it), trimmed; null when it is none. */
    private static String labelCell(String text) {
        String c = Cells.clean(text);
        return c == null || !labelOrSource(c) || figure(c) || c.indexOf(' ') >= 0 ? null : c;
    }

    /** A line of one cell, a label and its first figure joined by a colon (资金总额：38.77, one cell per line): a row's start. */
    private static boolean labelAndFigure(String s) {
        if (s.indexOf('：') < 0 && s.indexOf(':') < 0) return false;
        String c = Cells.clean(s);
        if (c == null || c.indexOf(' ') >= 0 || c.indexOf('\t') >= 0) return false;
        int colon = Math.max(c.lastIndexOf('：'), c.lastIndexOf(':'));
        return colon > 0 && colon < c.length() - 1 && hasLabelWord(c.substring(0, colon)) && figure(c.substring(colon + 1));
    }

    /** An amount or a dash (a figure's cell). */
    static boolean figure(String c) { return amount(c) || NOT_APPLICABLE.contains(c); }

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
    static boolean amount(String c) {
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
    private static final Vocabulary.Words LABELS = Vocabulary.words(LABEL_WORDS);

    static boolean hasLabelWord(String s) {
        // asked of every line and cell of a block: Vocabulary.Words answers most characters with a bit test
        for (int i = 0; i < s.length(); i++) if (LABELS.at(s, i) != null) return true;
        String t = Script.simplified(s); // a traditional word the fold kept as written (其他資金, h126's printings)
        if (t == s) return false;
        for (int i = 0; i < t.length(); i++) if (LABELS.at(t, i) != null) return true;
        return false;
    }

    /**
     * A subsidy named after the body that gives it (省总工会补助资金, 省残联补助资金, 团省委补助资金: h229): 补助资金 after a
     * body's name of 2 to 10 Han characters ending as bodies' names end (会, 委, 局, 厅, 办, 联, 协). A source though no
     * word of the vocabulary names it; 项目补助资金 (the fund's own name) is none.
     */
    static boolean bodysSubsidy(String name) {
        if (!name.endsWith(SUBSIDY)) return false;
        int n = name.length() - SUBSIDY.length();
        if (n < 2 || n > 10 || BODY_ENDS.indexOf(name.charAt(n - 1)) < 0) return false;
        for (int i = 0; i < n; i++) if (!Cells.han(name.charAt(i))) return false;
        return true;
    }

    private static final String SUBSIDY = "补助资金", BODY_ENDS = "会委局厅办联协";

    /** Whether a text names a total (合计, 资金总额 …): a block with one has its total row. */
    static boolean totalWord(String s) {
        for (String t : TOTALS) if (s.contains(t)) return true;
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

    /**
     * The label of a row that names a source by how source names end though it holds no source word (中央衔接资金,
     * 市级衔接资金; an OCR's 财政投款 — GridTableReader's rule for a source's cell): the line's first cell as
     * {@link #labelBelowOfWhich} cuts it, an amount after it, and no block label (项目资金). A 其中 above is not needed:
     * a block that prints its total last (or with no label) has none, and its source rows are named only so.
     */
    static String sourceByEnding(String s) {
        String label = labelBelowOfWhich(s);
        return label != null && sourceName(label) ? label : null;
    }

    /** A line that is one cell, a source's name by its ending ({@link #sourceByEnding}) with its amounts below it. */
    static boolean sourceAlone(String s) {
        String c = Cells.clean(s);
        return c != null && c.length() <= 12 && sourceName(c);
    }

    /** A cell that is a row's label: a label word's, or a source's name by its ending. */
    private static boolean labelOrSource(String c) { return hasLabelWord(c) || sourceAlone(c); }

    private static boolean sourceName(String label) {
        // (a column word is none: 全年预算 as a transposed block's row label)
        return GridTableReader.sourceEnding(label) && !SelfEvaluationReader.budgetBlock(label) && BudgetRow.columns(label).isEmpty();
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

    /** A line with a label word ({@link #hasLabelWord}, asked by the caller) whose label no amount follows on the line. */
    private static boolean rowLabelAlone(String s) {
        String c = Cells.clean(s);
        if (c == null) return false;
        // "项目资金(万元) 年度资金总额" still counts as alone: no amount follows the label on its own line
        int last = Math.max(c.lastIndexOf(' '), c.lastIndexOf('\t'));
        String tail = c.substring(last + 1);
        for (int i = 0; i < tail.length(); i++) if (Cells.isDigit(tail.charAt(i))) return false;
        return true;
    }

    private static boolean nonZero(BigDecimal b) { return b != null && b.signum() != 0; }
    private static boolean zero(BigDecimal b) { return b != null && b.signum() == 0; }

    /**
     * The figures of a row after its label, placed by {@link BudgetRow} (amounts in 万元; a bare amount in the block's
     * {@code currency}, one that writes its unit — 30万元, 387664.62元 — in that unit); a glued run "924924100%" is
     * split first where B/A agrees with the rate.
     */
    static BudgetRow.Figures numbers(String rest, List<BudgetRow.Kind> cols, Unit currency, int line, List<ParseWarning> warnings) {
        List<String> cells = new Line(line, rest).cells();
        // with tabs the text after the label begins with the label cell's end: its first cell is no cell of the row
        if (rest.startsWith("\t") && !cells.isEmpty()) cells = cells.subList(1, cells.size());
        List<String> printed = cells; // (BudgetRow.place only reads it: no copy)
        String only = null; // the one cell with text, when the row has one only (a glued run)
        int full = 0;
        for (String t : printed) if (!t.isEmpty() && full++ == 0) only = t;
        if (full == 1 && cols.size() != 1) {
            List<String> split = splitGlued(only);
            if (split != null) printed = split;
        }
        return BudgetRow.place(printed, cols, currency, line, warnings);
    }

    private static List<String> splitGlued(String s) {
        if (!(s.endsWith("%") || s.endsWith("％"))) return null;
        String d = s.substring(0, s.length() - 1);
        for (int i = 0; i < d.length(); i++) if (!Cells.isDigit(d.charAt(i)) && d.charAt(i) != '.') return null;
        for (int i = 1; i < d.length() - 1; i++) {
            BigDecimal p = num(d, 0, i);
            if (p == null) continue;
            for (int j = i + 1; j < d.length(); j++) {
                BigDecimal e = num(d, i, j), r = num(d, j, d.length());
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

    /**
     * {@link #num} of {@code d.substring(a, b)}, d all digits and points (a glued run: every split of it is tried), read
     * without the substring: the same unscaled digits and scale as {@code new BigDecimal} gives.
     */
    private static BigDecimal num(String d, int a, int b) {
        if (b - a > 18) return num(d.substring(a, b));
        if (a == b || d.charAt(a) == '.' || d.charAt(b - 1) == '.' || b - a > 1 && d.charAt(a) == '0' && d.charAt(a + 1) != '.') return null;
        long unscaled = 0;
        int scale = -1;
        for (int k = a; k < b; k++) {
            char c = d.charAt(k);
            if (c == '.') {
                if (scale >= 0) return null; // two points: no number
                scale = 0;
                continue;
            }
            if (c < '0' || c > '9') return num(d.substring(a, b)); // a full-width digit: as the parser reads it
            unscaled = unscaled * 10 + (c - '0');
            if (scale >= 0) scale++;
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    private static BigDecimal num(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') return null;
        try { return new BigDecimal(s); } catch (NumberFormatException e) { return null; }
    }
}
