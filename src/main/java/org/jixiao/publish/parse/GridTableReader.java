package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.measure.Unit;
import org.jixiao.measure.Units;
import org.jixiao.publish.parse.CellGrid.Cell;
import org.jixiao.publish.parse.HeaderWords.Column;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;

/**
 * Stages 3–5 over a cell grid: the header layout from {@link HeaderWords}, the rows from {@link RowAligner}, and the
 * mapping of fields, budget, goal and rows to a {@link Scorecard}. Reads any separator style the grid builders
 * produce (pipes, one cell per line, one cell per paragraph).
 */
final class GridTableReader {
    private GridTableReader() {}

    private static final List<String> STOPS = List.of("其他需要说明事项", "总分", "合计", "总计", "说明", "注:", "填报说明", "填表人", "单位负责人",
            "联系人:", "备注:", "填报人", "联系电话", "来源:", "编辑:", "审核:", "主办:", "主办单位:"); // the signature or an article's (a site's) footer under the table

    static Scorecard read(String form, String title, List<Line> body, List<ParseWarning> warnings) {
        return read(form, title, body, CellGrid.style(body), warnings);
    }

    /** {@code style}: {@link CellGrid#style} of {@code body}, when the caller knows it already. */
    static Scorecard read(String form, String title, List<Line> body, CellGrid.Style style, List<ParseWarning> warnings) {
        if (style == CellGrid.Style.OTHER) return null;
        List<Cell> cells = CellGrid.build(style, body);
        if (cells.isEmpty()) return null;
        if (style == CellGrid.Style.PIPES) {
            for (int i = 0; i < body.size(); i++) {
                if (CellGrid.between(body, i)) warnings.add(ParseWarning.of(body.get(i).no(), "两个表格行之间的文字,不是单元格: "
                        + body.get(i).text().strip(), "text between two pipe rows is not a cell: " + body.get(i).text().strip()));
            }
        }
        int header = headerAt(cells);
        int limit = header < 0 ? cells.size() : header;
        Fields f = fields(cells.subList(0, limit));
        Budget budget = budget(cells.subList(0, limit), warnings);
        List<Indicator> rows = new ArrayList<>();
        if (header >= 0) rows = indicators(cells, header, style, warnings);
        int after = header < 0 || budget != null ? -1 : blockAfterRows(cells, header);
        if (after >= 0) {
            int bEnd = after + 1;
            while (bEnd < cells.size() && !stopKey(cells.get(bEnd).key()) && !signatureRow(cells, bEnd)) bEnd++;
            budget = budget(cells.subList(after, bEnd), warnings);
        }
        if (rows.isEmpty() && budget == null && f.project == null) return null;
        OverallGoal goal = goal(cells.subList(0, limit)); // only for a table read (it scans every cell before the header)
        Integer year = SelfEvaluationReader.year(title, body);
        String region = Vocabulary.province(title, f.unit, f.competent, f.project);
        return new Scorecard(form, title, year, f.project, f.unit, f.competent, region, budget, goal, rows);
    }

    // ---- stage 3: the header layout ----

