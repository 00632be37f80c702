package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Scorecard;

/**
 * Reads text copied from a government web page back into tables (PARSE-FORMAT.md). Anchors on the official
 * vocabulary (column headers, indicator levels, comparators, units) rather than on positions, so that tab-,
 * space-, pipe-separated, glued, one-cell-per-line and one-cell-per-paragraph copies read alike. Never throws;
 * linear in the input.
 */
public final class TextParser {

    /** Larger inputs are cut here: a published table is a few dozen KB. */
    public static final int MAX_CHARS = 5 * 1024 * 1024;

    private TextParser() {}

    public static ParsedDocument parse(String text, String fileName) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Scorecard> tables = new ArrayList<>();
        try {
            if (text == null) text = "";
            if (text.length() > MAX_CHARS) {
                text = text.substring(0, MAX_CHARS);
                warnings.add(new ParseWarning(0, "输入超过" + (MAX_CHARS / 1024 / 1024) + "MB，只读取前面部分 / input larger than "
                        + (MAX_CHARS / 1024 / 1024) + " MB, only the beginning was read"));
            }
            text = withoutCutFigure(text, warnings);
            text = implementationPeriod(text);
            text = unnumberedLevels(text);
            Script.Folded folded = Script.fold(text);
            warnings.addAll(folded.notes());
            List<Line> lines = lines(folded.text(), warnings);
            // the lines each table was read from: {first, last, title} (line numbers; title 0: none, or not on a line of its own)
            List<int[]> readFrom = new ArrayList<>();
            // a 部门职责 column before the level columns is taken out for the readers and given back to their rows
            DutyColumn duties = DutyColumn.of(lines);
            read(duties.lines(), tables, readFrom, warnings);
            List<Scorecard> withDuties = duties.give(tables, warnings);
            if (withDuties != tables) { tables.clear(); tables.addAll(withDuties); }
            if (folded.any()) {
                // each text back as written at its place: looked for in its own table's lines first (by place: the
                // same folded words may be written traditional in one table and simplified in the next), a title in its
                // own line (looking for each table's title in the whole document made the unfolding grow with the
                // square of the number of tables)
                for (int k = 0; k < tables.size(); k++) {
                    int[] r = readFrom.get(k);
                    UnaryOperator<String> f = folded.in(r[0], r[1]);
                    tables.set(k, unfold(tables.get(k), f, r[2] > 0 ? folded.in(r[2], r[2]) : f));
                }
            }
            // the value grammar reads the targets and actuals of the rows kept, here, once (a reading built and
            // dropped — the losing reading of a table — was never read: Reading reads when first asked)
            for (Scorecard t : tables) {
                for (var i : t.indicators()) { i.targetReading().value(); i.actualReading().value(); }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not lose what was read: report it as a warning, keep the tables found so far.
            warnings.add(new ParseWarning(0, "解析中断: " + e + " / parsing stopped: " + e));
        }
        return new ParsedDocument(fileName, tables, warnings);
    }

    /** 实施期 as a period column's or goal head's first word, a cell of its own (实施期资金总额, 实施期目标（2024—2026年）). */
    private static final Pattern IMPLEMENTATION_PERIOD =
            Pattern.compile("(?<=^|[\\t|\\s\u3000])实施期(?=(?:资金总额|目标|指标值|目标值)(?:$|[\\t|\\s\u3000（(]))", Pattern.MULTILINE);

    /**
     * A 区域绩效目标表's 实施期 group (实施期资金总额 | 年度资金总额, 实施期目标 | 年度目标, h222) is its 中期 group under another
     * name: the word is read as 中期, written over its own three places (an ideographic space, then 中期) so that every other
     * character keeps its place. Only where it heads a cell: these heads are no text the reader keeps (a warning that
     * quotes the line shows 中期 there).
     */
    static String implementationPeriod(String text) {
        if (text.indexOf("实施期") < 0) return text;
        return IMPLEMENTATION_PERIOD.matcher(text).replaceAll("\u3000中期");
    }

    /**
     * Level labels printed with their outline numbers (一、产出指标 / （一）数量指标 / 1.质量指标, h223): the number is no part of
     * the label, and a label is read by its words, so it is written over with ideographic spaces in place (every other
     * character keeps its place). Only an outline number opening a cell before a word ending 指标 that the vocabulary knows
     * as a level — not 2、, a document site's chunk counter glued to a label (2、效益指标, h14), which DocumentSite tells by its
     * sequence. The levels a table gives are canonical names, never the cell's text, so nothing kept changes. Looked for
     * from each 指标 that ends a cell (a pattern tried at every character cost a third of a long document's parse).
     */
    static String unnumberedLevels(String text) {
        char[] out = null;
        for (int q = text.indexOf("指标"); q >= 0; q = text.indexOf("指标", q + 2)) {
            int end = q + 2;
            if (end < text.length() && !cellEdge(text.charAt(end))) continue;
            int w = q;
            while (w > 0 && q - w <= 14 && !cellEdge(text.charAt(w - 1))) w--;
            if (w > 0 && !cellEdge(text.charAt(w - 1))) continue;
            int label = outlineNumberEnd(text, w, q);
            if (label < 0 || q - label < 2 || q - label > 10) continue;
            String l = text.substring(label, end);
            if (Vocabulary.level1(l) == null && Vocabulary.level2(l) == null) continue;
            if (out == null) out = text.toCharArray();
            java.util.Arrays.fill(out, w, label, '\u3000');
        }
        return out == null ? text : new String(out);
    }

    /** Where a cell's text may begin after: a tab, a pipe, a white space or an ideographic space. */
    private static boolean cellEdge(char c) {
        return c == '\t' || c == '|' || c == ' ' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u3000';
    }

    /** The end of the outline number (一、 （一） 1.) that opens text[w, limit), or -1. */
    private static int outlineNumberEnd(String text, int w, int limit) {
        final String numerals = "一二三四五六七八九十", digits = "0123456789";
        char c = text.charAt(w);
        int k = w;
        if (c == '（' || c == '(') {
            k++;
            while (k < limit && k - w <= 3 && (numerals.indexOf(text.charAt(k)) >= 0 || digits.indexOf(text.charAt(k)) >= 0)) k++;
            return k > w + 1 && k < limit && (text.charAt(k) == '）' || text.charAt(k) == ')') ? k + 1 : -1;
        }
        if (numerals.indexOf(c) >= 0) {
            while (k < limit && k - w < 3 && numerals.indexOf(text.charAt(k)) >= 0) k++;
            return k < limit && text.charAt(k) == '、' ? k + 1 : -1;
        }
        while (k < limit && k - w < 2 && digits.indexOf(text.charAt(k)) >= 0) k++;
        return k > w && k < limit && (text.charAt(k) == '.' || text.charAt(k) == '．') ? k + 1 : -1;
    }

