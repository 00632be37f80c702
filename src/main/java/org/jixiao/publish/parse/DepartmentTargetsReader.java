package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;

/**
 * 部门整体绩效目标表 (Shandong/临沂 form, RULES §3.1, and its shorter or reordered variants). The columns come
 * from the header words (职责序号, 部门职责, 职责目标, 绩效指标, 指标解释, 年度指标值, 规划值 … 来源, 工作活动) in the
 * order they are written; header blocks repeat per page and are misaligned, and data rows are shifted by a cell
 * here and there, so each row is aligned to those columns by the kind of its cells (a 来源 reads as a source,
 * a 年度指标值 as a value) with a small dynamic programme instead of by position.
 */
final class DepartmentTargetsReader {
    private DepartmentTargetsReader() {}

    /** The columns; OTHER is a column the header names with a word the form does not define (备注, 指标类型 …). */
    enum C { SEQ, DUTY, GOAL, CONTENT, NAME, DEF, TARGET, PLANNED, STANDARD, SSRC, AVG3, LAST, HSRC, ACTIVITY, OTHER }

    /** The header words of the form, and 标准值(…) / 历史值(…) with whatever note follows them. */
    private static final java.util.Set<String> HEADER_WORDS = new java.util.HashSet<>();
    static {
        for (HeaderWords.Word w : HeaderWords.DEPARTMENT) HEADER_WORDS.add(w.text()); // the shared vocabulary
    }

    /** The longest header word: a longer cell is looked up no further (most cells are long texts). */
    private static final int HEADER_WORD_MAX = HEADER_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static boolean headerCell(String c) {
        if (c.length() <= HEADER_WORD_MAX && HEADER_WORDS.contains(c)) return true;
        if (!c.startsWith("标准值") && !c.startsWith("历史值")) return false;
        for (int i = 3; i < c.length(); i++) if ("\n\r\u0085\u2028\u2029".indexOf(c.charAt(i)) >= 0) return false; // one line
        return true;
    }

    /** The 14 columns of the Linyi form: the layout when no header has been read. */
    static final List<C> FULL = List.of(C.values()).subList(0, C.OTHER.ordinal());

    /** How many columns {@link C} names (C.values() copies its array at every call). */
    private static final int COLUMNS = C.values().length;

    static Scorecard read(String title, List<Line> lines, List<ParseWarning> warnings) {
        Map<List<String>, int[]> outer = KNOWN_KINDS.get();
        Map<String, HeaderWords.Column> outerWords = WORDS.get();
        KNOWN_KINDS.set(new java.util.IdentityHashMap<>());
        WORDS.set(new java.util.HashMap<>());
        try {
            // header blocks repeat page after page, and a block of one word per line is laid out by the regrouping first:
            // a block like an earlier one names the same columns (laid out once per read)
            java.util.Map<List<List<String>>, List<C>> laidOut = new java.util.HashMap<>();
            return read(title, lines, warnings, regroupCells(lines, laidOut), laidOut);
        } finally {
            KNOWN_KINDS.set(outer);
            WORDS.set(outerWords);
        }
    }

    private static Scorecard read(String title, List<Line> lines, List<ParseWarning> warnings, List<Line> body,
                                  java.util.Map<List<List<String>>, List<C>> laidOut) {
        List<Indicator> out = new ArrayList<>();
        String seq = null, duty = null, goal = null, content = null, dutyText = null;
        boolean started = false;
        List<C> layout = FULL;
        List<List<String>> headerBlock = new ArrayList<>();
        // rows aligned while choosing the layout under a header, by their cells: not aligned a second time
        java.util.Map<List<String>, Alignment> aligned = new java.util.IdentityHashMap<>();
        List<C> alignedFor = null;
        // the row the text stops in (the last one, when no stop line follows): its visible cells are its first columns
        int lastRow = body.size() - 1;
        while (lastRow >= 0 && body.get(lastRow).blank()) lastRow--;
        List<C> refsOf = null;
        boolean refs = false;
        for (int li = 0; li < body.size(); li++) {
            Line l = body.get(li);
            if (l.blank() || l.title() != null) continue;
            List<String> cells = cells(l);
            if (headerRow(cells)) { started = true; headerBlock.add(cells); continue; }
            if (!started) continue;
            if (!headerBlock.isEmpty()) {
                List<C> named = laidOut.computeIfAbsent(List.copyOf(headerBlock), DepartmentTargetsReader::layout);
                if (named.contains(C.NAME)) {
                    aligned.clear();
                    alignedFor = named;
                    layout = contentOrNot(named, headerBlock, body, li, aligned);
                }
                // else: a header without 绩效指标 names nothing to anchor on; the previous layout stays
                headerBlock.clear();
            }
            if (IndicatorReader.stop(l.text())) break;
            if (layout != refsOf) { refsOf = layout; refs = layout.stream().anyMatch(DepartmentTargetsReader::reference); } // per layout, not per row
            Alignment a = li == lastRow ? alignment(cells, layout, true)
                    : layout == alignedFor && aligned.containsKey(cells) ? aligned.get(cells) : alignment(cells, layout);
            String[] v = a == null ? null : a.values();
            if (v == null) {
                warnings.add(ParseWarning.of(l.no(), "无法识别的行，已跳过", "unrecognised line skipped"));
                continue;
            }
            if (a.ambiguous() && li == lastRow) {
                warnings.add(ParseWarning.of(l.no(), "表格在此行中断,可见的单元格可读入不同的列(指标名称不同),未读取此行",
                        "the table is cut off in this row and its visible cells read about as well in other columns, with "
                                + "another indicator name; the row is not read"));
                continue;
            }
            boolean continuation = v[C.NAME.ordinal()] == null && v[C.DEF.ordinal()] == null;
            if (continuation && li == lastRow && (v[C.SEQ.ordinal()] != null || v[C.DUTY.ordinal()] != null
                    || v[C.GOAL.ordinal()] != null || v[C.CONTENT.ordinal()] != null)) {
                // a new row the text stops in before its indicator: nothing of the indicator to return
                warnings.add(ParseWarning.of(l.no(), "表格在此行中断,指标名称前已截断,未读取此行",
                        "the table is cut off in this row before its indicator's name; the row is not read"));
                continue;
            }
            if (continuation) {
                if (out.isEmpty()) continue;
                out.set(out.size() - 1, merge(out.get(out.size() - 1), v, refs));
                continue;
            }
            if (v[C.SEQ.ordinal()] != null) { seq = v[C.SEQ.ordinal()]; dutyText = null; }
            if (v[C.DUTY.ordinal()] != null) { duty = v[C.DUTY.ordinal()]; goal = null; content = null; dutyText = null; }
            if (v[C.GOAL.ordinal()] != null) { goal = v[C.GOAL.ordinal()]; content = null; }
            if (v[C.CONTENT.ordinal()] != null) content = v[C.CONTENT.ordinal()];
            // written once per duty, not once per row under it
            if (dutyText == null) dutyText = duty == null ? null : seq == null ? duty : seq + " " + duty;
            References references = refs ? new References(v[C.PLANNED.ordinal()], v[C.STANDARD.ordinal()], v[C.SSRC.ordinal()],
                    v[C.AVG3.ordinal()], v[C.LAST.ordinal()], v[C.HSRC.ordinal()]) : null;
            out.add(Indicator.builder().name(v[C.NAME.ordinal()]).target(v[C.TARGET.ordinal()]).definition(v[C.DEF.ordinal()])
                    .duty(dutyText).dutyGoal(goal).goalContent(content).activity(v[C.ACTIVITY.ordinal()])
                    .references(references).build());
        }
        if (out.isEmpty()) return null;
        String unit = unitOf(title);
        return new Scorecard("department-targets", title, SelfEvaluationReader.year(title, lines), null, unit, null,
                Vocabulary.province(title, unit), budgetAbove(body, warnings), null, out);
    }