    /** The first header cell of the indicator block (三级指标 / 指标名称), or -1. */
    static int headerAt(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String k = cells.get(i).key();
            if (LevelWords.namesIndicator(k) || k.equals("指标名称")) {
                int start = i;
                for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
                    String kj = cells.get(j).key();
                    if (kj.isEmpty()) continue;
                    if (LevelWords.namesLevel(kj) || kj.equals("绩效指标") || kj.contains("目标值")
                            || HeaderWords.column(kj, HeaderWords.INDICATOR) != null) start = j;
                    else break;
                }
                return start;
            }
        }
        return -1;
    }

    /** The layout: header words in order; a two-row header ("年度指标值" over 指标性质/指标值/度量单位) is nested. */
    static List<Column> layout(String headerText) {
        List<Column> cols = HeaderWords.columns(headerText, HeaderWords.INDICATOR);
        int name = cols.indexOf(Column.NAME);
        if (name < 0) return cols;
        int firstLevel = cols.indexOf(Column.LEVEL1) >= 0 ? cols.indexOf(Column.LEVEL1)
                : cols.indexOf(Column.LEVEL2) >= 0 ? cols.indexOf(Column.LEVEL2) : name;
        List<Column> pre = new ArrayList<>(cols.subList(0, firstLevel));
        if (pre.isEmpty()) return cols;
        List<Column> lead = new ArrayList<>(cols.subList(firstLevel, name + 1));
        List<Column> post = new ArrayList<>(cols.subList(name + 1, cols.size()));
        List<Column> out = new ArrayList<>(lead);
        int t = pre.indexOf(Column.TARGET);
        if (!post.isEmpty() && t >= 0) {
            pre.remove(t);
            pre.addAll(t, post);
            out.addAll(pre);
        } else {
            out.addAll(pre);
            out.addAll(post);
        }
        return out;
    }

    private static List<Indicator> indicators(List<Cell> cells, int header, CellGrid.Style style, List<ParseWarning> warnings) {
        // the header runs up to the first level label (or the first cell that is no header word)
        StringBuilder headerText = new StringBuilder();
        int i = header;
        for (; i < cells.size(); i++) {
            String t = cells.get(i).text();
            if (Levels.level(cells.get(i)) != null) break;
            int parts = i > header && cells.get(i - 1).line() != cells.get(i).line() ? splitParts(cells, i, headerText) : i;
            if (parts > i) { i = parts - 1; continue; }
            String k = cells.get(i).key();
            boolean cutInHeader = HeaderWords.fragment(t) && nothingAfter(cells, i + 1); // the text stops inside a header word
            if (cutInHeader) warnings.add(ParseWarning.of(cells.get(i).line(), "表格在表头中断: " + t, "the table is cut off inside its header: " + t));
            if (!k.isEmpty() && !cutInHeader && HeaderWords.columns(k, HeaderWords.INDICATOR).isEmpty() && !k.contains("指标")
                    && !k.contains("目标") && !k.startsWith("(") && !k.startsWith("*")) break;
            headerText.append(t).append(HeaderWords.CELL_BREAK);
        }
        List<Column> layout = layout(headerText.toString());
        if (!layout.contains(Column.NAME)) return List.of();
        int end = i;
        while (end < cells.size() && !stopKey(cells.get(end).key()) && !signatureRow(cells, end) && !signerRow(cells, end)
                && !budgetAfterRows(cells, end) && !(end > i && sectionRow(cells, end))) end++;
        if (end < cells.size() && (signatureRow(cells, end) || signerRow(cells, end)))
            warnings.add(Signature.warning(cells.get(end).line(), cells.get(end).text()));
        else if (end < cells.size() && end > i && sectionRow(cells, end))
            warnings.add(Signature.sectionWarning(cells.get(end).line(), cells.get(end).text()));
        else if (end < cells.size() && budgetAfterRows(cells, end)) warnings.add(ParseWarning.of(cells.get(end).line(),
                "指标行之后的预算块: " + cells.get(end).text(), "a budget block after the indicator rows: " + cells.get(end).text()));
        List<Cell> body = cells.subList(i, end);
        // 序号 is no header word of the indicators: it stands just before the header found
        boolean rowsPerLine = rowsPerLine(body);
        if (header > 0 && cells.get(header - 1).key().equals("序号")) body = withoutRowNumbers(body, rowsPerLine, warnings);
        List<Cell> passed = new ArrayList<>();
        List<RowAligner.Row> rows = RowAligner.align(body, layout, rowsPerLine, passed);
        for (Cell c : passed) {
            warnings.add(ParseWarning.of(c.line(), "无法放入任何列的单元格: " + c.text(), "a cell that fits no column: " + c.text()));
        }
        List<Indicator> out = new ArrayList<>();
        String level1 = null, level2 = null;
        for (int r = 0; r < rows.size(); r++) {
            Cell[] row = rows.get(r).cells();
            String name = null, target = null, actual = null, cmp = null, unit = null, reason = null, def = null;
            Cell midTerm = null; // the 中期 value of a row printing 中期指标值 | 年度指标值 (h177): none of the row's fields
            BigDecimal weight = null, score = null;
            boolean unitFirst = false, any = false;
            for (int c = 0; c < layout.size(); c++) {
                Cell cell = row[c];
                if (cell == null) continue;
                String t = cell.text();
                switch (layout.get(c)) {
                    case LEVEL1 -> { Levels.Level l = Levels.loose(cell); if (l != null) { level1 = l.level1(); level2 = null; } }
                    case LEVEL2 -> {
                        Levels.Level l = Levels.loose(cell);
                        if (l != null) {
                            level2 = l.level2();
                            if (level1 == null || !level1.equals(l.level1()) && !("成本指标".equals(l.level2()) && "产出指标".equals(level1))) {
                                level1 = l.level1();
                            }
                        }
                    }
                    case NAME -> name = later(name, t);
                    case TARGET -> { target = later(target, t); any |= !t.isEmpty(); }
                    case ACTUAL -> { actual = later(actual, t); any |= !t.isEmpty(); }
                    case MID_TERM -> { if (!t.isEmpty()) { midTerm = cell; any = true; } }
                    case COMPARATOR -> { if (RowAligner.kind(t) == RowAligner.Kind.COMPARATOR) cmp = t; }
                    case UNIT -> { if (!t.isEmpty()) { unit = t; unitFirst = target == null; } }
                    case WEIGHT -> { weight = number(t); any |= weight != null; }
                    case SCORE -> { score = number(t); any |= score != null; }
                    case REASON -> reason = later(reason, t);
                    case DEFINITION -> def = later(def, t);
                    default -> { }
                }
            }
            if (name == null || name.isEmpty()) {
                // a row of a level label and empty cells (a group printed without rows), or cells with no name: said, not dropped silently
                Cell first = null;
                for (Cell cell : row) if (cell != null && !cell.text().isEmpty()) { first = cell; break; }
                if (first != null) {
                    StringBuilder text = new StringBuilder();
                    for (Cell cell : row) if (cell != null && !cell.text().isEmpty()) text.append(text.isEmpty() ? "" : " ").append(cell.text());
                    // a first level's short label (产出) alone ending the table is where it was cut, as a name that begins a label is (below)
                    if (r == rows.size() - 1 && RowAligner.kind(text.toString()) == RowAligner.Kind.LOOSE1) {
                        warnings.add(cutInLabel(first.line(), text.toString()));
                    } else {
                        warnings.add(ParseWarning.of(first.line(), "无指标名称的行(如无下属指标的分组标签),不作为指标: " + text, "a row without an indicator name (such as a group label with no rows under it) is left out: " + text));
                    }
                }
                continue;
            }
            boolean last = r == rows.size() - 1;
            if (last && !any && labelPrefix(name)) {
                warnings.add(cutInLabel(row[layout.indexOf(Column.NAME)].line(), name));
                continue;
            }
            if (!any && !last) {
                warnings.add(ParseWarning.of(row[layout.indexOf(Column.NAME)].line(), "有名称而无任何值的行未作为指标: " + name,
                        "a row with a name and no value is not read as an indicator: " + name));
                continue;
            }
            String fullTarget = target == null || target.isEmpty() ? (cmp == null ? null : cmp) : joinTarget(cmp, target, unit);
            Indicator ind = Indicator.builder().level1(level1).level2(level2).name(name.indexOf(' ') < 0 ? name : Cells.joinPieces(List.of(name.split(" "))))
                    .target(fullTarget).actual(empty(actual)).weight(weight).score(score).reason(empty(reason))
                    .definition(empty(def)).build();
            if (midTerm != null && !midTerm.text().equals(target)) warnings.add(IndicatorReader.midTermCell(midTerm.line(), midTerm.text()));
            if (!out.isEmpty() && same(out.get(out.size() - 1), ind)) {
                warnings.add(ParseWarning.of(row[layout.indexOf(Column.NAME)].line(), "同一行的两组单元格相同(中期与年度),只读一次: " + name,
                        "two groups of one row are equal (mid-term and annual); read once: " + name));
                continue;
            }
            out.add(ind);
        }
        return out;
    }

    /**
     * The parts of a split 指标值 printed on the header's next line under it (| 指标值 ||| over | | | | 计算符号 | 数值 | 单位 |,
     * h220), the line beginning at {@code i}: the header's last 指标值 cell in {@code headerText} becomes the parts' words
     * (as a one-row header prints them: 指标性质 | 年度指标值 | 度量单位). Where the line ends; {@code i} when it is no such line.
     */
    private static int splitParts(List<Cell> cells, int i, StringBuilder headerText) {
        int end = i;
        List<String> texts = new ArrayList<>();
        while (end < cells.size() && cells.get(end).line() == cells.get(i).line()) texts.add(cells.get(end++).text());
        List<Column> parts = HeaderWords.splitParts(texts);
        if (parts == null) return i;
        String brk = String.valueOf(HeaderWords.CELL_BREAK);
        String[] heads = headerText.toString().split(brk, -1);
        int value = heads.length - 1;
        while (value >= 0 && HeaderWords.column(heads[value], HeaderWords.INDICATOR) != Column.TARGET) value--;
        if (value < 0) return i;
        StringBuilder words = new StringBuilder();
        for (Column c : parts) words.append(words.isEmpty() ? "" : brk).append(HeaderWords.label(c));
        heads[value] = words.toString();
        headerText.setLength(0);
        headerText.append(String.join(brk, heads));
        return end;
    }

    /**
     * A table whose header begins with 序号, one cell per line or paragraph: each row's number stands alone on its line
     * (1, 2, 3 … in order), and is no cell of the indicator — not its name, not a weight. A number followed by another
     * number is a weight and its score, so it stays. Each number left out is said. Rows printed one per line (pipes,
     * {@code rowsPerLine}) begin with their number: the row's first cell on its line (read as the row before's last
     * cell, its reason, the numbers 2, 3 … were). A row number begins a row, so a cell that is a row's first follows it
     * (the table's last cell, a score of 10 after nine rows, is none); of two lone cells n before any n + 1 (a score 9, then
     * its reason, and row 9), the one followed by a level label, else by a cell that is no sentence, is the row number.
     */
    static List<Cell> withoutRowNumbers(List<Cell> body, boolean rowsPerLine, List<ParseWarning> warnings) {
        List<Cell> out = new ArrayList<>(body.size());
        int next = 1;
        for (int k = 0; k < body.size(); k++) {
            Cell c = body.get(k);
            if (rowNumber(body, k, next, rowsPerLine) && !betterRowNumberLater(body, k, next, rowsPerLine)) {
                warnings.add(rowNumberLeftOut(c.line(), c.text()));
                next++;
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** The warning that a row number of a 序号 column is left out of its row (the grid's and the duty column's). */
    static ParseWarning rowNumberLeftOut(int line, String number) {
        return ParseWarning.of(line, "序号列的行号,不作为指标的单元格: " + number, "a row number of the 序号 column, no cell of the indicator: " + number);
    }

    private static ParseWarning cutInLabel(int line, String text) {
        return ParseWarning.of(line, "表格在一个标签中间中断: " + text, "the table is cut off inside a label: " + text);
    }

    /**
     * Whether cell k can be row number n: alone where a row begins, the number n, and the next cell printed (past the
     * empty cells of merged labels) neither missing nor a number (a row's first cell: a label or a name; a score is
     * followed by its reason or by the next row's number).
     */
    private static boolean rowNumber(List<Cell> body, int k, int n, boolean rowsPerLine) {
        Cell c = body.get(k);
        Cell after = k + 1 < body.size() ? body.get(k + 1) : null;
        boolean alone = c.lineStart() && (rowsPerLine || after == null || after.line() != c.line());
        int first = printedAfter(body, k);
        return alone && first >= 0 && c.text().equals(Integer.toString(n)) && number(body.get(first).text()) == null;
    }

    /** The first cell after k that is not empty, or -1. */
    private static int printedAfter(List<Cell> body, int k) {
        for (int j = k + 1; j < body.size(); j++) if (!body.get(j).empty()) return j;
        return -1;
    }

    /** Whether a later cell is more likely row number n (by {@link #rowStart}) before any cell can be row number n + 1. */
    private static boolean betterRowNumberLater(List<Cell> body, int k, int n, boolean rowsPerLine) {
        int here = rowStart(body.get(printedAfter(body, k)).text());
        for (int j = k + 1; j < body.size(); j++) {
            if (rowNumber(body, j, n + 1, rowsPerLine)) return false;
            if (rowNumber(body, j, n, rowsPerLine) && rowStart(body.get(printedAfter(body, j)).text()) > here) return true;
        }
        return false;
    }

    /** How much a cell looks like a row's first: 2 a level label, 1 a name (no sentence's punctuation), 0 a reason's sentence. */
    private static int rowStart(String t) {
        if (Levels.loose(t) != null) return 2;
        for (int i = 0; i < t.length(); i++) if ("，。；,;".indexOf(t.charAt(i)) >= 0) return 0;
        return 1;
    }

    private static boolean nothingAfter(List<Cell> cells, int from) {
        for (int i = from; i < cells.size(); i++) if (!cells.get(i).empty()) return false;
        return true;
    }

    /** "时", "生态": the first characters of a level label, where an excerpt was cut. */
    static boolean labelPrefix(String name) {
        String k = Script.cutPrefix(HeaderWords.key(name)); // 生態(t: a label cut inside its pinyin
        // a longer piece is a name as often (服务对象满意度 names an indicator), unless it stops inside the 指标 suffix
        if (k.length() > 6 && !k.endsWith("指")) return false;
        for (String l : Vocabulary.LEVEL1) if (l.startsWith(k)) return true;
        for (String l : Vocabulary.LEVEL2.keySet()) if (l.startsWith(k)) return true;
        return false;
    }

    private static boolean same(Indicator a, Indicator b) {
        return java.util.Objects.equals(a.name(), b.name()) && java.util.Objects.equals(a.target(), b.target())
                && java.util.Objects.equals(a.level2(), b.level2()) && java.util.Objects.equals(a.actual(), b.actual());
    }

    /** A repeated column (the 中期 and 年度 groups of one row): the later group's cell, when it has one. */
    private static String later(String before, String now) {
        return now == null || now.isEmpty() ? before : now;
    }

    private static String empty(String s) { return s == null || s.isEmpty() ? null : s; }

    /** operator + value + unit, as the split columns print them; a value that already ends with its unit keeps it once. */
    static String joinTarget(String cmp, String value, String unit) {
        boolean withCmp = cmp != null && Cells.comparatorAt(value, 0) == 0, withUnit = unit != null && !value.endsWith(unit);
        if (!withCmp && !withUnit) return value; // most targets: the value as printed, no copy
        return (withCmp ? cmp : "") + value + (withUnit ? unit : "");
    }

    private static boolean rowsPerLine(List<Cell> body) {
        int lines = 0, starts = 0;
        for (Cell c : body) {
            if (c.empty()) continue;
            lines++;
            if (c.lineStart()) starts++;
        }
        return lines > 0 && starts * 2 < lines; // most cells share their line with others
    }

    private static final long[] STOP_FIRSTS = Vocabulary.charSet(Vocabulary.firsts(STOPS));

    /**
     * A cell that begins its printed row (only empty cells before it on its line) and is a signature or a notice's
     * contact line ({@link Signature}).
     */
    private static boolean signatureRow(List<Cell> cells, int i) {
        Cell c = cells.get(i);
        // asked of every cell of the rows (and past them, up to a stop): a cell with text before it on its line is passed
        // over first, then one with no colon
        if (!c.lineStart() && i > 0 && cells.get(i - 1).line() == c.line() && !cells.get(i - 1).empty()) return false;
        if (c.key().indexOf(':') < 0 || !Signature.begins(c.key()) && !Signature.contact(c.text())) return false;
        if (c.lineStart()) return true;
        for (int j = i - 1; j >= 0 && cells.get(j).line() == c.line(); j--) if (!cells.get(j).empty()) return false;
        return true;
    }

    /**
     * The signature that closes the page under the table, as lines without separators: the unit's name alone on its line,
     * then the date alone on its line, and nothing after ({@link Signature#signer}: 四平市医疗保障局 / 2024年2月21日, h105).
     * Under pipe rows the two lines are one cell (a cell printed over lines is joined): its name and date are split.
     */
    private static boolean signerRow(List<Cell> cells, int i) {
        Cell c = cells.get(i);
        // asked of every cell of the rows: one that does not open its line with a Han character is passed over first
        if (!c.lineStart() || c.empty() || !Cells.han(c.text().charAt(0))) return false;
        int j = i + 1;
        while (j < cells.size() && cells.get(j).empty()) j++;
        if (j == cells.size()) return signedCell(c.text());
        if (cells.get(j).line() == c.line() || !Signature.unitName(c.text()) || !Signature.date(cells.get(j).text())) return false;
        for (int k = i + 1; k < j; k++) if (cells.get(k).line() == c.line()) return false; // empty cells beside the name: a row
        return nothingAfter(cells, j + 1);
    }

    /**
     * A numbered section heading alone on its line under the rows ({@link Signature#section}); under pipe rows a heading
     * and the prose lines after it may be read as one cell, so the cell's own first line is the one looked at.
     */
    private static boolean sectionRow(List<Cell> cells, int i) {
        Cell c = cells.get(i);
        if (!c.lineStart() || c.empty() || !Cells.han(c.text().charAt(0)) && c.text().charAt(0) != '（' && c.text().charAt(0) != '(') return false;
        // a cell of a row; or the last text, where a cut row's name stands alone (三、土样植株化验 |, 014): a heading has its
        // section under it — in the cell itself when its lines were joined (九、其他重要事项的情况说明 / 无。, h201)
        if (i + 1 < cells.size() && cells.get(i + 1).line() == c.line()) return false;
        int cut = c.text().indexOf('\n');
        if (cut > 0) return Signature.sectionOver(c.text().substring(0, cut), c.text().substring(cut + 1));
        if (nothingAfter(cells, i + 1)) return Signature.sectionWithProse(c.text());
        int j = i + 1;
        while (cells.get(j).empty()) j++; // (a text follows: nothingAfter above)
        return Signature.sectionOver(c.text(), cells.get(j).text());
    }

    /** A unit's name and a date joined into one cell (the pipes' reading of two lines). */
    private static boolean signedCell(String t) {
        for (int k = 4; k <= Math.min(30, t.length() - 6); k++)
            if ((Cells.isDigit(t.charAt(k)) || t.charAt(k) == '二') && Signature.unitName(t.substring(0, k)) && Signature.date(t.substring(k))) return true;
        return false;
    }

    static boolean stop(String cell) {
        return stopKey(HeaderWords.key(cell));
    }

    /** The first cell after {@code header} that begins a budget block under the rows, before any stop; or -1. */
    private static int blockAfterRows(List<Cell> cells, int header) {
        for (int i = header; i < cells.size() && !stopKey(cells.get(i).key()) && !signatureRow(cells, i); i++) {
            if (budgetAfterRows(cells, i)) return i;
        }
        return -1;
    }

    /** {@link SelfEvaluationReader#budgetAfterRows} for cells: a block label with 预算数 in it or in one of the next four cells. */
    private static boolean budgetAfterRows(List<Cell> cells, int i) {
        return SelfEvaluationReader.budgetLabel(cells.get(i).text())
                && SelfEvaluationReader.budgetAfterRows(k -> cells.get(k).text(), cells.size(), i, 4);
    }

    private static boolean stopKey(String k) {
        if (!k.isEmpty() && (k.charAt(0) == '【' || k.charAt(0) == '分' || k.charAt(0) == '版') && Signature.pageChrome(k, 0)) return true;
        // a bracketed note under the table (（注：…）, h215) ends the rows as 注： does
        if (k.length() > 2 && (k.charAt(0) == '(' || k.charAt(0) == '（') && k.charAt(1) == '注') return stopKey(k.substring(1));
        if (k.isEmpty() || !Vocabulary.in(STOP_FIRSTS, k.charAt(0))) return false; // asked of every cell of the rows
        for (String s : STOPS) if (k.startsWith(s)) return true;
        return false;
    }

    private static BigDecimal number(String s) {
        if (s == null || !plainDecimal(s)) return null;
        return new BigDecimal(s);
    }

    /** {@code s.matches("[0-9]+(\\.[0-9]+)?")} — ASCII digits, then nothing or a point and digits — without the regex. */
    static boolean plainDecimal(String s) {
        int n = s.length(), i = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i == 0) return false;
        if (i == n) return true;
        if (s.charAt(i) != '.' || i + 1 == n) return false;
        for (int j = i + 1; j < n; j++) if (s.charAt(j) < '0' || s.charAt(j) > '9') return false;
        return true;
    }

    // ---- fields ----

    private record Fields(String project, String unit, String competent) {}

    private static Fields fields(List<Cell> cells) {
        String project = null, unit = null, competent = null;
        int competentTier = -1; // the most local 主管部门 printed (CompetentDepartment)
        for (int i = 0; i + 1 < cells.size(); i++) {
            String k = cells.get(i).bare();
            // which label the cell is, asked before its value (most cells before a header are no label)
            boolean isProject = project == null && org.jixiao.publish.parse.Fields.projectLabel(k);
            boolean isUnit = !isProject && unit == null && org.jixiao.publish.parse.Fields.unitLabel(k);
            int tier = isProject || isUnit ? -1 : CompetentDepartment.tier(k);
            if (!isProject && !isUnit && tier <= competentTier) continue;
            String v = next(cells, i);
            if (v == null) continue;
            if (isProject) project = v;
            else if (isUnit) unit = v;
            else { competent = v; competentTier = tier; }
        }
        return new Fields(project, unit, competent);
    }

    /** The value cell after a label: the next cell, when it is not itself a label. */
    private static String next(List<Cell> cells, int i) {
        String v = cells.get(i + 1).text();
        if (v.isEmpty() || v.length() > 80) return null;
        String k = cells.get(i + 1).key();
        if (k.endsWith("名称") || k.endsWith("单位") || k.endsWith("部门") || k.endsWith("代码")) return null;
        return v;
    }

    // ---- goal ----

    /** The column words under a goal label: the 中期 and 年度 targets, and what was done. */
    private static final List<String> GOAL_HEADS = List.of("中期目标", "年度目标", "预期目标", "年初设定目标", "全年实际完成情况", "实际完成情况", "实际完成目标");

    /**
     * The overall goal: the texts after the goal label, each under the column word printed above it — 预期目标 or 年度目标
     * is the target (a 中期目标 beside it is not, h02 h18), 实际完成情况 the achievement (h08 h29); empty cells a merged
     * cell leaves are passed over (h04 h22). With no column words, the first text is the target.
     */
    private static OverallGoal goal(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String k = cells.get(i).bare();
            if (k.equals("年度目标") || k.equals("年度绩效目标") || k.equals("年度总体目标") || k.equals("项目年度目标") || k.equals("年度绩效总目标")
                    || k.equals("年度总体绩效目标") || k.equals("总体目标")) {
                List<String> heads = new ArrayList<>(), texts = new ArrayList<>();
                String number = null; // the number of the last text's last item (1.…, 目标2…)
                for (int j = i + 1; j < Math.min(cells.size(), i + 24); j++) {
                    String t = cells.get(j).text();
                    if (t.isEmpty()) continue;
                    String head = null;
                    for (String h : GOAL_HEADS) if (cells.get(j).bare().startsWith(h) && t.length() <= h.length() + 16) { head = h; break; }
                    if (head != null && texts.isEmpty()) { heads.add(head); continue; }
                    // a numbered item on a line of its own after the item before it: the same text goes on (h35 019)
                    String n = GoalReader.numberOf(t);
                    if (!texts.isEmpty() && cells.get(j).lineStart() && GoalReader.follows(number, n)) {
                        texts.set(texts.size() - 1, texts.getLast() + "\n" + t);
                        number = n;
                        continue;
                    }
                    if (texts.size() == Math.max(1, heads.size())) break;
                    // the indicator block's first word; a numbered item is a text however short (目标1:造林1.2万亩,)
                    if (t.length() < 15 && n == null) { if (texts.isEmpty()) continue; else break; }
                    texts.add(t);
                    number = n;
                }
                if (texts.isEmpty()) continue;
                String target = null, achievement = null;
                for (int h = 0; h < heads.size() && h < texts.size(); h++) {
                    String head = heads.get(h);
                    if (head.contains("实际完成")) achievement = texts.get(h);
                    else if (!head.equals("中期目标")) target = texts.get(h);
                }
                if (heads.isEmpty() || target == null && achievement == null) target = texts.get(0);
                return new OverallGoal(target, achievement);
            }
        }
        return null;
    }

    // ---- budget ----


    /** s without the characters of {@code chars} (a header key without its colons and marks). */
    static String without(String s, String chars) {
        // the first character to drop found by one indexOf per character dropped (one or two): most texts (every cell
        // before the header is asked its bare key) hold none, and are given back without a walk a character at a time
        int first = s.length();
        for (int k = 0; k < chars.length(); k++) {
            int at = s.indexOf(chars.charAt(k));
            if (at >= 0 && at < first) first = at;
        }
        if (first == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) < 0) sb.append(s.charAt(i));
        return sb.toString();
    }

    /** An amount or a rate as a budget cell prints it: 387664.62, 48,326,500.00 (thousands separated), 30万元, 386.5万, 95.61%. */
    static final Pattern AMOUNT = Pattern.compile("([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)\\s*(万元|亿元|元|万|亿|%|％)?");
    private static final List<String> TOTALS = List.of("年度资金总额", "年度金额", "年度总金额", "资金总额");
    private static final List<String> NOT_SOURCES = List.of("基本支出", "项目支出", "按收入性质分", "按支出性质分");

    static Budget budget(List<Cell> cells, List<ParseWarning> warnings) {
        Budget transposed = TransposedBudget.ofGrid(cells, warnings); // sources as columns, column words as rows (h97)
        if (transposed != null) return transposed;
        int total = -1;
        for (int i = 0; i < cells.size() && (total < 0 || i - total <= 8); i++) {
            String key = cells.get(i).key();
            if (key.indexOf('额') < 0) continue; // every total word ends with 额: most cells are passed over here
            // a label：amount cell (年度资金总额：23,006,700.00元) is named by its label
            String k = without(afterColon(cells.get(i).text()) != null ? key.substring(0, key.lastIndexOf(':')) : key, ":");
            boolean isTotal = false;
            for (String t : TOTALS) if (k.contains(t) && k.length() <= t.length() + 6) isTotal = true;
            if (!isTotal || periodHead(cells, i)) continue; // the two groups' column words: the rows' header, no total row
            if (total < 0) total = i;
            // a mid-term (中期) total beside the year's (the 中期+年度 target form): the year's total is the table's budget
            if (!k.startsWith("中期")) { total = i; break; }
        }
        if (total < 0) return BudgetShape.ofGrid(cells, warnings); // no total word: the block's shape finds its total
        // the budget header: words between the block label and the total
        StringBuilder head = new StringBuilder();
        // (from the start of the line the 14th cell back stands in: column words wrapped over two rows are read whole)
        int from = Math.max(0, total - 14);
        while (from > 0 && cells.get(from - 1).line() == cells.get(from).line()) from--;
        for (int i = from; i < total; i++) {
            if (i > from && cells.get(i).line() != cells.get(i - 1).line()) head.append('\n'); // the rows a wrapped word spans
            head.append(cells.get(i).text()).append(HeaderWords.CELL_BREAK);
        }
        String headText = head.toString();
        List<BudgetRow.Kind> cols = BudgetRow.columns(headText);
        // the header's key only where one of its 元 follows a bracket or a colon (what (元) and 单位:元 need; most
        // headers' 元 is 万元's): the cells' keys end at a cell break, so the total's key is looked in alone otherwise
        String headKey = (yuanAfterMark(headText) ? HeaderWords.key(headText) : "") + cells.get(total).key();
        Unit currency = headKey.contains("(元)") || headKey.contains("单位:元") ? Units.YUAN : Units.TEN_THOUSAND_YUAN;
        List<String> values = new ArrayList<>();
        int i = total + 1;
        Budget underLabels = labelsOverAmounts(cells, total, currency);
        if (underLabels != null) return underLabels;
        Budget underLabelRun = labelRunOverAmounts(cells, total, warnings);
        if (underLabelRun != null) return underLabelRun;
        String inline = afterColon(cells.get(total).text());
        if (inline != null) values.add(inline);
        List<String> printed = printed(cells, total);
        for (; i < cells.size(); i++) {
            String t = cells.get(i).text();
            if (t.isEmpty() && values.isEmpty()) continue;
            if (mergedGap(cells, i)) continue;
            if (!amountOrDash(t)) break;
            values.add(t);
        }
        // a cell per column, empty ones printed: each value stands in its own column (| | | 76 under 执行率 is the rate,
        // not a planned amount; 1000 | 760 | 76 under 执行率(%) too) where the kinds and the numbers agree (BudgetRow)
        BudgetRow.Figures v = values.isEmpty() ? null : BudgetRow.place(inline == null ? printed : values, cols, currency, cells.get(total).line(), warnings);
        List<FundSource> sources = new ArrayList<>();
        // a 申报表 printing a 中期 group beside the 年度 one (中期资金总额 | 1860 | 年度资金总额 | 1120): each source row prints
        // both groups in the same order, and the table's sources are the year's, as its total is (h02 h18)
        int midTerm = midTermTotal(cells, total);
        for (; i < cells.size(); i++) {
            String t = cells.get(i).text();
            String k = cells.get(i).key();
            if (k.isEmpty() || amountOrDash(t)) continue;
            if (k.contains("目标") || k.contains("指标") || k.contains("依据") || k.contains("概况") || k.length() > 30) break;
            String name = sourceName(k);
            if (name == null) continue;
            if (midTerm >= 0 && sourceOfTheOtherGroup(cells, i, midTerm < total)) continue;
            List<String> sv = new ArrayList<>();
            String in = afterColon(t);
            if (in != null) sv.add(in);
            int j = i + 1;
            for (; j < cells.size(); j++) {
                String s = cells.get(j).text();
                if (s.isEmpty() && sv.isEmpty()) { if (j + 1 < cells.size() && amountOrDash(cells.get(j + 1).text())) continue; break; }
                if (mergedGap(cells, j)) continue;
                if (!amountOrDash(s)) break;
                sv.add(s);
            }
            // a dash before the first amount is the row's empty 年初 cell (上年结转资金 | — | 12.5 | 12.5, h59 h66): BudgetRow
            // places it, as it places a rate printed 0.9856 without % (h60); a source row is given as printed, its empty
            // cells kept, as the total's is (| — | 18 | 15.6 | — | | — | under 执行率 left empty, h158)
            BudgetRow.Figures x = sv.isEmpty() ? null : BudgetRow.place(in == null ? printed(cells, i) : sv, cols, currency, cells.get(i).line(), warnings);
            if (x != null && (x.planned() != null || x.executed() != null)) sources.add(new FundSource(name, x.planned(), x.executed(), x.rate()));
            i = Math.max(i, j - 1);
        }
        if (v == null) return sources.isEmpty() ? null : new Budget("万元", null, null, null, null, sources);
        return new Budget("万元", v.initial(), v.planned(), v.executed(), v.rate(), sources);
    }

    /** A budget row's cells after its label at {@code label} as printed, empty ones included (a no-break space, nothing
     * between two pipes), up to its first cell that is no amount; the empty ones after the last figure dropped. */
    private static List<String> printed(List<Cell> cells, int label) {
        List<String> printed = new ArrayList<>();
        for (int j = label + 1; j < cells.size() && (cells.get(j).empty() || amountOrDash(cells.get(j).text())); j++) printed.add(cells.get(j).text());
        while (!printed.isEmpty() && printed.get(printed.size() - 1).isEmpty()) printed.remove(printed.size() - 1);
        return printed;
    }

    /** Whether a 元 in {@code s} follows (spaces apart) a bracket or a colon: where {@link HeaderWords#key} may read (元) or 单位:元. */
    private static boolean yuanAfterMark(String s) {
        for (int k = s.indexOf('元'); k >= 0; k = s.indexOf('元', k + 1)) {
            int p = k - 1;
            while (p >= 0 && Cells.isSpace(s.charAt(p))) p--;
            if (p >= 0 && "(（:：".indexOf(s.charAt(p)) >= 0) return true;
        }
        return false;
    }

    /**
     * Whether the cell at i is one of a budget's two period columns printed side by side with no amount on their line
     * (| 项目资金（万元） | | 中期资金总额 | 年度资金总额 |, over | | 资金总额 | 1500 | 480 |): column words, not the total.
     */
    private static boolean periodHead(List<Cell> cells, int i) {
        int line = cells.get(i).line();
        boolean pair = false;
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j >= 0 && j < cells.size() && cells.get(j).line() == line) pair |= HeaderWords.periodTotals(cells.get(i).text(), cells.get(j).text());
        }
        if (!pair) return false;
        for (int j = i + 1; j < cells.size() && cells.get(j).line() == line; j++) if (amountOrDash(cells.get(j).text())) return false;
        return true;
    }

    /** A 中期 total (中期资金总额) on the line of the year's total, or -1. */
    private static int midTermTotal(List<Cell> cells, int total) {
        int line = cells.get(total).line();
        for (int m = total - 1; m >= 0 && cells.get(m).line() == line; m--) if (midTerm(cells.get(m).key())) return m;
        for (int m = total + 1; m < cells.size() && cells.get(m).line() == line; m++) if (midTerm(cells.get(m).key())) return m;
        return -1;
    }

    private static boolean midTerm(String key) {
        return key.startsWith("中期") && key.contains("总额");
    }

    /**
     * Whether the source cell at i is the 中期 group's: another source stands on its line on the year's side of it (after
     * it when the 中期 group prints first, before it when it prints last).
     */
    private static boolean sourceOfTheOtherGroup(List<Cell> cells, int i, boolean midTermFirst) {
        int line = cells.get(i).line(), step = midTermFirst ? 1 : -1;
        for (int j = i + step; j >= 0 && j < cells.size() && cells.get(j).line() == line; j += step) {
            if (!cells.get(j).empty() && sourceName(cells.get(j).key()) != null) return true;
        }
        return false;
    }

    /**
     * A header row of labels — the total, then its sources (| 年度预算申请（万元） | 资金总额 | 财政拨款 | 其他资金 |) — over
     * a row of amounts (| | 1286.3 | 1286.3 | |): each amount stands under its label, by its place in the printed line
     * (h48, a department's target table). Null unless the total's line holds only labels after it and the next line only
     * amounts, dashes or empty cells.
     */
    private static Budget labelsOverAmounts(List<Cell> cells, int total, Unit currency) {
        int line = cells.get(total).line(), start = total;
        while (start > 0 && cells.get(start - 1).line() == line) start--;
        int next = total + 1;
        while (next < cells.size() && cells.get(next).line() == line) next++;
        if (next == total + 1 || next >= cells.size()) return null;
        List<String> names = new ArrayList<>();
        for (int i = total + 1; i < next; i++) {
            if (cells.get(i).empty()) { names.add(null); continue; }
            String name = sourceName(cells.get(i).key());
            if (name == null) return null; // a label that is no source's: not this layout
            names.add(name);
        }
        int below = cells.get(next).line(), end = next, amounts = 0;
        for (; end < cells.size() && cells.get(end).line() == below; end++) {
            String t = cells.get(end).text();
            if (cells.get(end).empty()) continue;
            if (!amountOrDash(t)) return null;
            if (amount(t)) amounts++;
        }
        int col = total - start;
        if (amounts == 0 || next + col >= end) return null;
        BigDecimal planned = money(cells.get(next + col).text(), currency);
        List<FundSource> sources = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            int at = next + col + 1 + k;
            if (names.get(k) == null || at >= end) continue;
            BigDecimal x = money(cells.get(at).text(), currency);
            if (x != null) sources.add(new FundSource(names.get(k), x, null, null));
        }
        return planned == null && sources.isEmpty() ? null : new Budget("万元", null, planned, null, null, sources);
    }

    /**
     * The same labels over their amounts printed one cell per line or paragraph (年度预算申请（万元） / 资金总额 / 财政拨款 /
     * 其他资金 / 2486.3 / 2436.3 / 50, h175): the total's label alone on its line, source labels alone on theirs after it,
     * then amounts alone on theirs. Read as the line reader reads the block (BudgetReader pairs a run of label lines with
     * the run of figure lines under it), so that the grid and the line reading give it one budget whichever of them is
     * kept — read here as one row, its three amounts went to the last label as 年初/全年/执行. Null when not so printed;
     * an empty budget when so printed and nothing could be paired.
     */
    private static Budget labelRunOverAmounts(List<Cell> cells, int total, List<ParseWarning> warnings) {
        if (!aloneOnItsLine(cells, total)) return null;
        int labels = total + 1;
        while (labels < cells.size() && aloneOnItsLine(cells, labels) && !cells.get(labels).empty()
                && sourceName(cells.get(labels).key()) != null) labels++;
        if (labels == total + 1) return null; // the total's own amounts follow it: a row, read as one
        int end = labels;
        while (end < cells.size() && aloneOnItsLine(cells, end) && (cells.get(end).empty() || amountOrDash(cells.get(end).text()))) end++;
        if (end == labels) return null;
        // from the block's label when it stands just above the total (年度预算申请（元）: it alone may say the unit)
        int from = total > 0 && SelfEvaluationReader.budgetBlock(cells.get(total - 1).text()) ? total - 1 : total;
        Budget b = BudgetReader.read(BudgetShape.lines(cells.subList(from, end)), warnings);
        // labels the amounts cannot be paired with (said by BudgetReader): no budget, not the amounts read as one row
        return b != null ? b : Budget.empty();
    }

    /** Whether the cell at i is the only cell of its printed line. */
    private static boolean aloneOnItsLine(List<Cell> cells, int i) {
        int line = cells.get(i).line();
        return (i == 0 || cells.get(i - 1).line() != line) && (i + 1 == cells.size() || cells.get(i + 1).line() != line);
    }

    /** An empty cell between two amounts of a budget row: the second column of a merged header cell (执行率（B/A） || → 96% ||). */
    private static boolean mergedGap(List<Cell> cells, int i) {
        return cells.get(i).empty() && i + 1 < cells.size() && !cells.get(i + 1).empty() && amountOrDash(cells.get(i + 1).text());
    }


    /** 基本支出/项目支出 (and the headings 按收入性质分/按支出性质分) split a total by use or kind: no funding source (019, h04, h29). */
    static boolean notSource(String name) {
        String s = afterSplitHeading(name);
        for (String no : NOT_SOURCES) if (s.startsWith(no)) return true;
        return false;
    }

    /** A split's heading before its first row's label (按收入性质分：财政拨款, h104): the label is what follows it. */
    private static final Pattern SPLIT_HEADING = Pattern.compile("^按[^:：]{1,6}分[:：]\\s*(?=\\S)");

    /** name without a 按…分： heading before it (按收入性质分：财政拨款 → 财政拨款); the heading alone stays as it is. */
    static String afterSplitHeading(String name) {
        return name.startsWith("按") ? SPLIT_HEADING.matcher(name).replaceFirst("") : name;
    }

    /** "其中:财政拨款" → 财政拨款, "2.市级资金" → 市级资金, "中央补助(万元)" → 中央补助; null when the cell names no source. */
    static String sourceName(String k) {
        // asked of every cell of a budget block (and of every cell a transposed block's header may begin in): the three
        // cuts — ^其中:?, then ^[0-9]+[.、], then the first (万元) or (元) — by hand, not by three regexes' matchers
        String s = afterSplitHeading(k);
        int a = s.startsWith("其中") ? 2 : 0, n = s.length();
        if (a == 2 && a < n && s.charAt(a) == ':') a++;
        int d = a;
        while (d < n && s.charAt(d) >= '0' && s.charAt(d) <= '9') d++;
        if (d > a && d < n && (s.charAt(d) == '.' || s.charAt(d) == '、')) a = d + 1;
        int unit = s.indexOf('(', a) < 0 ? -1 : firstOf(s, a, "(万元)", "(元)");
        if (unit >= 0) s = s.substring(a, unit) + s.substring(unit + (s.startsWith("(元)", unit) ? 3 : 4));
        else if (a > 0) s = s.substring(a);
        int colon = s.indexOf(':');
        if (colon >= 0) s = s.substring(0, colon);
        if (s.isEmpty() || s.length() > 14) return null;
        if (notSource(s)) return null;
        // a traditional name the document's fold kept as written (其他資金 where 年度资金总额 is simplified): compared
        // simplified, given back as written
        return k.startsWith("其中") || sourceEnding(s) || sourceEnding(Script.cutPrefix(s)) ? s : null;
    }

    /** The first place at or after {@code from} where {@code x} or {@code y} stands, or -1. */
    private static int firstOf(String s, int from, String x, String y) {
        int i = s.indexOf(x, from), j = s.indexOf(y, from);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** A name that ends as a source's does (…资金, …拨款, …补助, …结转, …预算, …配套: 县级配套, 州县配套; 投款: an OCR's 拨款). */
    static boolean sourceEnding(String s) {
        return s.endsWith("资金") || s.endsWith("拨款") || s.endsWith("补助") || s.endsWith("结转") || s.endsWith("预算") || s.endsWith("投款")
                || s.endsWith("配套");
    }

    private static String afterColon(String cell) {
        int c = Math.max(cell.lastIndexOf(':'), cell.lastIndexOf('：'));
        if (c < 0) return null;
        String rest = Cells.clean(cell.substring(c + 1));
        return rest != null && amountOrDash(rest) ? rest : null;
    }

    /**
     * {@code AMOUNT.matcher(s).matches() || s.matches("[—\\-－/／]+")} of {@code s = t.strip()}, without the copy and
     * the regexes (asked of the cells around every budget row): a number, plain (387664.62) or with thousands
     * separated (48,326,500.00), then spaces and a unit (万元, 亿元, 元, 万, 亿, %, ％) or nothing; or a run of dashes.
     */
    static boolean amountOrDash(String t) {
        int a = 0, b = t.length();
        while (a < b && Character.isWhitespace(t.charAt(a))) a++;
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) b--;
        if (a == b) return false;
        if (dash(t.charAt(a))) {
            for (int i = a + 1; i < b; i++) if (!dash(t.charAt(i))) return false;
            return true;
        }
        int i = digits(t, a, b);
        if (i == a) return false;
        if (i < b && t.charAt(i) == ',') {
            if (i - a > 3) return false; // thousands separated: one to three digits, then groups of three
            while (i < b && t.charAt(i) == ',') {
                if (digits(t, i + 1, Math.min(b, i + 4)) != i + 4) return false;
                i += 4;
            }
        }
        if (i < b && t.charAt(i) == '.') {
            int j = digits(t, i + 1, b);
            if (j == i + 1) return false;
            i = j;
        }
        while (i < b && regexSpace(t.charAt(i))) i++;
        if (i == b) return true;
        String unit = t.substring(i, b);
        // a bare 万 or 亿 (386.5万, as pages print amounts with a suffix) is 万元 or 亿元 (measure.Units.money)
        return unit.equals("万元") || unit.equals("亿元") || unit.equals("元") || unit.equals("万") || unit.equals("亿")
                || unit.equals("%") || unit.equals("％");
    }

    /**
     * {@code AMOUNT.matcher(t.strip()).matches()} without the regex (asked of every budget value placed): amountOrDash
     * less its run of dashes, since no amount begins with a dash.
     */
    static boolean amount(String t) {
        if (!amountOrDash(t)) return false;
        int a = 0;
        while (Character.isWhitespace(t.charAt(a))) a++;
        return !dash(t.charAt(a));
    }

    /** The end of the run of ASCII digits in t[from, to). */
    private static int digits(String t, int from, int to) {
        int i = from;
        while (i < to && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        return i;
    }

    private static boolean dash(char c) {
        return c == '—' || c == '-' || c == '－' || c == '/' || c == '／';
    }

    /** The regexes' \s: [ \t\n\x0B\f\r]. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** An amount cell in 万元 (30万元, 387664.62 under (元)); null for a dash or words. */
    private static BigDecimal money(String text, Unit currency) {
        return amount(text) ? Units.money(text, currency, Units.TEN_THOUSAND_YUAN).orElse(null) : null;
    }

    /** An amount in 万元, whatever unit it was written in (measure.Units holds the factors). */
    static BigDecimal toWan(BigDecimal v, Unit u) {
        if (u.equals(Units.TEN_THOUSAND_YUAN)) return v;
        return Units.plain(v.multiply(u.toBase()).divide(Units.TEN_THOUSAND_YUAN.toBase(), MathContext.DECIMAL64));
    }
}