    /**
     * The text without the figure it stops in, where it stops inside a budget row (…其他资金\t25\t2 with no line break
     * after it: the copy ended inside 24.32, h211): a cut amount is another amount, so it is not read, and it is said.
     * Only a figure in a cell of its own, after another figure on a line with a budget label; a text that ends with a
     * line break, a % or a dash ends no figure.
     */
    static String withoutCutFigure(String text, List<ParseWarning> warnings) {
        int n = text.length();
        if (n == 0 || !Cells.isDigit(text.charAt(n - 1))) return text;
        int lineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1, k = n;
        while (k > lineStart && (Cells.isDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) k--;
        if (k == lineStart || !Cells.isSpace(text.charAt(k - 1)) && text.charAt(k - 1) != '|') return text;
        String before = text.substring(lineStart, k);
        if (!BudgetReader.hasLabelWord(before) || !Cells.hasDigit(before)) return text;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
        String figure = text.substring(k);
        warnings.add(ParseWarning.of(line, "文本在预算行的数字中断,末尾的数字未读取: " + figure,
                "the text stops inside a budget row's figure; the last figure is not read: " + figure));
        return text.substring(0, k);
    }

    /**
     * Every text the reader kept, back as written (the levels and the form are canonical names, not cell texts), each
     * text looked up once; {@code title} gives the title back, {@code f} every other text. A table, row or budget none
     * of whose texts holds a folded character is kept as it is ({@link Script.Folded#unfold} gives a text back itself
     * when nothing in it was folded).
     */
    private static Scorecard unfold(Scorecard t, UnaryOperator<String> f, UnaryOperator<String> title) {
        Back table = new Back(f);
        var b = t.budget();
        var sources = new ArrayList<org.jixiao.scorecard.FundSource>();
        for (var s : b.sources()) {
            String name = table.of(s.name());
            sources.add(name == s.name() ? s : new org.jixiao.scorecard.FundSource(name, s.planned(), s.executed(), s.ratePercent()));
        }
        var budget = !table.changed ? b : new org.jixiao.scorecard.Budget(b.currency(), b.initial(), b.planned(), b.executed(), b.ratePercent(), sources);
        var og = t.overallGoal();
        Back goal = new Back(f);
        var g = og == null ? null : new org.jixiao.scorecard.OverallGoal(goal.of(og.target()), goal.of(og.achievement()));
        if (!goal.changed) g = og;
        var rows = new ArrayList<org.jixiao.scorecard.Indicator>();
        for (var i : t.indicators()) {
            Back row = new Back(f);
            var ref = i.references();
            var r = ref;
            if (ref != null) {
                String planned = row.of(ref.planned()), standard = row.of(ref.standard()), standardSource = row.of(ref.standardSource()),
                        average = row.of(ref.threeYearAverage()), lastYear = row.of(ref.lastYear()), historySource = row.of(ref.historySource());
                if (row.changed) r = new org.jixiao.scorecard.References(planned, standard, standardSource, average, lastYear, historySource);
            }
            String name = row.of(i.name()), target = row.of(i.target()), actual = row.of(i.actual()), reason = row.of(i.reason()),
                    definition = row.of(i.definition()), duty = row.of(i.duty()), dutyGoal = row.of(i.dutyGoal()),
                    goalContent = row.of(i.goalContent()), activity = row.of(i.activity());
            // (a row is rebuilt only when a text of it changed: most rows of a folded document hold none)
            rows.add(!row.changed ? i : i.toBuilder().name(name).target(target).actual(actual).reason(reason).definition(definition)
                    .duty(duty).dutyGoal(dutyGoal).goalContent(goalContent).activity(activity).references(r).build());
            table.changed |= row.changed;
        }
        table.changed |= goal.changed;
        String project = table.of(t.project()), unit = table.of(t.unit()), competent = table.of(t.competentDepartment());
        // the title last: it is looked for in its own line, the other texts in the table's (Script.Folded keeps the
        // characters of the last range it looked in)
        String titleBack = title.apply(t.title());
        table.changed |= titleBack != t.title();
        if (!table.changed) return t;
        return new Scorecard(t.form(), titleBack, t.year(), project, unit, competent, t.region(), budget, g, rows);
    }

    /** Texts given back by {@code f}, remembering whether any came back other than it went in. */
    private static final class Back {
        private final UnaryOperator<String> f;
        boolean changed;

        Back(UnaryOperator<String> f) { this.f = f; }

        String of(String s) {
            String back = f.apply(s);
            changed |= back != s;
            return back;
        }
    }

    static List<Line> lines(String text) {
        return lines(text, new ArrayList<>());
    }

    /** The normalised lines; a document site's chunk counters removed (each said in {@code warnings}, with its line). */
    static List<Line> lines(String text, List<ParseWarning> warnings) {
        // where a document site's chunks begin (-1: not a site's copy): known at once from a site's notice line (or, the
        // lines cut at '\r' too, from a pass of its own), else told by the lines as they are read, as not a site's copy —
        // a site's copy (two chrome lines) is then read again
        boolean cr = text.indexOf('\r') >= 0;
        int site = cr ? Normalizer.documentSite(text) : DocumentSite.afterNotice(text);
        if (site >= 0 || cr) return lines(text, cr, site, null, warnings);
        DocumentSite.Lines scan = new DocumentSite.Lines(text);
        List<Line> out = lines(text, false, -1, scan, warnings);
        site = scan.start();
        return site < 0 ? out : lines(text, false, site, null, warnings);
    }

    /**
     * The lines ({@code cr}: the text holds a '\r'), with the site's chunks beginning at {@code site} (-1: none);
     * {@code scan}, when not null, is given every line (the text holds no '\r'), and the reading stops when it knows the
     * answer.
     */
    private static List<Line> lines(String text, boolean cr, int site, DocumentSite.Lines scan, List<ParseWarning> warnings) {
        int n = text.length();
        List<Line> out = new ArrayList<>(n / 4 + 10); // (a line per cell or paragraph is a few characters: grown rarely)
        int no = 1, start = 0;
        int counter = 1;
        int cues = Normalizer.cues(text); // the clean-ups any line of the text may need (most documents: none)
        String before = null; // the raw line before, as kept
        while (start <= n) {
            // the end of the line: '\n', '\r' or "\r\n" (indexOf is the fast scan; most texts have no '\r')
            int i = text.indexOf('\n', start);
            if (i < 0) i = n;
            if (cr) for (int k = start; k < i; k++) if (text.charAt(k) == '\r') { i = k; break; }
            if (scan != null && !scan.next(start, i)) break; // a site's copy: read again
            String raw = text.substring(start, i);
            if (site >= 0 && DocumentSite.chrome(raw)) {
                // the site's page chrome (price, download prompt, resource card): no table text (DocumentSite)
                warnings.add(ParseWarning.of(no, "删去文库页面的页面文字: " + raw.strip(), "a document site's page chrome removed: " + raw.strip()));
                raw = "";
            }
            int c = site >= 0 && start >= site ? Normalizer.chunkCounter(raw, counter) : 0;
            if (c > 0) {
                warnings.add(ParseWarning.of(no, "删去文库页面的分段序号: " + raw.substring(0, c), "a document site's chunk counter removed: "
                        + raw.substring(0, c)));
                counter = Integer.parseInt(raw.substring(0, c - 1)) + 1; // the run may begin at 2 (DocumentSite.counter)
                raw = raw.substring(c);
                if (Normalizer.continues(before, raw) && !out.isEmpty() && out.get(out.size() - 1).no() == no - 1) {
                    // the site broke the text inside a word where its chunk ends: the chunk continues the line before
                    Line last = out.remove(out.size() - 1);
                    out.add(new Line(last.no(), last.text() + Normalizer.line(raw, cues)));
                    before = before + raw;
                    if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                    no++;
                    start = i + 1;
                    continue;
                }
            }
            before = raw;
            String line = Normalizer.line(raw, cues);
            if (!flattened(line)) out.add(new Line(no, line)); // (nearly every line: no list made for it)
            else for (String part : explode(line)) out.add(new Line(no, part));
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            no++;
            start = i + 1;
        }
        return out;
    }

    private static final List<String> CUTS = List.of("转移支付(项目)名称", "项目名称", "项目资金", "其中", "地方资金", "其他资金",
            "年度总体目标", "绩效指标", "说明", "注:", "注：");
    private static final Vocabulary.Words CUT_WORDS = Vocabulary.words(CUTS);

    /** Whether a line may be a whole table flattened onto it ({@link #explode}): long, with a 指标 in it. */
    private static boolean flattened(String line) {
        // every second-level label ends in 指标: a long sentence without it is passed over in one scan
        return line.length() >= 300 && line.contains("指标");
    }

    /** A whole table flattened onto one line is cut back into lines before its row and block anchors. */
    static List<String> explode(String line) {
        if (!flattened(line)) return List.of(line);
        int anchors = 0;
        for (String l : Vocabulary.LEVEL2.keySet()) if (line.contains(l) && ++anchors >= 2) break;
        if (anchors < 2) return List.of(line);
        List<String> out = new ArrayList<>();
        int start = 0, i = 0;
        while (i < line.length()) {
            String hit = Vocabulary.LABEL_WORDS.at(line, i);
            boolean levelLabel = hit != null && (Vocabulary.LEVEL1.contains(hit) || Vocabulary.LEVEL2.containsKey(hit));
            if (hit == null) hit = CUT_WORDS.at(line, i);
            if (hit != null && (levelLabel || !Vocabulary.LABELS.contains(hit) || CUTS.contains(hit)) && i > start
                    && Cells.isSpace(line.charAt(i - 1))) {
                out.add(line.substring(start, i));
                start = i;
            }
            i += hit == null ? 1 : hit.length();
        }
        out.add(line.substring(start));
        return out;
    }

    private static void read(List<Line> lines, List<Scorecard> tables, List<int[]> readFrom, List<ParseWarning> warnings) {
        int warned = warnings.size(); // the warnings before the readings of these lines (a report read instead drops theirs)
        List<int[]> segments = new ArrayList<>(); // {titleIndex or -1, start, end}
        List<Integer> titles = new ArrayList<>();
        // each title's text, by its line: read once here (a title is a regex match), given to its segment below
        java.util.Map<Integer, String> titleText = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).title();
            if (t != null && !attached(lines, i)) { titles.add(i); titleText.put(i, t); }
        }
        // A title followed by another title before any table content is a page heading: the later one names the table.
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int t = titles.get(k);
            int next = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            boolean content = false;
            for (int i = t; i < next && !content; i++) content = tableContent(lines.get(i).text());
            if (content) kept.add(t);
        }
        // the untitled tables: a whole untitled document's, or those printed above the first title
        // (above a title, up to where the titled table's page begins: its 发布时间… lines are no rows of the untitled one)
        int[] first = untitled(lines, kept.isEmpty() ? lines.size() : start(lines, kept.get(0)));
        if (first != null) split(lines, first, segments);
        // a titled table ends where an untitled one printed under it begins, as one untitled table ends at the next
        for (int k = 0; k < kept.size(); k++) {
            split(lines, new int[] {kept.get(k), kept.get(k), k + 1 < kept.size() ? kept.get(k + 1) : lines.size()}, segments);
        }
        for (int[] seg : segments) {
            String tableTitle = seg[0] >= 0 ? titleText.get(seg[0]) : null;
            List<Line> body = lines.subList(seg[1], seg[2]);
            String form = form(tableTitle, body);
            int at = body.isEmpty() ? 0 : body.get(0).no();
            List<ParseWarning> lineWarnings = new ArrayList<>(), gridWarnings = new ArrayList<>();
            // an untitled table's header fields and budget stand above its indicator header: the grid reads from the top
            // (a later untitled table of the run from where it begins: the top is the table before it)
            List<Line> gridBody = seg[0] < 0 && seg == segments.get(0) ? lines.subList(0, seg[2]) : body;
            // the style is looked at only when the grid may read the table: a pipe table (no line with a pipe is none), or
            // a table whose reading by lines is not complete (below)
            boolean anyPipe = false;
            for (int i = 0; i < gridBody.size() && !anyPipe; i++) anyPipe = gridBody.get(i).text().indexOf('|') >= 0;
            CellGrid.Style style = anyPipe ? CellGrid.style(gridBody) : null;
            boolean pipes = style == CellGrid.Style.PIPES;
            // a department's targets printed without duties (三级指标 rows as a project's table prints them, 015's) are
            // read as such rows, the form kept: the department reader anchors on 职责
            boolean department = "department-targets".equals(form) && mentions(body, "职责");
            Scorecard byLines = null;
            boolean complete = false;
            if (pipes && department) {
                // the grid reads no duty columns (部门职责, 职责目标): a department's pipe table whose reading by lines is
                // complete is not read by the grid as well (the grid's reading lost to it and cost 40 % of the document)
                byLines = DepartmentTargetsReader.read(tableTitle, body, lineWarnings);
                complete = complete(byLines, lineWarnings, body);
                if (complete) {
                    warnings.addAll(lineWarnings); // (one reading: no choice to report)
                    tables.add(seg == segments.get(0) ? yearAbove(byLines, lines, seg) : byLines);
                    readFrom.add(span(gridBody, seg[0] >= 0));
                    continue;
                }
            }
            // pipes are the grid's own separator style: the grid's reading stands whenever it found a table (choose), so
            // a pipe table is read by its grid first and by lines only when the grid found none
            Scorecard byGrid = pipes ? GridTableReader.read(form, tableTitle, gridBody, style, gridWarnings) : null;
            double gridScore = byGrid == null ? 0 : score(byGrid); // (scored once: every row's name is looked at)
            if (byGrid != null && gridScore > 0) {
                warnings.addAll(gridWarnings);
                warnings.add(ParseWarning.of(at, "按单元格网格读取(竖线分隔的表格按网格读取,得分 " + fmt(gridScore) + ",未另按行读取)",
                        "read by the cell grid (a pipe-separated table is read by its grid; score " + fmt(gridScore)
                                + "; not read by lines as well)"));
                tables.add(seg == segments.get(0) ? yearAbove(byGrid, lines, seg) : byGrid);
                readFrom.add(span(gridBody, seg[0] >= 0));
                continue;
            }
            if (byLines == null) {
                byLines = department
                        ? DepartmentTargetsReader.read(tableTitle, body, lineWarnings)
                        : SelfEvaluationReader.read(form, tableTitle, body, lineWarnings);
                complete = complete(byLines, lineWarnings, body);
            }
            if (!pipes && !complete && style == null) style = CellGrid.style(gridBody);
            if (!pipes) byGrid = style == CellGrid.Style.OTHER || complete ? null : GridTableReader.read(form, tableTitle, gridBody, style, gridWarnings);
            Scorecard card = choose(byLines, lineWarnings, byGrid, gridWarnings, warnings, at);
            if (seg == segments.get(0)) card = yearAbove(card, lines, seg);
            if (card != null) { tables.add(card); readFrom.add(span(gridBody, seg[0] >= 0)); }
        }
        glued(lines, tables, warnings);
        // a table the glued reader added, or a report, is read from the whole document; a glued reading merged into the
        // last table is looked for in that table's lines first, then in the whole document (Script.Folded.unfold)
        while (readFrom.size() < tables.size()) readFrom.add(span(lines, false));
        if (!tables.isEmpty() && tables.stream().allMatch(TextParser::sentenceRows)) reportOverSentences(lines, tables, readFrom, warnings, warned);
        if (tables.isEmpty()) {
            Scorecard report = ReportReader.read(lines, warnings);
            if (report != null) { tables.add(report); readFrom.add(span(lines, false)); }
        }
    }

    /**
     * Whether a reading's rows are all a report's sentences (（三）项目产出情况。…评卷误差率 | 控制在0.5%以内, 一是…覆盖率 | 达到100%,
     * h168): each name holds sentence punctuation or opens with a section's or a list's number — no table's indicator
     * does. (A verb-phrase target alone, 达到100%, is a real table's target too.)
     */
    private static boolean sentenceRows(Scorecard t) {
        if (t.indicators().isEmpty()) return false;
        for (org.jixiao.scorecard.Indicator r : t.indicators()) {
            String n = r.name();
            if (n == null || !(n.indexOf('，') >= 0 || n.indexOf('。') >= 0 || n.indexOf('；') >= 0 || REPORT_ITEM.matcher(n).lookingAt())) return false;
        }
        return true;
    }

    /** A report's numbered item: （一）, 一是, 1. */
    private static final Pattern REPORT_ITEM = Pattern.compile("（[一二三四五六七八九十]+）|[一二三四五六七八九十]是");

    /**
     * A page titled …评价报告 whose only readings are sentence rows ({@link #sentenceRows}) is the report: the sentences a
     * line reading took for rows (opened by a header word in the report's text) do not outscore it. Each row given up is
     * said in a warning with its line, so no text is dropped unsaid; the warnings of the readings given up (from
     * {@code warned} on: lines they skipped, a rate read alone) are the report's no more.
     */
    private static void reportOverSentences(List<Line> lines, List<Scorecard> tables, List<int[]> readFrom, List<ParseWarning> warnings,
            int warned) {
        List<ParseWarning> rw = new ArrayList<>();
        Scorecard report = ReportReader.read(lines, rw);
        if (report == null || report.title() == null) return;
        warnings.subList(warned, warnings.size()).clear();
        for (Scorecard t : tables) {
            for (org.jixiao.scorecard.Indicator r : t.indicators()) {
                String text = r.name() + (r.target() == null ? "" : r.target());
                int at = lines.get(0).no();
                for (Line l : lines) if (l.text().contains(r.name())) { at = l.no(); break; }
                warnings.add(ParseWarning.of(at, "评价报告的句子不是指标行,按报告读取: " + text,
                        "a sentence of an evaluation report is no indicator row; the page is read as the report: " + text));
            }
        }
        tables.clear();
        readFrom.clear();
        warnings.addAll(rw);
        tables.add(report);
        readFrom.add(span(lines, false));
    }

    /**
     * Whether a reading by lines is complete: its rows all complete, which leaves nothing for the grid to improve (its
     * rows alone: budget figures do not make misaligned rows complete) — unless the table is printed a cell per line
     * and the reading skipped a line inside it: a cell it could not place (=4个), after which it reads on shifted by one
     * cell with every row still "complete", and fewer rows than the grid reads. (A row of several cells skipped shifts
     * nothing; the table's last line skipped is where a text was cut off: nothing after it.)
     */
    private static boolean complete(Scorecard byLines, List<ParseWarning> lineWarnings, List<Line> body) {
        return byLines != null && !byLines.indicators().isEmpty()
                && score(byLines) - budgetScore(byLines) >= 2 * byLines.indicators().size() * 0.9
                && !(passedOverBefore(lineWarnings, body.get(body.size() - 1).no()) && cellPerLine(body));
    }

    /**
     * The document's first table, when its title and first lines name no year, takes it from the page's heading a few
     * lines above it (河西区城市管理委员会2023年度项目绩效自评结果 h79, 无锡市统计局2023年度…绩效自评结果 h91): 20XX年度, not
     * 20XX年 — the publication date stands there too; a line of a notice's length is no heading. Only the first table:
     * a later one's lines above are the table before it.
     */
    private static Scorecard yearAbove(Scorecard card, List<Line> lines, int[] seg) {
        int top = seg[0] >= 0 ? seg[0] : seg[1];
        if (card == null || card.year() != null) return card;
        for (int i = top - 1; i >= Math.max(0, top - 6); i--) {
            String t = lines.get(i).text();
            if (t.length() > 80) continue;
            Matcher m = YEAR_OF_PAGE.matcher(t);
            if (m.find()) return new Scorecard(card.form(), card.title(), Integer.valueOf(m.group(1)), card.project(), card.unit(),
                    card.competentDepartment(), card.region(), card.budget(), card.overallGoal(), card.indicators());
        }
        return card;
    }

    private static final Pattern YEAR_OF_PAGE = Pattern.compile("(20\\d\\d)\\s*年度");

    /**
     * The segment {title or -1, start, end} added, cut where an untitled table visibly begins again inside it
     * ({@link #nextTable}): each table after the first is an untitled one, from where it begins.
     */
    private static void split(List<Line> lines, int[] seg, List<int[]> segments) {
        for (int next; (next = nextTable(lines, seg[1], seg[2])) >= 0; seg = new int[] {-1, next, seg[2]}) {
            segments.add(new int[] {seg[0], seg[1], next});
        }
        segments.add(seg);
    }

    /**
     * Where an untitled table begins after the table (titled or not) read from {@code from}, or -1: its header fields
     * (项目名称, 转移支付…名称, 实施单位 first in a line) with a budget block after them, below the first table's
     * indicator header or its budget block, whichever comes first (two projects' tables printed one after another
     * without headings; the first may be cut off before its indicator header, its fields and budget all there is of it);
     * or, below the first table's rows, with an indicator header after them (a department's table with no budget block:
     * 实施单位 浮梁县林业局 over its indicators). An indicator header alone is one only where its rows begin again at the
     * first level ({@link #restarts}): a table repeats its header after a page break (h15 h37 h50), with no header
     * fields or budget of its own before it.
     */
    private static int nextTable(List<Line> lines, int from, int end) {
        int header = -1, rows = -1;
        for (int i = from; i < end && rows < 0; i++) {
            String t = lines.get(i).text();
            if (indicatorHeader(t)) rows = i;
            if (header < 0 && (rows >= 0 || budgetBlock(t))) header = i;
        }
        if (header < 0) return -1;
        for (int i = header + 1; i < end; i++) {
            if (rows >= 0 && i > rows && indicatorHeader(lines.get(i).text()) && restarts(lines, rows, i, end)) {
                // (a header printed a cell per line begins at its 一级指标)
                int top = i;
                while (top - 1 > header && LEVEL_HEADS.contains(String.valueOf(Cells.clean(lines.get(top - 1).text())))) top--;
                return Math.max(header + 1, start(lines, top));
            }
            if (!headerFields(lines.get(i))) continue;
            for (int j = i; j < Math.min(end, i + 20); j++) {
                String t = lines.get(j).text();
                if (budgetBlock(t)) return Math.max(header + 1, start(lines, i));
                if (j > i && indicatorHeader(t)) {
                    // fields and then an indicator header, below the first table's rows: a table with no budget block
                    // (a department's 实施单位 over its indicators); above its rows they are the first table's own
                    if (rows >= 0 && i > rows) return Math.max(header + 1, start(lines, i));
                    break;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the indicator header at {@code again}, below the first table's at {@code rows}, begins a table of its own
     * although no header fields or budget stand above it: the rows under it begin again at the first table's first level
     * (产出指标) after the first table's rows went on past it (to 满意度指标). A page break's repeated header is followed
     * by the level the rows were in or the next one — a level the rows already left never comes back in one table. Only
     * then: a repeat that cannot be told so is left to the first table (h15 h37 h50).
     */
    private static boolean restarts(List<Line> lines, int rows, int again, int end) {
        String first = null, last = null, after = null;
        for (int i = rows + 1; i < again; i++) {
            String l = level1(lines.get(i));
            if (l == null) continue;
            if (first == null) first = l;
            last = l;
        }
        // (the header's other cells may follow a cell per line: 年度指标值, 实际完成值, 分值, 得分, 偏差原因…)
        for (int i = again + 1; i < Math.min(end, again + 12) && after == null; i++) after = level1(lines.get(i));
        return first != null && first.equals(after) && !first.equals(last);
    }

    private static final List<String> LEVEL_HEADS = List.of("一级指标", "二级指标", "序号");

    /** The first level a line's first cell names (产出指标 …), or null. */
    private static String level1(Line line) {
        if (!line.text().contains("指标")) return null; // most lines are passed over uncut
        for (String c : line.cells()) {
            String t = Cells.clean(c);
            if (t != null) return Vocabulary.LEVEL1.contains(t) ? t : null;
        }
        return null;
    }

    /**
     * Where the table whose header fields (or title) begin at {@code fields} begins: after the empty line just above them, when its
     * page's lines stand between (发布时间…, （2023年度）: they are the second table's, not rows of the first), else at them.
     * No further than a few lines back, and never past a line of indicators (the first table's rows). A heading just
     * above them (部门整体绩效目标: a title without its 表, 018) is the second table's too, whatever the empty lines say
     * (a cell per paragraph has one between every two cells).
     */
    private static int start(List<Line> lines, int fields) {
        int above = fields - 1;
        while (above >= 0 && lines.get(above).empty()) above--;
        if (above >= 0 && heading(lines.get(above))) fields = above;
        for (int j = fields - 1; j >= 0 && fields - j <= 8; j--) {
            if (lines.get(j).empty()) return j + 1;
            if (lines.get(j).text().contains("指标")) break;
        }
        return fields;
    }

    /** A line whose one cell is a table's heading without its 表 ({@link Title#heading}). */
    private static boolean heading(Line line) {
        if (line.text().indexOf('绩') < 0) return false; // every heading has 绩效: most lines are passed over uncut
        String one = null;
        for (String c : line.cells()) {
            if (Cells.clean(c) == null) continue;
            if (one != null) return false;
            one = Cells.clean(c);
        }
        return Title.heading(one);
    }

    /**
     * Whether a line may hold a header field's label (…名称, 实施单位: a 称 or a 位) — asked before its cells are cut, since
     * the prose above a report's first title is looked at line by line and its cells are otherwise never needed.
     */
    private static boolean mayNameFields(String text) {
        return text.indexOf('称') >= 0 || text.indexOf('位') >= 0;
    }

    /** A line that begins a table's header fields: the project's (or transfer's) name, or its implementing unit. */
    private static boolean headerFields(Line line) {
        if (!mayNameFields(line.text()) || indicatorHeader(line.text())) return false; // (glued: header and fields in one line)
        List<String> cells = line.cells();
        String k = cells.isEmpty() ? "" : HeaderWords.key(cells.get(0));
        return k.startsWith("项目名称") || k.startsWith("实施单位") || k.startsWith("转移支付") && k.contains("名称");
    }

    /**
     * The untitled table among the lines before {@code end}, as a segment {-1, start, end}, or null: from its indicator
     * header, with the header fields and budget block just above it; or, cut off before its indicator header, from its
     * header fields when a budget block follows them. A table that prints a cell per paragraph may have its fields
     * further above its indicator header than the lines looked back over: it begins at them all the same (h01).
     */
    private static int[] untitled(List<Line> lines, int end) {
        int first = -1;
        for (int i = 0; i < end && first < 0; i++) if (indicatorHeader(lines.get(i).text())) first = i;
        int fields = -1; // the first header fields with a budget block after them, above the first indicator header
        for (int i = 0; i < (first < 0 ? end : first) && fields < 0; i++) {
            if (!headerFields(lines.get(i))) continue;
            for (int j = i; j < Math.min(end, i + 20) && fields < 0; j++) if (budgetBlock(lines.get(j).text())) fields = i;
        }
        if (first < 0) return fields < 0 ? null : new int[] {-1, fields, end};
        // an untitled table begins with its header fields and budget block when they stand just above its indicator header
        int from = first;
        for (int i = first - 1; i >= 0 && first - i <= 60; i--) if (tableContent(lines.get(i).text()) || budgetBlock(lines.get(i).text())) from = i;
        return new int[] {-1, fields >= 0 ? Math.min(from, fields) : from, end};
    }

    /**
     * The first and last line numbers of some lines ({1, 0}: none), without the title line when titled, and the title
     * line (0: none): a title line is folded on its own (Script.fold), so the table's texts are looked for under it
     * first, and its title in it.
     */
    private static int[] span(List<Line> lines, boolean titled) {
        if (lines.isEmpty()) return new int[] {1, 0, 0};
        int first = lines.get(0).no(), last = lines.get(lines.size() - 1).no();
        return titled && last > first ? new int[] {first + 1, last, first} : new int[] {first, last, 0};
    }

    /**
     * A table glued with no separators: its rows are read by {@link GluedReader} and replace those of the reading by
     * lines when they place more; its budget is read from the glued figures when no other reading found one.
     */
    private static void glued(List<Line> lines, List<Scorecard> tables, List<ParseWarning> warnings) {
        int gh = GluedReader.headerLine(lines);
        Scorecard current = tables.isEmpty() ? null : tables.get(tables.size() - 1);
        boolean needsBudget = current == null || current.budget().planned() == null && current.budget().executed() == null
                && current.budget().ratePercent() == null;
        List<ParseWarning> bw = new ArrayList<>();
        org.jixiao.scorecard.Budget budget = needsBudget ? GluedBudget.read(lines, bw) : null;
        // a report's sentences (全年预算数为268.5万元 … 预算执行率98.02%, h107; 全年预算数545万元；…, h122) are no glued table: with no table and no glued
        // header the document is the report, with its title, unit and project; the glued figures stand only where the
        // report's own reading of its sentences found none
        List<ParseWarning> rw = new ArrayList<>();
        Scorecard report = current == null && gh < 0 && budget != null ? ReportReader.read(lines, rw) : null;
        if (report != null) {
            var rb = report.budget();
            boolean none = rb.planned() == null && rb.executed() == null && rb.ratePercent() == null;
            warnings.addAll(none ? bw : rw);
            tables.add(none ? new Scorecard(report.form(), report.title(), report.year(), report.project(), report.unit(),
                    report.competentDepartment(), report.region(), budget, report.overallGoal(), report.indicators()) : report);
            return;
        }
        warnings.addAll(bw);
        if (gh < 0 && budget == null) return;
        List<ParseWarning> gw = new ArrayList<>();
        // the line reading's score: glued rows that could not beat it even all complete are not read
        double beat = current == null ? Double.NEGATIVE_INFINITY : score(current) - budgetScore(current);
        List<org.jixiao.scorecard.Indicator> rows = gh < 0 ? List.of() : GluedReader.read(lines, gh, gw, beat);
        String titleText = null;
        int titleAt = 0;
        for (; titleAt < lines.size(); titleAt++) if ((titleText = lines.get(titleAt).title()) != null) break;
        // the header fields glued into the same run of text as the rows (项目名称东津院区建设补助主管部门…, 007 013 h19):
        // read only for a table that takes them (reading every label of a long document costs as much as its rows)
        boolean noFields = current == null || current.project() == null && current.unit() == null && current.competentDepartment() == null;
        if (current == null && rows.isEmpty() && budget == null) return;
        // the overall goal glued before the header (年度总体目标预期目标实际完成情况…), for a table that has none, or whose
        // goal is the same glued text read whole (its achievement not told from its target)
        List<ParseWarning> goalWarnings = new ArrayList<>();
        org.jixiao.scorecard.OverallGoal goal = gh >= 0 ? GluedReader.goal(lines, gh, goalWarnings) : null;
        var og = current == null ? null : current.overallGoal();
        if (og != null && !(goal != null && og.achievement() == null && goal.achievement() != null
                && og.target().replaceAll("\\s", "").equals(goal.target() + goal.achievement()))) goal = null;
        if (goal != null) warnings.addAll(goalWarnings);
        Fields.Header h = noFields ? Fields.header(Fields.extract(gh < 0 ? lines : lines.subList(0, gh + 1))).glued() : Fields.Header.NONE;
        Scorecard glued = new Scorecard(form(titleText, lines), titleText, SelfEvaluationReader.year(titleText,
                titleText == null ? lines : lines.subList(titleAt, lines.size())), h.project(), h.unit(), h.competent(),
                Vocabulary.province(titleText), budget, goal, rows);
        if (current == null) {
            warnings.addAll(gw);
            tables.add(glued);
            return;
        }
        var b = current.budget();
        boolean noBudget = b.planned() == null && b.executed() == null && b.ratePercent() == null;
        Scorecard merged = current;
        if (noBudget && budget != null || noFields || goal != null) merged = new Scorecard(current.form(), current.title(), current.year(),
                noFields ? h.project() : current.project(), noFields ? h.unit() : current.unit(),
                noFields ? h.competent() : current.competentDepartment(), current.region(), noBudget && budget != null ? budget : b,
                goal != null ? goal : current.overallGoal(), current.indicators());
        double gs = score(glued.withRegion(null)) - budgetScore(glued), cs = score(current) - budgetScore(current);
        // on equal scores the reading that placed more cells: a line reading of glued rows keeps weight and score in the actual
        if ((gs > cs || gs == cs && cells(rows) > cells(current.indicators())) && !rows.isEmpty()) {
            warnings.addAll(gw);
            warnings.add(ParseWarning.of(lines.get(gh).no(), "指标行按无分隔符的粘连单元格读取(得分更高)",
                    "indicator rows read as glued cells with no separator (higher score)"));
            merged = merged.withIndicators(rows);
        }
        tables.set(tables.size() - 1, merged);
    }

    /** The cells a reading placed: name, target, actual, weight and score of each row. */
    private static int cells(List<org.jixiao.scorecard.Indicator> rows) {
        int n = 0;
        for (var i : rows) {
            for (Object v : new Object[] {i.name(), i.target(), i.actual(), i.weight(), i.score()}) if (v != null) n++;
        }
        return n;
    }

    private static double budgetScore(Scorecard c) {
        var b = c.budget();
        double s = 0;
        for (var v : new java.math.BigDecimal[] {b.planned(), b.executed(), b.ratePercent()}) if (v != null) s += 1;
        return s;
    }

    /**
     * Two readings of one table, by lines (the row automaton) and by the cell grid: the one that places more is
     * kept, and a warning says which and why. A tie keeps the reading that passed over less of the text (a line
     * skipped, a cell placed in no column, a row not read), then the line reading. No reading (null) is never chosen
     * over a reading: a table whose rows read badly keeps its budget and its rows, said, rather than disappearing.
     */
    static Scorecard choose(Scorecard a, List<ParseWarning> wa, Scorecard b, List<ParseWarning> wb, List<ParseWarning> warnings,
                            int line) {
        double sa = score(a), sb = score(b);
        // text passed over, counted only where the scores tie (once per reading: every warning is looked at)
        int pa = a != null && b != null && sa == sb ? passedOver(wa) : 0, pb = a != null && b != null && sa == sb ? passedOver(wb) : 0;
        // (a pipe table whose grid found a table never comes here: the caller keeps the grid's reading at once)
        boolean grid = b != null && sb > sa
                || b != null && a != null && sb == sa && pb < pa;
        warnings.addAll(grid ? wb : wa);
        if (a != null && b != null) {
            // why: a higher score; the same score and less text passed over; or the same in both, the line reading kept
            String zh = sa != sb ? ": 完整的指标行和预算数较多)" : pa != pb ? ": 得分相同,未读入的文字较少)" : ": 得分和未读入的文字都相同,按行读取)";
            String en = sa != sb ? ": more complete indicator rows and budget figures)" : pa != pb ? ": the same score, less text passed over)"
                    : ": the same score and text passed over, the line reading kept)";
            warnings.add(ParseWarning.of(line, (grid ? "按单元格网格读取" : "按行读取") + "(得分 " + fmt(grid ? sb : sa) + " 对 " + fmt(grid ? sa : sb) + zh,
                    "read " + (grid ? "by the cell grid" : "by lines") + " (score " + fmt(grid ? sb : sa) + " against " + fmt(grid ? sa : sb) + en));
        }
        return grid ? b : a;
    }

    /** The warnings that say some text of the input was passed over (read into no field). */
    private static int passedOver(List<ParseWarning> ws) {
        int n = 0;
        for (ParseWarning w : ws) {
            String m = w.message();
            for (String said : PASSED_OVER) if (m.contains(said)) { n++; break; }
        }
        return n;
    }

    /** Whether fewer than one line in five of the text holds more than one cell (one cell per line or paragraph). */
    private static boolean cellPerLine(List<Line> body) {
        int content = 0, several = 0;
        for (Line l : body) {
            if (l.blank()) continue;
            content++;
            if (l.cells().size() > 1) several++;
        }
        return several * 5 < content;
    }

    /** Whether some warning says that text before line {@code last} was passed over. */
    private static boolean passedOverBefore(List<ParseWarning> ws, int last) {
        for (ParseWarning w : ws) {
            if (w.line() >= last) continue;
            for (String said : PASSED_OVER) if (w.message().contains(said)) return true;
        }
        return false;
    }

    /** The English of every warning for text passed over (IndicatorReader, DepartmentTargetsReader, GridTableReader, GluedReader). */
    private static final List<String> PASSED_OVER = List.of("unrecognised line skipped", "a cell that fits no column",
            "is not read as an indicator", "could not be split, not read", "the row is not read");

    /** A name that is text: it has Chinese characters, does not start with a digit and is no level label. */
    private static boolean textName(String n) {
        if (n == null || n.length() < 2 || Cells.isDigit(n.charAt(0)) && !numbered(n) && !digitLed(n)) return false;
        boolean han = false;
        for (int k = 0; k < n.length() && !han; k++) han = Script.isHan(n.charAt(k));
        return han && (n.length() > 12 || Levels.level(n) == null);
    }

    /**
     * A name numbered in its cell (1、水稻侧深施肥, 12、…): the counter and text after it make a name, not a number read
     * as one (014's sub-rows; counted as numbers, a cut reading of 014 lost to a grid reading of three glued rows).
     */
    private static boolean numbered(String n) {
        int d = 0;
        while (d < n.length() && d < 3 && Cells.isDigit(n.charAt(d))) d++;
        return d + 1 < n.length() && n.charAt(d) == '、' && Script.isHan(n.charAt(d + 1));
    }

    /**
     * A name that begins with a figure and its unit and goes on in words (7岁以下儿童健康管理率, 65岁及以上…): four Chinese
     * characters or more and no digit after them, and no date (2023年12月底前 is a value).
     */
    private static boolean digitLed(String n) {
        int d = Cells.numberEnd(n, 0), u = GluedReader.figureWordEnd(n, d);
        if (u == d || GluedReader.dateEnd(n, 0) > 0) return false;
        int han = 0;
        for (int k = u; k < n.length(); k++) {
            if (Cells.isDigit(n.charAt(k))) return false;
            if (Script.isHan(n.charAt(k))) han++;
        }
        return han >= 4;
    }

    /** {@code String.format(ROOT, "%.1f", d)}; a score is a sum of halves and whole numbers, written without the formatter. */
    private static String fmt(double d) {
        double twice = d * 2;
        if (twice == Math.rint(twice) && Math.abs(d) < 1e9 && !(d == 0 && 1 / d < 0)) {
            long tenths = Math.round(d * 10); // exact: a multiple of 5
            String sign = tenths < 0 ? "-" : "";
            long a = Math.abs(tenths);
            return sign + (a / 10) + "." + (a % 10);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    /** Complete rows count 2, a name alone 0.5, a row named by a number or a label -1, each budget figure 1. */
    static double score(Scorecard c) {
        if (c == null) return -1;
        double s = 0;
        for (var i : c.indicators()) {
            boolean value = i.target() != null || i.actual() != null || i.weight() != null || i.score() != null;
            boolean textName = textName(i.name());
            // a number, unit or label read as a name is a misaligned row: it counts against the reading
            s += !textName ? -1 : value ? 2 : 0.5;
        }
        var b = c.budget();
        for (var v : new java.math.BigDecimal[] {b.planned(), b.executed(), b.ratePercent()}) if (v != null) s += 1;
        return s;
    }

    /** The title a line prints, or null ({@link Title}). */
    static String title(String line) {
        return Title.of(line);
    }

    /**
     * Whether the title at line {@code i} is an attached file's name under a table (相关附件：2024年项目支出绩效目标表.xls,
     * h45; 相关附件： and the file's name on the next line, h59): no table's title — taken as one, it named the table
     * printed under it.
     */
    private static boolean attached(List<Line> lines, int i) {
        if (Signature.begins(lines.get(i).text())) return true;
        int j = i - 1;
        while (j >= 0 && lines.get(j).blank()) j--;
        if (j < 0 || !Signature.begins(lines.get(j).text())) return false;
        String label = Cells.clean(lines.get(j).text());
        return label.endsWith("：") || label.endsWith(":");
    }

    private static boolean tableContent(String line) {
        return line.contains("项目名称") || line.contains("名称") && line.contains("转移支付") || line.contains("全年预算数")
                || indicatorHeader(line) || line.contains("部门职责") || line.contains("一级指标") && !LevelWords.inProse(line)
                || line.contains("年度指标值") || line.contains("实施单位");
    }

    private static boolean mentions(List<Line> lines, String word) {
        for (Line l : lines) if (l.text().contains(word)) return true;
        return false;
    }

    private static boolean budgetBlock(String line) {
        return line.contains("项目资金") || line.contains("资金总额");
    }

    /** Whether a line is an indicator header: 三级指标 as a header word, not in a report's sentence ({@link LevelWords}), or 职责序号. */
    static boolean indicatorHeader(String line) {
        return LevelWords.namesIndicator(line) || line.contains("职责序号");
    }

    /** A department's title glued into a line of text (a document viewer's copy: "1、部门整体绩效自评表主管部门…"). */
    private static final Pattern DEPARTMENT_TITLE = Pattern.compile("整体(?:支出)?绩效(自评|目标)表");
    /** Header words only a self-evaluation prints: what was done, spent and scored. */
    private static final Vocabulary.Words SELF_EVALUATION_WORDS = Vocabulary.words(List.of("实际完成", "完成值", "完成情况", "执行数",
            "执行率", "得分", "自评"));

    static String form(String title, List<Line> body) {
        String t = title == null ? "" : title;
        // 整体 (部门整体, a unit's 整体) names a department's table, as does 部门 without 项目
        if (t.contains("整体") || t.contains("部门") && !t.contains("项目")) {
            return t.contains("自评") ? "department-self-evaluation" : "department-targets";
        }
        if (title != null) {
            // 转移支付区域绩效目标表 without 自评 is the Ministry's targets table of a transfer (targets, nothing done: h232)
            boolean transferTargets = t.contains("目标表") && !t.contains("自评");
            if (t.contains("转移支付") && !transferTargets || t.contains("绩效目标自评表")) return "transfer-self-evaluation";
            if (t.contains("自评")) return "project-self-evaluation";
            if (t.contains("绩效目标")) return "project-targets";
        }
        // the body's lines looked at once (was: a pass for each question): an untitled table's department words first
        // (the first line that shows them decides), then 转移支付 in any line, then a word of what was done in any line
        boolean transfer = false, done = false;
        for (Line l : body) {
            String s = l.text();
            if (title == null && s.indexOf('职') >= 0 && (s.contains("职责序号") || s.contains("部门职责") && s.contains("职责目标"))) {
                return "department-targets";
            }
            Matcher m = title != null || s.indexOf('整') < 0 ? null : DEPARTMENT_TITLE.matcher(s);
            if (m != null && m.find()) return m.group(1).equals("自评") ? "department-self-evaluation" : "department-targets";
            transfer = transfer || s.contains("转移支付");
            done = done || SELF_EVALUATION_WORDS.in(s);
            if (title != null && transfer) break; // (a titled table asks no department question)
        }
        if (transfer) return "transfer-self-evaluation";
        // untitled, and no word of what was done: the targets alone
        // (a titled table reaches here only as a 绩效评价指标表: weights and targets, nothing done)
        return done ? "project-self-evaluation" : "project-targets";
    }
}