    /**
     * The budget block printed above the first header (年度预算申请（万元）| 资金总额 …, h160's page in the department
     * form), read as a project table's is — up to the goal or the header, whichever comes first; null when none is printed.
     */
    private static org.jixiao.scorecard.Budget budgetAbove(List<Line> body, List<ParseWarning> warnings) {
        int budget = -1, end = -1;
        for (int i = 0; i < body.size() && end < 0; i++) {
            Line l = body.get(i);
            if (l.blank()) continue;
            String s = l.text();
            if (headerRow(cells(l))) end = i;
            else if (budget < 0 && SelfEvaluationReader.budgetBlock(s)) budget = i;
            else if (budget >= 0 && s.contains("总体目标")) end = i;
        }
        return budget < 0 || end <= budget ? null : BudgetReader.read(body.subList(budget, end), warnings);
    }

    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\s*20\\d\\d\\s*年(度)?");

    /** "2022年临沂市医疗保障局部门预算整体绩效目标表（5）" → 临沂市医疗保障局. */
    static String unitOf(String title) {
        if (title == null) return null;
        String t = YEAR_PREFIX.matcher(title).replaceFirst("");
        int cut = t.indexOf("部门");
        if (cut <= 0) return null;
        return Cells.clean(t.substring(0, cut));
    }

    /** A row of header words; a few short words the form does not define may stand among three or more it does. */
    private static boolean headerRow(List<String> cells) {
        int known = 0, unknown = 0;
        for (String c : cells) {
            if (c.isEmpty()) continue;
            if (headerCell(c)) known++;
            else if (otherWord(c)) unknown++;
            else return false;
        }
        return known > 0 && (unknown == 0 || known >= 3 && known >= 2 * unknown);
    }

    private static boolean otherWord(String c) {
        if (c.length() > 8 || c.contains("。") || c.contains("，")) return false;
        for (int i = 0; i < c.length(); i++) if (Cells.isDigit(c.charAt(i)) || Cells.comparatorAt(c, i) > 0) return false;
        return true;
    }

    private static Indicator merge(Indicator prev, String[] v, boolean refs) {
        References r = prev.references() == null ? new References(null, null, null, null, null, null) : prev.references();
        References nr = !refs ? null : new References(join(r.planned(), v[C.PLANNED.ordinal()]), join(r.standard(), v[C.STANDARD.ordinal()]),
                join(r.standardSource(), v[C.SSRC.ordinal()]), join(r.threeYearAverage(), v[C.AVG3.ordinal()]),
                join(r.lastYear(), v[C.LAST.ordinal()]), join(r.historySource(), v[C.HSRC.ordinal()]));
        return prev.toBuilder().target(join(prev.target(), v[C.TARGET.ordinal()]))
                .activity(join(prev.activity(), v[C.ACTIVITY.ordinal()])).references(nr).build();
    }

    /** Labelled parts of one indicator ("职工≥80%" / "居民≥55%") join with " / "; a repeated source is kept once. */
    private static String join(String a, String b) {
        if (b == null) return a;
        if (a == null) return b;
        if (a.equals(b) || a.endsWith(" / " + b)) return a;
        return a + " / " + b;
    }

    /**
     * One cell per line (or per paragraph): a header whose words stand one per line is followed by rows whose
     * cells do too. Those cells are put back into rows as wide as the header names (a no-break-space line is an
     * empty cell), so that the rows read as tab-separated ones. Other lines are returned as they are. {@code laidOut}: the
     * layouts of the header blocks met in this read, by their cells (the read looks them up again).
     */
    static List<Line> regroupCells(List<Line> body, java.util.Map<List<List<String>>, List<C>> laidOut) {
        List<Line> out = new ArrayList<>(body.size());
        List<List<String>> header = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            Line l = body.get(i);
            if (l.empty()) { out.add(l); i++; continue; }
            List<String> cells = l.blank() ? List.of("") : cells(l);
            if (cells.size() == 1 && headerRow(cells)) { header.add(cells); out.add(l); i++; continue; }
            if (l.blank() && !header.isEmpty() && nextIsHeaderWord(body, i + 1)) { out.add(l); i++; continue; } // merged header cell
            if (header.size() < 3 || cells.size() > 1) { header.clear(); out.add(l); i++; continue; }
            List<C> layout = laidOut.computeIfAbsent(List.copyOf(header), DepartmentTargetsReader::layout);
            header.clear();
            if (!layout.contains(C.NAME)) { out.add(l); i++; continue; }
            List<String> run = new ArrayList<>();
            List<Integer> runLines = new ArrayList<>();
            for (; i < body.size(); i++) {
                Line c = body.get(i);
                if (c.empty()) continue;
                if (c.tabbed() || c.text().indexOf('|') >= 0) break;
                List<String> pieces = cells(c);
                if (headerRow(pieces) || IndicatorReader.stop(c.text()) || TextParser.title(c.text()) != null) break;
                // the whole line is the cell, spaces and all: a line of one piece (no tab, no pipe) is that piece, trimmed
                // as the line's cells are (not cut out of the line a second time)
                String cell = pieces.size() == 1 ? pieces.get(0) : Cells.clean(c.text());
                run.add(cell == null ? "" : cell);
                runLines.add(c.no());
            }
            out.addAll(rows(run, runLines, layout, i == body.size()));
        }
        return out;
    }

    /**
     * A run of cells, one per line, cut into rows by the row alignment ({@link RowAligner#segment}) with this form's
     * costs: a merged cell (职责, 职责目标) printed only in the first row it covers leaves the rows below it shorter,
     * so rows are not cut every so many cells. Each row comes back as a tab-separated line as wide as the layout.
     */
    private static List<Line> rows(List<String> run, List<Integer> runLines, List<C> layout, boolean textEnds) {
        int n = run.size(), m = layout.size();
        Kinds kinds = Kinds.of(run, textEnds);
        int[] cols = new int[m]; // the columns' ordinals: the programme asks n × m times
        for (int j = 0; j < m; j++) cols[j] = layout.get(j).ordinal();
        RowAligner.Costs costs = new RowAligner.Costs() {
            public double fit(int cell, int column) { return kinds.fit(cols[column], cell); }
            public void fits(int cell, double[] out) {
                int k = kinds.kind(cell);
                for (int q = 0; q < m; q++) out[q] = FIT[cols[q]][k];
            }
            public double miss(int column) { return DepartmentTargetsReader.miss(layout.get(column)); }
            // a printed empty cell (a no-break space) holds its column
            public double skip(int cell) { return run.get(cell).isEmpty() ? SKIP_EMPTY : 6; }
            public double missAtStart(int column) { return DepartmentTargetsReader.missAtStart(layout.get(column)); }
        };
        int[] colOf = new int[n];
        boolean[] starts = new boolean[n];
        RowAligner.segment(n, m, costs, colOf, starts);
        List<Line> out = new ArrayList<>();
        String[] row = null;
        int[] rowBits = null;
        int rowLine = 0;
        Map<List<String>, int[]> known = KNOWN_KINDS.get();
        for (int k = 0; k <= n; k++) {
            boolean begin = k == n || colOf[k] >= 0 && (starts[k] || row == null);
            // the row's cells are known: the line keeps them (splitting its text at the tabs gives them back: the
            // cells are clean and hold no tab; with one column there is no tab, and the line splits by itself)
            if (begin && row != null) {
                Line line = m > 1 ? new Line(rowLine, String.join("\t", row), List.of(row)) : new Line(rowLine, row[0]);
                if (known != null && m > 1) known.put(line.cells(), rowBits);
                out.add(line);
            }
            if (k == n) break;
            if (colOf[k] < 0) continue;
            if (begin) {
                row = new String[m];
                java.util.Arrays.fill(row, "");
                rowLine = runLines.get(k);
                rowBits = new int[m];
                java.util.Arrays.fill(rowBits, EMPTY); // Kinds.bits("")
            }
            row[colOf[k]] = run.get(k);
            rowBits[colOf[k]] = kinds.bits[k];
        }
        if (textEnds && !out.isEmpty()) {
            // the row the text stops in: its visible cells alone, aligned by the read as a tab row the text stops in is
            // (its last columns free), not at the places the run gave them — one rule for a cut row in every style
            int first = n - 1;
            while (first > 0 && !(colOf[first] >= 0 && starts[first])) first--;
            List<String> cells = new ArrayList<>();
            int[] bits = new int[n - first];
            for (int k = first; k < n; k++) if (colOf[k] >= 0) { bits[cells.size()] = kinds.bits[k]; cells.add(run.get(k)); }
            Line last = out.remove(out.size() - 1);
            Line cut = new Line(last.no(), String.join("\t", cells), cells);
            if (known != null) known.put(cut.cells(), java.util.Arrays.copyOf(bits, cells.size()));
            out.add(cut);
        }
        return out;
    }

    /**
     * Passing over a printed empty cell in a run: more than beginning a row with every merged column before it missed
     * (so the cell the text stops in after a row's empty last cell begins the next row, not takes that column).
     */
    private static final double SKIP_EMPTY = RowAligner.NEW_ROW + 4 * missAtStart(C.SEQ);

    private static boolean nextIsHeaderWord(List<Line> body, int from) {
        for (int k = from; k < body.size(); k++) {
            if (body.get(k).blank()) continue;
            List<String> cs = cells(body.get(k));
            return cs.size() == 1 && headerRow(cs);
        }
        return false;
    }

    /** The cells of a line; a line without tabs or pipes that is one header word ("标准值 (规划目标…)") is one cell. */
    static List<String> cells(Line l) {
        List<String> cells = l.cells();
        // asked of every line, often twice: the cheap questions first (one cell; no group word at its start, since the
        // other header words hold no space, the whole line of several pieces can be no header word) before the scans
        if (cells.size() > 1 && groupWordFirst(l.text()) && !l.tabbed() && l.text().indexOf('|') < 0 && !headerRow(cells)) {
            String whole = Cells.clean(l.text());
            if (whole != null && whole.length() <= 60 && headerCell(whole)) return List.of(whole);
        }
        return cells;
    }

    /** Whether the text begins, after spaces, with 标准值 or 历史值: the header words a note with spaces may follow. */
    private static boolean groupWordFirst(String text) {
        int a = 0;
        while (a < text.length() && Cells.isSpace(text.charAt(a))) a++;
        return text.startsWith("标准值", a) || text.startsWith("历史值", a);
    }

    // ---- columns from the header words ----

    /**
     * The header words' columns met in this read, by text: header blocks repeat page after page with the same words
     * (Linyi: 8 blocks, 5 distinct), and a word with a note (标准值 (规划目标…)) is looked up through a regex.
     */
    private static final ThreadLocal<Map<String, HeaderWords.Column>> WORDS = new ThreadLocal<>();

    private static HeaderWords.Column word(String c) {
        Map<String, HeaderWords.Column> words = WORDS.get();
        if (words == null) return HeaderWords.column(c, HeaderWords.DEPARTMENT);
        HeaderWords.Column w = words.get(c);
        if (w == null && !words.containsKey(c)) words.put(c, w = HeaderWords.column(c, HeaderWords.DEPARTMENT));
        return w;
    }

    private static boolean reference(C c) { return c.ordinal() >= C.PLANNED.ordinal() && c.ordinal() <= C.HSRC.ordinal(); }

    /**
     * The columns a header block names, in the order written. The top-level words give the order; 指标参考值 (or
     * the first reference word) stands for the reference columns, which are the 标准值 group (规划值, 当年标准值, its
     * 来源) and the 历史值 group (前三年均值, 上年值, its 来源), each in its usual order. A 来源 belongs to the group
     * named before it on its own header row, since header rows are misaligned between blocks. 职责目标 may span a
     * content column even when 目标内容 is not written: the alignment drops that column when the row lacks it.
     */
    static List<C> layout(List<List<String>> rows) {
        List<String> top = new ArrayList<>(); // "SEQ", …, "REF", "OTHER<n>"
        java.util.EnumSet<C> refs = java.util.EnumSet.noneOf(C.class);
        List<Boolean> groupOrder = new ArrayList<>(); // true = 标准值 group first seen, false = 历史值
        Boolean group = null;
        for (List<String> row : rows) {
            boolean firstRow = row == rows.get(0);
            // a 来源 follows its group on its own row; with one word per row, it follows the last group named
            int words = 0;
            for (String c : row) if (!c.isEmpty()) words++;
            if (words > 1) group = null;
            boolean nameInRow = false;
            for (String raw : row) {
                String c = withoutSpaces(raw);
                if (c.isEmpty()) continue;
                // the word's column from the shared vocabulary; the reference words are leaves of their group
                HeaderWords.Column word = word(c);
                String key = null;
                Boolean g = null;
                C leaf = null;
                if (word != null) switch (word) {
                    case SEQ -> key = "SEQ";
                    case DUTY -> key = "DUTY";
                    case DUTY_GOAL -> key = "GOAL";
                    case GOAL_CONTENT -> key = "CONTENT";
                    case NAME -> key = "NAME";
                    case DEFINITION -> key = "DEF";
                    case TARGET -> key = "TARGET";
                    case ACTIVITY -> key = "ACTIVITY";
                    case REFERENCES -> key = "REF";
                    case REF_PLANNED -> { g = true; leaf = C.PLANNED; }
                    case REF_STANDARD -> { g = true; leaf = C.STANDARD; }
                    case REF_THREE_YEAR_AVERAGE -> { g = false; leaf = C.AVG3; }
                    case REF_LAST_YEAR -> { g = false; leaf = C.LAST; }
                    case REF_SOURCE -> {
                        boolean std = group != null ? group : !refs.contains(C.SSRC) && !groupOrder.contains(false);
                        leaf = std ? C.SSRC : C.HSRC;
                        g = std;
                    }
                    default -> { }
                }
                else if (c.startsWith("标准值")) g = true; // 标准值 (规划目标、行业标准…): the group word with its note
                else if (c.startsWith("历史值")) g = false;
                if (g != null) key = "REF";
                if ("NAME".equals(key)) {
                    // 绩效指标 twice in a row: the first is the indicator block's label over a column of its own (the
                    // app's HTML export prints it first, empty below), the second names the indicator
                    if (nameInRow && top.contains("NAME")) { int at = top.indexOf("NAME"); top.set(at, "OTHER" + at); }
                    nameInRow = true;
                }
                // a word the form does not define still holds a column; its place is known on the first row only
                if (key == null && leaf == null && firstRow && !headerCell(c)) key = "OTHER" + top.size();
                if (key != null && !top.contains(key)) top.add(key);
                if (g != null) {
                    group = g;
                    if (!groupOrder.contains(g)) groupOrder.add(g);
                }
                if (leaf != null) refs.add(leaf);
            }
        }
        List<C> out = new ArrayList<>();
        for (String k : top) {
            if (k.equals("REF")) {
                if (groupOrder.isEmpty()) groupOrder.add(true);
                for (Boolean g : groupOrder) {
                    for (C c : g ? List.of(C.PLANNED, C.STANDARD, C.SSRC) : List.of(C.AVG3, C.LAST, C.HSRC)) {
                        if (refs.contains(c)) out.add(c);
                    }
                }
                continue;
            }
            C c = k.startsWith("OTHER") ? C.OTHER : C.valueOf(k);
            if (c == C.CONTENT && out.contains(C.CONTENT)) continue;
            out.add(c);
            if (c == C.GOAL && !top.contains("CONTENT")) out.add(C.CONTENT);
        }
        return out;
    }

    /**
     * 职责目标 without 目标内容 in the header may or may not span a content column: the rows under the header
     * decide. The content column is dropped when the rows align at a lower total cost without it, unless a row
     * writes a goal and its content in one cell (Linyi lines 49-56), which shows the table has content.
     */
    private static List<C> contentOrNot(List<C> named, List<List<String>> header, List<Line> body, int from,
                                        java.util.Map<List<String>, Alignment> aligned) {
        boolean written = false;
        for (List<String> row : header) for (String c : row) written |= c.contains("目标内容");
        if (written || !named.contains(C.CONTENT)) return named;
        List<C> without = new ArrayList<>(named);
        without.remove(C.CONTENT);
        // rows as wide as the header with content leave nothing to decide (and the comparison doubles the work)
        int rows = 0, narrow = 0;
        for (int i = from; i < body.size(); i++) {
            Line l = body.get(i);
            if (l.blank()) continue;
            List<String> cells = l.cells();
            if (headerRow(cells) || IndicatorReader.stop(l.text())) break;
            rows++;
            if (cells.size() < named.size()) narrow++;
        }
        if (2 * narrow <= rows) return named;
        double with = 0, not = 0;
        for (int i = from; i < body.size(); i++) {
            Line l = body.get(i);
            if (l.blank()) continue;
            List<String> cells = l.cells();
            if (headerRow(cells) || IndicatorReader.stop(l.text())) break;
            Alignment a = alignment(cells, named);
            aligned.put(cells, a);
            if (a != null && a.sharedGoal()) return named;
            with += a == null ? UNALIGNED : Math.min(a.cost(), UNALIGNED);
            not += Math.min(cost(cells, without), UNALIGNED);
        }
        return not < with ? without : named;
    }

    /** What a row that cannot be aligned at all counts for when two layouts are compared. */
    private static final double UNALIGNED = 20;

    // ---- alignment ----

    private static final double INF = 1e9;

    static double cost(List<String> cells, List<C> layout) {
        Scratch s = programme(cells, layout, false);
        return s.dp[(cells.size() + 1) * (layout.size() + 1) - 1];
    }

    static String[] align(List<String> cells, List<C> layout) {
        Alignment a = alignment(cells, layout);
        return a == null ? null : a.values();
    }

    /**
     * A row's cells by column (indexed by {@link C}), its cost, whether a goal and its content shared a cell, and (a row
     * the text stops in) whether its visible cells read about as well in other columns with another name.
     */
    record Alignment(String[] values, double cost, boolean sharedGoal, boolean ambiguous) {}

    static Alignment alignment(List<String> cells, List<C> layout) { return alignment(cells, layout, false); }

    /**
     * {@code cutOff}: the row may stop before its last columns (the text ends in it), which then cost nothing: its
     * cells are aligned to the first columns, so that a row cut after its 部门职责 does not read that text as the name.
     */
    static Alignment alignment(List<String> cells, List<C> layout, boolean cutOff) {
        int n = cells.size(), m = layout.size(), w = m + 1;
        Scratch s = programme(cells, layout, cutOff);
        double[] dp = s.dp;
        byte[] how = s.how; // 1 assign, 2 missing column, 3 skip empty cell, 4 goal+content in one cell
        int end = m;
        if (cutOff) for (int k = m - 1; k >= 0; k--) if (dp[n * w + k] < dp[n * w + end] - 1e-9) end = k;
        if (dp[n * w + end] >= INF) return null;
        boolean[] shared = new boolean[1];
        double[] fits = cutOff ? new double[1] : null; // what the cells cost in their columns: asked of a cut row only
        Kinds kinds = cutOff ? Kinds.of(cells, true) : null;
        String[] v = values(cells, kinds, layout, how, w, end, shared, fits);
        if (v == null) return null;
        boolean ambiguous = false;
        // a row the text stops in may end in any column. Another reading, ending elsewhere with another name, whose
        // cells fit their columns as well and which differs only by the columns it leaves empty (a merged 部门职责 or
        // 职责目标 missed, a duty printed without its number: at most one column's cost), is as likely: the visible
        // cells do not tell their columns (goal · content · name · definition or duty · goal · content · name)
        if (cutOff) {
            for (int k = 0; k <= m && !ambiguous; k++) {
                if (k == end || dp[n * w + k] > dp[n * w + end] + ONE_COLUMN) continue;
                double[] otherFits = new double[1];
                String[] other = values(cells, kinds, layout, how, w, k, new boolean[1], otherFits);
                ambiguous = other != null && otherFits[0] <= fits[0] + 1e-9
                        && !java.util.Objects.equals(other[C.NAME.ordinal()], v[C.NAME.ordinal()]);
            }
        }
        return new Alignment(v, dp[n * w + end], shared[0], ambiguous);
    }

    /** The most a merged column left empty costs ({@link #miss}: 职责目标, 目标内容): readings this close differ by one. */
    private static final double ONE_COLUMN = 1.0;

    /**
     * The row's cells by column, traced back from the programme's end in column {@code end} (null where none is read),
     * and in {@code fits} (when not null) what its cells cost in their columns.
     */
    private static String[] values(List<String> cells, Kinds kinds, List<C> layout, byte[] how, int w, int end, boolean[] shared,
                                   double[] fits) {
        String[] v = new String[COLUMNS];
        int i = cells.size(), j = end;
        while (i > 0 || j > 0) {
            int h = how[i * w + j];
            if (h == 1) {
                v[layout.get(j - 1).ordinal()] = cells.get(i - 1).isEmpty() ? null : cells.get(i - 1);
                if (fits != null) fits[0] += kinds.fit(layout.get(j - 1).ordinal(), i - 1);
                i--;
                j--;
            }
            else if (h == 2) { j--; }
            else if (h == 3) { i--; }
            else if (h == 4) {
                String[] g = splitGoal(cells.get(i - 1));
                v[layout.get(j - 2).ordinal()] = g[0];
                v[layout.get(j - 1).ordinal()] = g[1];
                shared[0] = true;
                i--;
                j -= 2;
            }
            else return null;
        }
        if (v[C.SEQ.ordinal()] != null && !seq(v[C.SEQ.ordinal()])) return null;
        return v;
    }

    /**
     * Fills the scratch's dp (least cost of aligning the first i cells to the first j columns, at i · (m + 1) + j) and
     * how each was reached, and returns it (the thread's scratch: read before the next programme runs). It runs for
     * every row: the costs are looked up in {@link #FIT} by the cell's kind, the columns' costs once per layout, the
     * cells' kinds once per cell, the arrays once per thread — nothing is computed or allocated per state.
     */
    private static Scratch programme(List<String> cells, List<C> layout, boolean cutOff) {
        int n = cells.size(), m = layout.size(), w = m + 1;
        Scratch s = SCRATCH.get();
        double[] dp = s.dp(n, w);
        byte[] how = s.how;
        java.util.Arrays.fill(dp, 0, (n + 1) * w, INF);
        dp[0] = 0;
        Kinds kinds = Kinds.of(cells, cutOff);
        LayoutCosts lc = s.costs(layout);
        double[][] fit = lc.fit;
        double[] miss = lc.miss;
        boolean[] goalThenContent = lc.goalThenContent, dutyAfterSeq = lc.dutyAfterSeq;
        boolean goals = lc.goals;
        // every non-empty cell takes a column of its own: after i cells, at least the non-empty ones among them are
        // placed, and the non-empty ones left need a column each. States outside that band are unreachable or lead
        // nowhere, so they are passed over (the result is the same; most rows leave a band of two or three columns).
        int[] nonEmptyAfter = s.nonEmptyAfter;
        nonEmptyAfter[n] = 0;
        for (int i = n - 1; i >= 0; i--) nonEmptyAfter[i] = nonEmptyAfter[i + 1] + ((kinds.bits[i] & EMPTY) != 0 ? 0 : 1);
        int placed = 0;
        for (int i = 0; i <= n; i++) {
            int kind = i < n ? kinds.kind(i) : 0;
            boolean empty = i < n && (kind & EMPTY) != 0;
            boolean split = goals && i < n && (kind & SPLITS) != 0;
            int at = i * w, next = at + w;
            int last = m - nonEmptyAfter[i];
            for (int j = placed; j <= last; j++) {
                double d = dp[at + j];
                if (d >= INF) continue;
                if (j < m && i < n) {
                    double f = fit[j][kind];
                    if (dutyAfterSeq[j] && !empty && how[at + j] == 2) f += UNNUMBERED_DUTY;
                    relax(dp, how, next + j + 1, d + f, 1);
                }
                if (j < m) relax(dp, how, at + j + 1, d + miss[j], 2);
                if (empty) relax(dp, how, next + j, d + 0.5, 3);
                if (split && j < m && goalThenContent[j]) relax(dp, how, next + j + 2, d + 0.3, 4);
            }
            if (!empty) placed++;
        }
        return s;
    }

    /** A layout's costs by column, for the programme: the rows under one header share them. */
    private record LayoutCosts(List<C> layout, double[][] fit, double[] miss, boolean[] goalThenContent, boolean[] dutyAfterSeq,
                               boolean goals) {
        static LayoutCosts of(List<C> layout) {
            int m = layout.size();
            double[][] fit = new double[m][];
            double[] miss = new double[m];
            boolean[] goalThenContent = new boolean[m];
            // a duty after its 职责序号's column: the two are merged over the same rows, so a row that misses the number
            // (merged above) and prints a duty is less likely than one whose first cell is its 职责目标
            boolean[] dutyAfterSeq = new boolean[m];
            boolean goals = false;
            for (int j = 0; j < m; j++) {
                fit[j] = FIT[layout.get(j).ordinal()];
                dutyAfterSeq[j] = j > 0 && layout.get(j) == C.DUTY && layout.get(j - 1) == C.SEQ;
                miss[j] = DepartmentTargetsReader.miss(layout.get(j));
                goalThenContent[j] = j + 1 < m && layout.get(j) == C.GOAL && layout.get(j + 1) == C.CONTENT;
                goals |= goalThenContent[j];
            }
            return new LayoutCosts(layout, fit, miss, goalThenContent, dutyAfterSeq, goals);
        }
    }

    /** The programme's arrays, kept per thread and grown when a longer row comes (a row is aligned once or twice). */
    private static final class Scratch {
        double[] dp = new double[0];
        byte[] how = new byte[0];
        int[] nonEmptyAfter = new int[0];
        private LayoutCosts costs;

        double[] dp(int n, int w) {
            int size = (n + 1) * w;
            if (dp.length < size) { dp = new double[size]; how = new byte[size]; }
            if (nonEmptyAfter.length < n + 1) nonEmptyAfter = new int[n + 1];
            return dp;
        }

        /** The costs of the layout last asked for, or of this one (rows come header by header). */
        LayoutCosts costs(List<C> layout) {
            if (costs == null || costs.layout() != layout) costs = LayoutCosts.of(layout);
            return costs;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The cost of a duty printed in a row whose 职责序号 column is missed (see dutyAfterSeq in the programme). */
    private static final double UNNUMBERED_DUTY = 0.6;

    private static void relax(double[] dp, byte[] how, int at, double cost, int op) {
        if (cost < dp[at] - 1e-9) { dp[at] = cost; how[at] = (byte) op; }
    }

    /** "提升经办服务效能 实施…": a short goal name and its content sharing one cell, split at the space. */
    static String[] splitGoal(String cell) {
        int k = splitAt(cell);
        return k < 0 ? null : new String[] {Cells.clean(cell, 0, k), Cells.clean(cell, k, cell.length())};
    }

    /** Where {@link #splitGoal} splits the cell (its first space, within 20 characters), or -1: told without cutting it. */
    private static int splitAt(String cell) {
        int n = cell.length();
        for (int k = 1; k < n && k <= 20; k++) {
            if (Cells.isSpace(cell.charAt(k))) {
                int a = 0;
                while (a < k && Cells.isSpace(cell.charAt(a))) a++;
                int b = k, e = n;
                while (b < e && Cells.isSpace(cell.charAt(b))) b++;
                while (e > b && Cells.isSpace(cell.charAt(e - 1))) e--;
                return a == k || e - b < 6 ? -1 : k;
            }
        }
        return -1;
    }

    // the kind of a cell, as bits: what its fit to each column depends on
    // NAME_LIKE: a short text named like a measure (…率, …占比, …次数), as indicator names are; FRAGMENT: the last cell
    // before the text stops, perhaps cut inside its text, which fits a column as well as any text it may begin does
    // SPLITS: a goal and its content sharing the cell ({@link #splitGoal}); it does not change the cell's fit
    private static final int EMPTY = 1, SEQ = 2, QUANTITY = 4, SOURCE = 8, LONG = 16, FULL_STOP = 32, NAME_LIKE = 64, FRAGMENT = 128,
            SPLITS = 256;

    /** The cost of a cell of each kind in each column, by {@link C} and kind bits: computed once. */
    private static final double[][] FIT = new double[C.values().length][512];
    static {
        for (C c : C.values()) for (int k = 0; k < 512; k++) {
            int b = k & ~SPLITS;
            FIT[c.ordinal()][k] = (b & FRAGMENT) == 0 ? fit(c, b) : fragmentFit(c, b & ~FRAGMENT);
        }
    }

    /**
     * A cell the text stops in may be the beginning of a longer one (年度计 of 年度计划, the first words of a 指标解释):
     * its cost in a column is the least of the kinds a text beginning with it can have — longer, a sentence, a source —
     * so that the cut cell does not push the row's earlier cells into earlier columns.
     */
    private static double fragmentFit(C c, int k) {
        if ((k & EMPTY) != 0) return fit(c, k);
        // what the text's end tells (a 序号, a name like a measure's, a source word such as 报告 at the end — 指报告 may
        // begin 指报告期末…, a full stop) is not known of a text that goes on; the beginning of a figure stays a figure
        int base = k & ~NAME_LIKE & ~SEQ & ~SOURCE & ~FULL_STOP;
        double best = fit(c, k);
        for (int x : new int[] {base, base | LONG, base | LONG | FULL_STOP, (base & ~LONG) | SOURCE, base | QUANTITY}) {
            best = Math.min(best, fit(c, x));
        }
        return best;
    }

    /**
     * The kind of each cell (quantity, source, long text …), computed once per row (and kept for the read, by the row's
     * cell list: a row aligned under two layouts, or regrouped from a run, is not looked at again): the programmes ask
     * for it n × m times. {@code fragment}: the cell the text stops in, or -1.
     */
    private record Kinds(int[] bits, int fragment) {
        /** {@code textEnds}: the text stops after these cells, so the last non-empty one may be cut inside its text. */
        static Kinds of(List<String> cells, boolean textEnds) {
            int n = cells.size();
            Map<List<String>, int[]> known = KNOWN_KINDS.get();
            int[] bits = known == null ? null : known.get(cells);
            if (bits == null) {
                bits = new int[n];
                for (int i = 0; i < n; i++) bits[i] = bits(cells.get(i));
                if (known != null) known.put(cells, bits);
            }
            int last = -1;
            if (textEnds) {
                last = n - 1;
                while (last >= 0 && (bits[last] & EMPTY) != 0) last--;
            }
            return new Kinds(bits, last);
        }

        /** The kind of cell i, with FRAGMENT where the text stops. */
        int kind(int i) {
            return i == fragment ? bits[i] | FRAGMENT : bits[i];
        }

        double fit(int column, int i) {
            return FIT[column][kind(i)];
        }

        /** The kind bits of one cell (without FRAGMENT, which depends on where the text stops). */
        static int bits(String c) {
            int b = c.isEmpty() ? EMPTY : 0;
            if (seq(c)) b |= SEQ;
            if (!c.isEmpty() && Cells.quantityLike(c)) b |= QUANTITY;
            if (!c.isEmpty() && DepartmentTargetsReader.source(c)) b |= SOURCE;
            if (DepartmentTargetsReader.longText(c)) b |= LONG;
            if (c.endsWith("。")) b |= FULL_STOP;
            if (nameLike(c)) b |= NAME_LIKE;
            if (splitAt(c) >= 0) b |= SPLITS;
            return b;
        }
    }

    /**
     * The kind bits of every row's cells, by the row's cell list (as its Line keeps it), while {@link #read} runs: a row
     * aligned under two layouts (contentOrNot) is looked at once, and the rows {@link #rows} regrouped from one cell per
     * line keep the kinds computed for the run when each is aligned again alone.
     */
    private static final ThreadLocal<Map<List<String>, int[]>> KNOWN_KINDS = new ThreadLocal<>();

    /** A 职责序号: one to three ASCII digits. */
    static boolean seq(String c) {
        if (c.isEmpty() || c.length() > 3) return false;
        for (int i = 0; i < c.length(); i++) if (c.charAt(i) < '0' || c.charAt(i) > '9') return false;
        return true;
    }

    /** The text without whitespace and no-break spaces. */
    private static String withoutSpaces(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0';
            if (space && sb == null) { sb = new StringBuilder(s.length()); sb.append(s, 0, i); }
            else if (!space && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    /** A 来源: 《…》, or up to ten characters ending in 统计, 报表, 计划 … (asked n × m times by the programme: no regex). */
    private static boolean source(String c) {
        int n = c.length();
        if (n > 16 || n < 2) return false;
        if (n >= 3 && c.charAt(0) == '《' && c.indexOf('》') == n - 1) return true;
        if (n > 10 || !endsWithSourceWord(c)) return false;
        for (int i = 0; i < n - 2; i++) if ("\n\r\u0085\u2028\u2029".indexOf(c.charAt(i)) >= 0) return false;
        return true;
    }

    private static final List<String> SOURCE_WORDS = List.of("统计", "报表", "计划", "预算", "报告", "规划", "年鉴", "公报",
            "条例", "办法");

    private static final String SOURCE_LASTS = "计表划算告鉴报例法";

    /** Whether the text's last two characters are a source word (without cutting them out). */
    private static boolean endsWithSourceWord(String c) {
        if (SOURCE_LASTS.indexOf(c.charAt(c.length() - 1)) < 0) return false; // most texts end otherwise: told at once
        for (String w : SOURCE_WORDS) if (c.endsWith(w)) return true;
        return false;
    }

    /** 违规行为查处率, 好评事项占比, 集中采购品种批次数: a short text without punctuation ending as a measure's name does. */
    static boolean nameLike(String c) {
        int n = c.length();
        if (n < 3 || n > 16) return false;
        char last = c.charAt(n - 1);
        if ("率比数量额次".indexOf(last) < 0 && !(last == '度' && !c.endsWith("制度") && !c.endsWith("力度"))) return false;
        for (int i = 0; i < n; i++) if ("。，、；：,;:".indexOf(c.charAt(i)) >= 0) return false;
        return true;
    }

    private static boolean longText(String c) { return c.length() > 20 || c.contains("。") || c.contains("，"); }

    private static double fit(C col, int kind) {
        boolean empty = (kind & EMPTY) != 0, seq = (kind & SEQ) != 0, q = (kind & QUANTITY) != 0, s = (kind & SOURCE) != 0,
                longText = (kind & LONG) != 0, fullStop = (kind & FULL_STOP) != 0, nameLike = (kind & NAME_LIKE) != 0;
        return switch (col) {
            case SEQ -> empty ? 0 : seq ? 0 : 5;
            // a duty or a goal is a short name; a sentence ending in 。 is a 目标内容 (or a 指标解释)
            case DUTY, GOAL -> empty ? 0 : q || s ? 2 : nameLike ? 0.5 : fullStop ? 0.4 : 0;
            case CONTENT -> empty ? 0 : q || s ? 2 : nameLike ? 0.5 : 0;
            case NAME -> empty ? 0.5 : q || s ? 2 : fullStop ? 0.5 : 0;
            case DEF -> empty ? 0.2 : q ? 1.5 : s ? 2 : longText ? 0 : 0.5;
            case TARGET, PLANNED, STANDARD, AVG3, LAST -> empty ? 0.1 : q ? 0 : s ? 2 : longText ? 1.5 : 0.3;
            case SSRC, HSRC -> empty ? 0.3 : s ? 0 : q ? 3 : 1.5;
            case ACTIVITY -> empty ? 0.1 : q || s ? 1.5 : 0;
            case OTHER -> empty ? 0 : longText ? 1 : 0.3;
        };
    }

    /**
     * A column left empty before the first cell of a row in a run of cells ({@link #rows}): 职责, 职责目标 and 目标内容
     * (and the 职责序号) are merged cells, printed in the first row they cover and absent from the rows below.
     */
    private static double missAtStart(C col) { return col.ordinal() <= C.CONTENT.ordinal() ? 0.2 : miss(col); }

    private static double miss(C col) {
        return switch (col) {
            case SEQ -> 0.6;
            case DUTY -> 0.8;
            case GOAL, CONTENT, ACTIVITY -> 1.0;
            case NAME -> 3;
            case DEF -> 1.5;
            default -> 1.2;
        };
    }
}
