package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;

/**
 * The indicator rows of a self-evaluation or project target table. Columns come from the header words after
 * 三级指标; levels from the official labels, carried down over merged cells; cells are fitted to columns by
 * their kind (a target reads as a value) so that glued, collapsed and shifted rows read alike.
 */
final class IndicatorReader {
    private IndicatorReader() {}

    /** LEVEL2 and NAME: a 二级指标 or 三级指标 after the first 三级指标 — the second group (年度) of a row printed as two (中期 | 年度). */
    enum Col { TARGET, ACTUAL, REASON, COMPARATOR, UNIT, WEIGHT, SCORE, DEFINITION, ACTIVITY, LEVEL2, NAME,
        /** 中期指标值 beside 年度指标值: a value the row prints and does not keep (said in a warning) */
        MID_TERM, OTHER }

    /** How many columns there are ({@code Col.values()} copies its array at every call: once per row). */
    private static final int COLS = Col.values().length;

    /** The line reader's column for a header word of the shared vocabulary ({@link HeaderWords#INDICATOR}). */
    static Col col(HeaderWords.Column c) {
        return switch (c) {
            case TARGET -> Col.TARGET;
            case ACTUAL -> Col.ACTUAL;
            case REASON -> Col.REASON;
            case COMPARATOR -> Col.COMPARATOR;
            case UNIT -> Col.UNIT;
            case WEIGHT -> Col.WEIGHT;
            case SCORE -> Col.SCORE;
            case DEFINITION -> Col.DEFINITION;
            case ACTIVITY -> Col.ACTIVITY;
            case LEVEL2 -> Col.LEVEL2;
            case NAME -> Col.NAME;
            case MID_TERM -> Col.MID_TERM;
            default -> Col.OTHER; // a column the line reader keeps no field for (备注, 指标值类型, 评分标准 …) still holds its cells
        };
    }

    private static final List<String> STOPS = List.of("说明", "注:", "注：", "注 :", "填报说明", "打印", "扫一扫", "上一篇", "下一篇",
            "附件", "联系人", "填表人", "单位负责人", "备注:", "备注：", "总分", "合计", "总计",
            "填报人", "联系电话", "来源:", "来源：", "编辑:", "编辑：", "审核:", "审核：", "主办:", "主办：", "主办单位"); // the signature or an article's (a site's) footer

    /** Whether a cell is wholly one bracketed remark ((本表经市财政局审核), （以上指标值经主管部门审核）): no indicator's name. */
    static boolean bracketedNote(String cell) {
        int n = cell.length();
        if (n < 3 || "(（".indexOf(cell.charAt(0)) < 0 || ")）".indexOf(cell.charAt(n - 1)) < 0) return false;
        for (int i = 1; i < n - 1; i++) if ("()（）".indexOf(cell.charAt(i)) >= 0) return false;
        return true;
    }

    /** Columns named after 三级指标 on the header line, in order; the default form when none are named. */
    static List<Col> columns(String header) {
        List<Col> cols = new ArrayList<>();
        words(header, afterNameWord(header), cols);
        return cols;
    }

    /** Where the header words end on the header line: what follows is already row content (flattened tables). */
    static int headerEnd(String header) {
        int from = afterNameWord(header);
        int end = words(header, from, null);
        return end < 0 ? from : end;
    }

    private static int afterNameWord(String header) {
        int from = header.indexOf("三级指标");
        return from < 0 ? 0 : from + 4;
    }

    /** The header words of the shared vocabulary from {@code from} on (their columns into {@code cols}); where the last ends, or -1. */
    private static int words(String header, int from, List<Col> cols) {
        int i = from, end = -1;
        while (i < header.length()) {
            HeaderWords.Word hit = HeaderWords.at(header, i, HeaderWords.INDICATOR);
            if (hit == null) { i++; continue; }
            if (cols != null) cols.add(col(hit.column()));
            i += hit.text().length();
            end = i;
        }
        return end;
    }

    /**
     * The row lines of a table whose header begins with 序号: a line of several cells whose first cell is a row number
     * (1, 2, 12) loses that cell, so that the number is not read into the row's name.
     */
    static List<Line> withoutRowNumbers(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            List<String> cells = l.cells();
            String first = cells.isEmpty() ? "" : cells.get(0);
            boolean number = cells.size() > 1 && DepartmentTargetsReader.seq(first);
            if (!number) { out.add(l); continue; }
            int at = l.text().indexOf(first);
            out.add(new Line(l.no(), l.text().substring(at + first.length()), new ArrayList<>(cells.subList(1, cells.size()))));
        }
        return out;
    }

    /**
     * The row lines of a space-separated table whose header sets its words apart by wide gaps (two spaces or more, as a
     * PDF's or a scan's text does): there a single space between two Han characters is inside a cell (a scan's
     * 受益 群众满意度, h98): such a line is cut at every other run of spaces, that space left out. A header of single
     * spaces (corpus 006) keeps every space a separator, and so does every line without such a space.
     */
    static List<Line> wideGaps(String header, List<Line> lines) {
        if (header.indexOf('\t') >= 0 || header.indexOf('|') >= 0 || !wideOnly(header)) return lines;
        List<Line> out = null;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            String t = l.text();
            if (l.tabbed() || t.indexOf('|') >= 0 || !spaceInWord(t)) continue;
            if (out == null) out = new ArrayList<>(lines);
            out.set(k, new Line(l.no(), t, wideCells(t)));
        }
        return out == null ? lines : out;
    }

    /** Whether the text has several gaps between its words and each is two spaces or more (or an ideographic space). */
    private static boolean wideOnly(String s) {
        int gaps = 0, i = 0, n = s.length();
        while (i < n && Line.isSep(s.charAt(i))) i++;
        while (i < n) {
            while (i < n && !Line.isSep(s.charAt(i))) i++;
            int j = i;
            while (j < n && Line.isSep(s.charAt(j))) j++;
            if (j == n) break;
            if (j - i < 2 && s.charAt(i) != '\u3000') return false;
            gaps++;
            i = j;
        }
        return gaps >= 2;
    }

    /** Whether a single space stands between two Han characters. */
    private static boolean spaceInWord(String s) {
        for (int i = s.indexOf(' ', 1); i > 0 && i < s.length() - 1; i = s.indexOf(' ', i + 1)) {
            if (Cells.han(s.charAt(i - 1)) && Cells.han(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /** The cells between the spaces, where a single space between two Han characters is inside the cell and left out. */
    private static List<String> wideCells(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Line.isSep(c)) { cell.append(c); continue; }
            int j = i;
            while (j < n && Line.isSep(s.charAt(j))) j++;
            boolean inWord = j == i + 1 && c == ' ' && !cell.isEmpty() && j < n && Cells.han(s.charAt(i - 1)) && Cells.han(s.charAt(j));
            if (!inWord && !cell.isEmpty()) { add(out, cell); cell.setLength(0); }
            i = j - 1;
        }
        if (!cell.isEmpty()) add(out, cell);
        return out;
    }

    /** A cell trimmed as {@link Line} trims it (one of only no-break spaces is the empty cell). */
    private static void add(List<String> out, CharSequence cell) {
        String c = Cells.clean(cell.toString());
        out.add(c == null ? "" : c);
    }

    /** Whether a line holds nothing but column header words (a header wrapped onto its own lines). */
    static boolean headerWordsOnly(String line) {
        String t = Cells.clean(line);
        if (t == null) return false;
        int i = 0;
        while (i < t.length()) {
            if (Cells.isSpace(t.charAt(i))) { i++; continue; }
            HeaderWords.Word hit = HeaderWords.at(t, i, HeaderWords.INDICATOR);
            if (hit == null) return false;
            i += hit.text().length();
        }
        return true;
    }

    /**
     * A cell of the rows' stream, with the line it stands on; its level labels (Vocabulary.level1/level2) are looked up
     * once, when first asked: a cell is asked whether it begins a row while the row before is read, and again when it does.
     */
    private static final class Tok {
        private final String text;
        private final int line;
        private final boolean lineStart;
        /** A cell of a line split at its spaces: the spaces inside a cell's own text (PM2.5 平均浓度) split it too. */
        private boolean spaced;
        private String level1, level2;
        private boolean levels;

        Tok(String text, int line, boolean lineStart) { this.text = text; this.line = line; this.lineStart = lineStart; }

        String text() { return text; }
        int line() { return line; }
        boolean lineStart() { return lineStart; }

        String level1() { lookUp(); return level1; }
        String level2() { lookUp(); return level2; }

        private void lookUp() {
            if (levels) return;
            level1 = Vocabulary.level1(text);
            level2 = Vocabulary.level2(text);
            levels = true;
        }
    }

    static boolean stop(String line) {
        // asked of every line: the stop words are looked for where the trimmed text begins, without cutting it out
        int a = 0;
        while (a < line.length() && Cells.isSpace(line.charAt(a))) a++;
        if (STOP_WORDS.at(line, a) != null || Signature.pageChrome(line, a)) return true;
        // a bracketed note under the table (（注：指标值依据…确定）, h215) ends the rows as 注： does
        if (a + 1 < line.length() && (line.charAt(a) == '（' || line.charAt(a) == '(') && line.charAt(a + 1) == '注' && STOP_WORDS.at(line, a + 1) != null) return true;
        // an OCR'd scan or a justified PDF cell spreads a short word over its cell: 总 分, 说  明 (h112)
        return a + 1 < line.length() && Cells.isSpace(line.charAt(a + 1)) && Cells.han(line.charAt(a))
                && STOP_WORDS.at(spacedWord(line, a), 0) != null;
    }

    /** The Han characters from {@code a} that spaces separate, joined (总 分 100 -> 总分; 说 明：… -> 说明：). */
    private static String spacedWord(String line, int a) {
        StringBuilder w = new StringBuilder();
        int i = a, n = line.length();
        while (i < n && Cells.han(line.charAt(i))) {
            w.append(line.charAt(i++));
            if (i < n && !Cells.isSpace(line.charAt(i))) { w.append(line.charAt(i)); break; } // the word goes on unspaced (its colon)
            while (i < n && Cells.isSpace(line.charAt(i))) i++;
        }
        return w.toString();
    }

    private static final Vocabulary.Words STOP_WORDS = Vocabulary.words(STOPS);

    /**
     * Reads rows from the lines after the header. {@code firstRest} is what followed the header words on the
     * header line itself. Returns whether the table ended before a stop marker (cut off).
     */
    static boolean read(List<Col> cols, String firstRest, int headerLine, List<Line> lines, List<Indicator> out,
                        List<ParseWarning> warnings) {
        List<Tok> toks = new ArrayList<>();
        int contentLines = 0, singleLines = 0, longest = 0;
        boolean stopped = false;
        if (firstRest != null && !Cells.isBlank(firstRest)) addLine(toks, new Line(headerLine, firstRest));
        int firstRow = toks.size(); // the cells of the lines below the header: the stream test counts these
        // the rows end at a stop word or a signature line: found once, for the paragraph test and the rows alike
        Line closing = Signature.closing(lines);
        int end = 0;
        boolean rows = false; // a level word read above: a section heading below it is after the rows
        for (int n = lines.size(); end < n; end++) {
            Line l = lines.get(end);
            String t = l.text();
            if (stop(t) || l == closing || Signature.begins(t) || Signature.contact(t) || SelfEvaluationReader.budgetAfterRows(lines, end)) break;
            if (rows && section(lines, end)) break;
            rows = rows || Vocabulary.LEVEL_LABELS.in(t);
        }
        if (end < lines.size()) {
            stopped = true;
            Line l = lines.get(end);
            if (SelfEvaluationReader.budgetAfterRows(lines, end)) warnings.add(ParseWarning.of(l.no(), "指标行之后的预算块: " + l.text().strip(),
                    "a budget block after the indicator rows: " + l.text().strip()));
            else if (rows && section(lines, end)) warnings.add(Signature.sectionWarning(l.no(), l.text()));
            else if (!stop(l.text())) warnings.add(Signature.warning(l.no(), l.text()));
        }
        boolean paragraphs = paragraphs(lines.subList(0, end));
        int emptyRun = 0;
        for (Line l : lines.subList(0, end)) {
            if (l.empty()) { emptyRun++; continue; }
            // one cell per paragraph: one empty line separates cells, each two more are an empty cell left out
            if (paragraphs && !toks.isEmpty()) for (int k = 0; k < (emptyRun - 1) / 2; k++) toks.add(new Tok("", l.no(), true));
            emptyRun = 0;
            // a line of only no-break spaces is an empty cell when cells come one per line; a truly empty line is nothing
            if (l.blank() && l.text().indexOf('\u00a0') < 0 || l.text().contains("三级指标") || isHeaderOnly(l.text())) continue;
            List<String> cells = addLine(toks, l);
            int nonEmpty = 0;
            for (int k = 0; k < cells.size(); k++) if (!cells.get(k).isEmpty()) nonEmpty++;
            if (nonEmpty > 0) contentLines++;
            if (nonEmpty == 1) singleLines++;
            longest = Math.max(longest, nonEmpty);
        }
        // the quantity lines are counted only where the other tests leave the answer to them (rows of several cells never)
        boolean stream = longest > 2 * (cols.size() + 3) || singleLines * 10 >= contentLines * 9 && quantityLines(toks, firstRow) >= 2;
        new Rows(cols, toks, stream, out, warnings, !stopped).run();
        return !stopped;
    }

    /** Whether the line at {@code i} is a numbered section heading over its section's prose ({@link Signature#sectionOver}). */
    private static boolean section(List<Line> lines, int i) {
        if (!Signature.section(lines.get(i).text())) return false;
        int j = i + 1;
        while (j < lines.size() && lines.get(j).blank()) j++;
        return Signature.sectionOver(lines.get(i).text(), j < lines.size() ? lines.get(j).text() : null);
    }

    /**
     * How many lines of one cell that is not empty hold a quantity (2 at most: all the stream test asks for), over the
     * cells from {@code from} on, each line's beginning with its first cell.
     */
    private static int quantityLines(List<Tok> toks, int from) {
        int found = 0;
        for (int i = from; i < toks.size() && found < 2; ) {
            int nonEmpty = 0;
            String first = null;
            int j = i;
            do {
                String t = toks.get(j).text();
                if (!t.isEmpty() && nonEmpty++ == 0) first = t;
                j++;
            } while (j < toks.size() && !toks.get(j).lineStart());
            if (nonEmpty == 1 && Cells.quantityLike(first)) found++;
            i = j;
        }
        return found;
    }

    /** Whether cells come one per paragraph (the rows' lines): nearly every two lines with content have exactly one empty line between. */
    private static boolean paragraphs(List<Line> lines) {
        int gaps = 0, single = 0, run = -1;
        for (Line l : lines) {
            if (l.empty()) { if (run >= 0) run++; continue; }
            if (run >= 0) { gaps++; if (run == 1) single++; }
            run = 0;
        }
        return gaps >= 8 && single * 10 >= gaps * 7;
    }

    private static boolean isHeaderOnly(String s) {
        // asked of every row line: a line with a character no header-only line has (nearly every line, at its first
        // character that is no space) is answered before its text is cut out
        int a = 0;
        while (a < s.length() && Cells.isSpace(s.charAt(a))) a++;
        if (a < s.length() && HEADER_ONLY_CHARS.indexOf(s.charAt(a)) < 0) return false;
        String t = Cells.clean(s);
        // a line of only no-break spaces is an empty cell (one cell per line), not a header line
        if (t == null) return s.indexOf('\u00a0') < 0;
        if (t.equals("绩效指标")) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (HEADER_ONLY_CHARS.indexOf(c) < 0) return false; // the usual case, at once
        }
        String rest = HeaderWords.key(t).replace("一级指标", "").replace("二级指标", "").replace("绩效指标", "")
                .replace("一级", "").replace("二级", "").replace("指标", "");
        return rest.isEmpty();
    }

    private static final String HEADER_ONLY_CHARS = " \t\u000b\f\u00a0一二级绩效指标";

    private static List<String> addLine(List<Tok> toks, Line l) {
        List<String> cells = l.blank() ? List.of("") : l.cells();
        boolean spaced = cells.size() > 1 && !l.tabbed() && l.text().indexOf('|') < 0;
        // (by index: asked of every row line, the cell lists' iterators were allocated each time)
        for (int k = 0; k < cells.size(); k++) {
            Tok t = new Tok(cells.get(k), l.no(), k == 0);
            t.spaced = spaced;
            toks.add(t);
        }
        return cells;
    }

    /** The row automaton over the token stream. */
    private static final class Rows {
        final List<Col> cols;
        final List<Tok> toks;
        final boolean stream;
        final List<Indicator> out;
        final List<ParseWarning> warnings;
        String level1, level2;
        int pos;

        final boolean cutAtEnd;
        /** The columns' facts every row asks (once per table, not per row or per cell): where the target and actual stand,
         *  and which columns the header names more than once. */
        final int ti, ai;
        final boolean hasTarget;
        final boolean[] repeated;

        Rows(List<Col> cols, List<Tok> toks, boolean stream, List<Indicator> out, List<ParseWarning> warnings, boolean cutAtEnd) {
            this.cols = cols; this.toks = toks; this.stream = stream; this.out = out; this.warnings = warnings;
            this.cutAtEnd = cutAtEnd;
            ti = cols.indexOf(Col.TARGET);
            ai = cols.indexOf(Col.ACTUAL);
            hasTarget = ti >= 0;
            repeated = new boolean[cols.size()];
            for (int i = 0; i < cols.size(); i++) {
                Col c = cols.get(i);
                repeated[i] = c != Col.OTHER && cols.indexOf(c) != cols.lastIndexOf(c);
            }
        }

        void run() {
            while (pos < toks.size()) {
                Tok t = toks.get(pos);
                if (t.text().isEmpty() || t.text().equals("指标")) { pos++; continue; }
                if (label()) continue;
                row();
            }
        }

        /** Consumes a level label (possibly glued to the name, or wrapped "产出" + "指标"); false if none here. */
        boolean label() {
            Tok t = toks.get(pos);
            String s = t.text();
            if (s.equals("绩效指标")) { level1 = null; level2 = null; pos++; return true; }
            int rest = wrappedInWord(pos);
            if (rest >= 0) {
                // a label wrapped inside its word (服务对象满 / 意度指标, a PDF's narrow column, h198): the label whole, its
                // rest taken off the next line (whose other cells go on this row's)
                Tok r = toks.get(rest);
                t = new Tok(s + r.text(), t.line(), t.lineStart());
                t.spaced = toks.get(pos).spaced;
                toks.set(pos, t);
                toks.set(rest, new Tok("", r.line(), r.lineStart()));
                s = t.text();
                joinWrappedText(pos, rest);
            }
            // wrapped: 产出 / 指标
            int nx = nextNonEmpty(pos + 1);
            boolean wrapped = nx >= 0 && toks.get(nx).text().equals("指标");
            String l1 = t.level1(), l2 = t.level2();
            if (wrapped && (l1 != null || l2 != null)) {
                toks.set(nx, new Tok("", toks.get(nx).line(), toks.get(nx).lineStart()));
            }
            // a level word printed bare (服务对象满意度, 满意度) is the row's name where a label cannot stand: right after
            // its own full label or a label under it (服务对象满意度指标 | 服务对象满意度), or with a value right after it
            // (a label is followed by a name) — the names of satisfaction rows often are these words
            if ((l1 != null || l2 != null) && !wrapped && !s.endsWith("指标")
                    && (previousLabelCovers(l1, l2) || nx >= 0 && looksLikeTarget(toks.get(nx).text()))) {
                return false;
            }
            // a 成本 child label (社会成本指标 …) that the row's cells show to be the row's name is the name (see childIsName)
            if (l1 == null && l2 != null && !"成本指标".equals(l2) && "成本指标".equals(Vocabulary.LEVEL2.get(l2)) && childIsName(pos)) {
                return false;
            }
            if (l1 != null || l2 != null) {
                apply(l1, l2, nx);
                pos++;
                return true;
            }
            // glued: 数量指标召开医保新闻发布会… (s is no level label itself here: the label it begins with is shorter)
            String lab = Vocabulary.LEVEL_LABELS.at(s, 0);
            if (lab == null || s.length() <= lab.length()) return false;
            toks.set(pos, new Tok(s.substring(lab.length()), t.line(), t.lineStart()));
            apply(Vocabulary.level1(lab), Vocabulary.level2(lab), pos);
            return true;
        }

        /**
         * The token that ends the level label the one at {@code at} begins, cut inside its word by the line's end: the
         * first cell of the next line not taken yet (the cells before it there empty, or the tails of the labels before
         * this one on its line) when the two joined are a label; -1 otherwise. A label that is one already (满意度, 效益)
         * or a bare 指标 joins only a line of nothing but such tails (满意度 | 服务对象满意 over 指标 | 度指标, h227).
         */
        private int wrappedInWord(int at) {
            Tok t = toks.get(at);
            String s = t.text();
            // (asked at every row's first cells: a label's piece is short words, and no label ending 指标 itself)
            if (!t.lineStart() && at > 0 && toks.get(at - 1).line() == t.line() && !toks.get(at - 1).text().isEmpty() && !isLevelTok(at - 1)) return -1;
            if (s.length() < 2 || s.length() > 8 || s.endsWith("指标") || Cells.hasDigit(s)) return -1;
            int i = at + 1;
            while (i < toks.size() && toks.get(i).line() == t.line()) i++;
            while (i < toks.size() && toks.get(i).text().isEmpty()) i++;
            if (i >= toks.size()) return -1;
            Tok r = toks.get(i);
            String rt = r.text();
            if (!rt.endsWith("指标") || rt.length() > 8) return -1;
            // (the cells before the rest on its line are empty: passed over above)
            if ((rt.length() == 2 || isLevelTok(at) || !r.lineStart()) && !tailsOnly(i)) return -1;
            if (isLevelTok(i)) return -1;
            String joined = s + rt;
            return Vocabulary.level1(joined) != null || Vocabulary.level2(joined) != null ? i : -1;
        }

        /** Whether the line of the cell at {@code from}, from there on, holds nothing but labels' tails: short words ending 指标. */
        private boolean tailsOnly(int from) {
            int line = toks.get(from).line();
            for (int j = from; j < toks.size() && toks.get(j).line() == line; j++) {
                String x = toks.get(j).text();
                if (!x.isEmpty() && (!x.endsWith("指标") || x.length() > 8 || Cells.hasDigit(x))) return false;
            }
            return true;
        }

        /**
         * The one other cell on the line a label's rest was taken from ({@code rest}), under a row whose last cell is
         * words (…流程说明不够清晰，已 / 优化预约页面并增设咨询电话, h198): the rest of that cell, wrapped with the label —
         * joined to it, not read as a row of its own. Left as it is when the row ends with a figure or the line holds more.
         */
        private void joinWrappedText(int at, int rest) {
            int line = toks.get(at).line(), last = -1, other = -1;
            for (int j = at + 1; j < rest; j++) if (toks.get(j).line() == line && !toks.get(j).text().isEmpty()) last = j;
            for (int j = rest + 1; j < toks.size() && toks.get(j).line() == toks.get(rest).line(); j++) {
                if (toks.get(j).text().isEmpty()) continue;
                if (other >= 0) return;
                other = j;
            }
            // a line of labels' tails (指标 | 度指标) holds no wrapped text: each tail joins its own label
            if (last < 0 || other < 0 || tailsOnly(rest)) return;
            String words = toks.get(last).text();
            if (looksLikeTarget(words) || number(words) != null || Cells.hasDigit(toks.get(other).text()) && looksLikeTarget(toks.get(other).text())) return;
            Tok w = toks.get(last), o = toks.get(other);
            Tok joined = new Tok(words + o.text(), w.line(), w.lineStart());
            joined.spaced = w.spaced;
            toks.set(last, joined);
            toks.set(other, new Tok("", o.line(), o.lineStart()));
        }

        private boolean isLevelTok(int i) { return toks.get(i).level1() != null || toks.get(i).level2() != null; }

        private void apply(String l1, String l2, int next) {
            if ("成本指标".equals(l1) && l2 != null) {
                // 2021 tree: 成本指标 is a first level when a 成本 child follows; else the 2020 second level under 产出.
                String after = next >= 0 ? toks.get(next).text() : "";
                String afterL2 = Vocabulary.level2(after);
                boolean child = afterL2 != null && "成本指标".equals(Vocabulary.LEVEL2.get(afterL2))
                        || after.startsWith("经济成本") || after.startsWith("社会成本") || after.startsWith("生态环境成本");
                // ... unless the row's cells fit better with that child as the row's name (an indicator named 社会成本指标
                // under the 2020 成本指标): the choice of reading counts the row's cells against the columns
                if (child && childIsName(next)) child = false;
                if (child) { level1 = l1; level2 = null; return; }
                l1 = null;
            }
            if (l1 != null && l2 == null) { level1 = l1; level2 = null; return; }
            if (l1 != null && !l1.equals("成本指标") && Vocabulary.LEVEL2.containsKey(l2) && l2.length() > l1.length()) l1 = null;
            if (l2 != null) {
                level2 = l2;
                String parent = Vocabulary.LEVEL2.get(l2);
                if (level1 == null || !level1.equals(parent) && !("成本指标".equals(l2) && "产出指标".equals(level1))) level1 = parent;
            }
        }

        /**
         * Whether the cell at {@code at}, which reads as a 成本 child label (经济成本/社会成本…), is rather the row's name:
         * the cells after it up to the next row fit the columns better as the row's values (the 2020 tree: 成本指标 |
         * name | values) than as a name and values (the 2021 tree: 成本指标 | child | name | values). Each cell is weighed
         * by its kind against its column (a figure in a target column, a sentence in a definition column …).
         */
        private boolean childIsName(int at) {
            if (at < 0) return false;
            List<String> row = new ArrayList<>();
            for (int i = at + 1; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (!stream && t.lineStart()) break;
                if (!t.text().isEmpty() && startsRow(i)) break;
                if (row.size() > cols.size() + 1) break;
                row.add(t.text());
            }
            int asName = fitScore(row), asLabel = fitScore(row.isEmpty() ? row : row.subList(1, row.size()));
            return asName > asLabel;
        }

        /** How well cells placed in the columns in order fit them by kind: +1 a cell of its column's kind, −1 one that is not, or one beyond the columns. */
        private int fitScore(List<String> values) {
            int score = 0;
            for (int i = 0; i < values.size(); i++) {
                String v = Cells.clean(values.get(i));
                if (v == null) continue;
                if (i >= cols.size()) { score--; continue; }
                boolean figure = looksLikeTarget(v);
                score += switch (cols.get(i)) {
                    case TARGET, ACTUAL, MID_TERM -> figure ? 1 : v.length() > 20 ? -1 : 0;
                    case UNIT -> org.jixiao.measure.Units.readAfterNumber(v) ? 1 : -1;
                    case WEIGHT, SCORE -> number(v) != null ? 1 : -1;
                    case COMPARATOR -> Cells.comparatorAt(v, 0) == v.length() ? 1 : 0;
                    case DEFINITION, REASON, ACTIVITY -> figure ? -1 : v.length() >= 6 ? 1 : 0;
                    case LEVEL2, NAME, OTHER -> 0;
                };
            }
            return score;
        }

        /**
         * Whether the cell before the current one (empty cells passed over) is a full label naming the level {@code l2}
         * (or, for a first level {@code l1}, a second level under it): a level is not printed again below itself in a row.
         */
        private boolean previousLabelCovers(String l1, String l2) {
            for (int i = pos - 1; i >= 0; i--) {
                String t = toks.get(i).text();
                if (t.isEmpty()) continue;
                String p2 = t.endsWith("指标") ? Vocabulary.level2(t) : null;
                if (p2 == null) return false;
                return p2.equals(l2) || l2 == null && l1 != null && l1.equals(Vocabulary.LEVEL2.get(p2));
            }
            return false;
        }

        private int nextNonEmpty(int from) {
            for (int i = from; i < toks.size(); i++) if (!toks.get(i).text().isEmpty()) return i;
            return -1;
        }

        void row() {
            Tok nameTok = toks.get(pos);
            pos++;
            List<String> rest = new ArrayList<>(cols.size() + 1); // (a row holds about a cell per column: no list of ten)
            if (stream) {
                while (rest.size() < cols.size() && pos < toks.size()) {
                    Tok t = toks.get(pos);
                    if (!t.text().isEmpty() && secondGroup(rest, t)) { rest.add(t.text()); pos++; continue; }
                    // the second group's level cell merged (not printed): the text here is its name
                    if (!t.text().isEmpty() && cols.get(rest.size()) == Col.LEVEL2 && !startsRow(pos) && !looksLikeTarget(t.text())) rest.add("");
                    if (!t.text().isEmpty() && startsRow(pos)) break;
                    if (!t.text().isEmpty() && cols.get(rest.size()) == Col.REASON && rest.size() == cols.size() - 1
                            && pos + 1 < toks.size() && looksLikeTarget(toks.get(pos + 1).text())) break;
                    rest.add(t.text());
                    pos++;
                }
            } else {
                while (pos < toks.size() && !toks.get(pos).lineStart()) {
                    rest.add(toks.get(pos).text());
                    pos++;
                }
            }
            lastLine = toks.get(pos - 1).line();
            fit(nameTok, rest);
        }

        /**
         * Whether a cell that would begin a row is the second group's level cell of the row being read (a row printed as
         * 中期 and 年度 groups one cell per line, h164: 数量指标 / 开发公益性岗位数量 / ≥4500个 / 数量指标 / 开发公益性岗位数量 /
         * ≥1500个): the row's own level label where the header names a 二级指标 column after its first group.
         */
        private boolean secondGroup(List<String> rest, Tok t) {
            return rest.size() > 0 && cols.get(rest.size()) == Col.LEVEL2 && level2 != null && level2.equals(t.level2());
        }

        private boolean startsRow(int i) {
            Tok t = toks.get(i);
            return t.level1() != null || t.level2() != null || Vocabulary.LEVEL_LABELS.at(t.text(), 0) != null;
        }

        private boolean looksLikeTarget(String s) {
            return Cells.quantityLike(s) || s.length() > 0 && Cells.comparatorAt(s, 0) > 0;
        }

        /** Places a row's cells ({@code cells}: a list of the row's own, changed here) under the columns. */
        void fit(Tok nameTok, List<String> cells) {
            String name = nameTok.text();
            if (Signature.closes(name, cells)) {
                // the office that issued the document with its date (…办公室　2024年3月20日印发, h187), or a 抄送 line: the
                // document's closing lines, wherever they stand — the date is no target
                closingNote(nameTok, name);
                return;
            }
            while (cells.size() > cols.size() && !cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            int nonEmpty = 0;
            for (String c : cells) if (!c.isEmpty()) nonEmpty++;
            if (nonEmpty == 0 || cells.size() < cols.size() && ti >= 0 && (cells.isEmpty() || cells.get(0).isEmpty())) {
                String[] g = Cells.splitGlued(name);
                if (g != null && !g[0].isEmpty() && g[2] == null && nonEmpty == 0 && cutAtEnd && pos >= toks.size()) {
                    // the text stops right after this cell: a figure ending it (…收入达到5亿元) may be part of a long
                    // name as well as a target glued to it; the row is returned as visible, the figure not read as one
                    warnings.add(ParseWarning.of(nameTok.line(), "文本在此单元格后中断,其末尾的数值未作为指标值读取: " + g[1],
                            "the text stops after this cell; the figure ending it is not read as a target: " + g[1]));
                    g = null;
                }
                if (g != null && !g[0].isEmpty()) {
                    name = g[0];
                    List<String> values = new ArrayList<>();
                    values.add(g[1]);
                    if (ai >= 0) values.add(g[2] == null ? "" : g[2]);
                    // the glued values take the target and actual columns; other columns keep their own cells
                    List<String> merged = new ArrayList<>();
                    for (int c = 0, v = 0, r = 0; c < cols.size(); c++) {
                        Col col = cols.get(c);
                        if ((col == Col.TARGET || col == Col.ACTUAL) && v < values.size()) merged.add(values.get(v++));
                        else merged.add(r < cells.size() ? cells.get(r++) : "");
                    }
                    cells = merged;
                }
            }
            if (cells.size() < cols.size()) {
                List<String> expanded = new ArrayList<>();
                for (String c : cells) {
                    if (expanded.size() + (cells.size() - cells.indexOf(c)) >= cols.size() + 1) { expanded.add(c); continue; }
                    expanded.addAll(c.isEmpty() ? List.of(c) : Cells.splitValues(c));
                }
                // a split that leaves a cell its column cannot hold (2023年10月 -> 2023年 | 10月, 10月 under 分值) is no split:
                // the cells as printed fit better, and no piece of a cell is lost in a column that keeps no text
                int printed = fitScore(cells), best = printed;
                List<String> asPrinted = cells;
                if (expanded.size() <= cols.size() && fitScore(expanded) >= printed) { cells = expanded; best = fitScore(expanded); }
                // a row of space cells prints no empty cell (an empty 得分 before a reason shifts the reason under 得分): a
                // column left empty where the cells then fit their columns better by kind than as printed, and no worse
                // than split (its cells kept whole)
                if (!stream && nameTok.spaced) {
                    List<String> gapped = withGap(asPrinted, printed);
                    if (gapped != null && fitScore(gapped) >= best) { cells = gapped; best = fitScore(gapped); }
                    else if (cells == expanded && expanded.size() < cols.size() && (gapped = withGap(expanded, best)) != null) cells = gapped;
                }
            }
            int first = -1;
            for (int i = 0; i < cells.size() && first < 0; i++) if (looksLikeTarget(cells.get(i))) first = i;
            int targetAt = Math.max(0, ti);
            // the cells before the first target-like one are the name's: where the row has more cells than columns, or
            // — a name with a space in it, split there with the row's cells (PM2.5 平均浓度 | ≤38微克/立方米 | 36微克/立方米 |
            // 20 | 20) — where they hold no figure and the row's cells then fit their columns better (平均浓度 read as the
            // target shifted every cell after it by one)
            boolean spacedName = !stream && nameTok.spaced && hasTarget && first > targetAt && cells.size() <= cols.size()
                    && wordsOnly(cells.subList(0, first - targetAt))
                    && fitScore(cells.subList(first - targetAt, cells.size())) > fitScore(cells);
            if (spacedName || cells.size() > cols.size() && first > targetAt) {
                List<String> nameParts = new ArrayList<>();
                nameParts.add(name);
                nameParts.addAll(cells.subList(0, first - targetAt));
                name = Cells.joinPieces(nameParts);
                cells = new ArrayList<>(cells.subList(first - targetAt, cells.size()));
            }
            if (cells.size() > cols.size()) {
                List<String> tail = new ArrayList<>(cells.subList(cols.size() - 1, cells.size()));
                cells = new ArrayList<>(cells.subList(0, cols.size() - 1));
                cells.add(Cells.joinPieces(tail) == null ? "" : Cells.joinPieces(tail));
            }
            String[] v = new String[COLS];
            for (int i = 0; i < cols.size() && i < cells.size(); i++) {
                Col c = cols.get(i);
                String cell = Cells.clean(cells.get(i));
                // a column the header names twice (the 中期 and 年度 groups of one row, 二级|三级|指标值 printed twice): the
                // later group's cell, when it has one — the year's value, as the grid reads it (GridTableReader.later)
                if (v[c.ordinal()] == null || repeated[i] && cell != null) {
                    if (v[c.ordinal()] != null && !v[c.ordinal()].equals(cell)) midTermCell(nameTok, v[c.ordinal()]);
                    v[c.ordinal()] = cell;
                }
            }
            // the row takes the year's group's name with the year's target (中期 累计举办科普宣传活动 ≥90场, 年度 举办科普宣传活动
            // ≥30场, h188), the first group's said — unless the text stops in this row: the year's name may be cut off
            // inside it, and the first group's is kept, the second's said
            String yearName = v[Col.NAME.ordinal()];
            if (yearName != null && !yearName.equals(name)) {
                boolean cut = cutAtEnd && pos >= toks.size();
                midTermCell(nameTok, cut ? yearName : name);
                if (!cut) name = yearName;
            }
            String target = v[Col.TARGET.ordinal()];
            // the 中期 value of a row whose 中期 and 年度 values are two columns (中期指标值 | 年度指标值, h177): the year's is
            // the target, as the grid reads it; the 中期 value is no actual, said where it is not the target's own text
            String midTerm = v[Col.MID_TERM.ordinal()];
            if (midTerm != null && !midTerm.equals(target)) midTermCell(nameTok, midTerm);
            String cmp = v[Col.COMPARATOR.ordinal()];
            String unit = v[Col.UNIT.ordinal()];
            if (target != null && cmp != null && !cmp.contains("定性") && Cells.comparatorAt(target, 0) == 0) target = cmp + target;
            if (target != null && unit != null && !target.endsWith(unit) && Cells.isDigit(target.charAt(target.length() - 1))) {
                target = target + unit;
            }
            if (name == null || name.isEmpty()) return;
            if (target == null && v[Col.ACTUAL.ordinal()] == null && hasTarget && cutAtEnd && pos >= toks.size()
                    && !GridTableReader.labelPrefix(name)) {
                if (bracketedNote(name) || Signature.date(name)) {
                    // a note wholly in brackets after the last row (（本表经…审核）), or a date alone on the last line (the
                    // signature's, its signer not told): neither can begin a row; it closes the table
                    closingNote(nameTok, name);
                    return;
                }
                // the document stops inside this row: it is returned with what is visible
                warnings.add(ParseWarning.of(nameTok.line(), "表格在此行中断,只保留可见部分: " + abbreviate(name),
                        "the table is cut off in this row; only what is visible is kept: " + abbreviate(name)));
                // its visible 分值/得分 (or other cells) stay: a truncated row keeps what is visible
                out.add(Indicator.builder().level1(level1).level2(level2).name(name).weight(number(v[Col.WEIGHT.ordinal()]))
                        .score(number(v[Col.SCORE.ordinal()])).reason(v[Col.REASON.ordinal()])
                        .definition(v[Col.DEFINITION.ordinal()]).activity(v[Col.ACTIVITY.ordinal()]).build());
                return;
            }
            // a row with its 分值 or 得分 (or its 中期 value) printed is a row, even with its value cells empty (each read once,
            // for this and the row)
            BigDecimal weight = number(v[Col.WEIGHT.ordinal()]), score = number(v[Col.SCORE.ordinal()]);
            boolean numbers = weight != null || score != null || midTerm != null;
            notAScore(nameTok, v[Col.WEIGHT.ordinal()], weight);
            notAScore(nameTok, v[Col.SCORE.ordinal()], score);
            if (target == null && v[Col.ACTUAL.ordinal()] == null && hasTarget && !numbers && wrapsName(nameTok, name, cells)) {
                return;
            }
            if (target == null && v[Col.ACTUAL.ordinal()] == null && hasTarget && !numbers) {
                warnings.add(ParseWarning.of(nameTok.line(), "无法识别的行，已跳过: " + abbreviate(name),
                        "unrecognised line skipped: " + abbreviate(name)));
                return;
            }
            out.add(Indicator.builder().level1(level1).level2(level2).name(name).target(target)
                    .actual(v[Col.ACTUAL.ordinal()]).weight(weight)
                    .score(score).reason(v[Col.REASON.ordinal()])
                    .definition(v[Col.DEFINITION.ordinal()]).activity(v[Col.ACTIVITY.ordinal()]).build());
            lastRow = out.size() - 1;
            lastRowLine = lastLine;
        }

        /**
         * The cells with one empty cell put in after the target and actual (where 得分 or 分值 is left empty) where they fit
         * their columns best, better than {@code than}; null if nowhere. (A value is never moved out of the target.)
         */
        private List<String> withGap(List<String> cells, int than) {
            List<String> best = null;
            int bestScore = than;
            // (from the last place back: of equal fits, the later column is the one left empty — 分值 is printed where
            // 得分 is not)
            for (int at = cells.size(); at > Math.max(ti, ai); at--) {
                List<String> g = new ArrayList<>(cells.size() + 1);
                g.addAll(cells.subList(0, at));
                g.add("");
                g.addAll(cells.subList(at, cells.size()));
                int score = fitScore(g);
                if (score > bestScore) { best = g; bestScore = score; }
            }
            return best;
        }

        /** Cells without a figure: a date or an amount before the first target-like cell (2023年10月底前) is a value. */
        private static boolean wordsOnly(List<String> cells) {
            for (String c : cells) if (c.isEmpty() || Cells.hasDigit(c)) return false;
            return true;
        }

        private void closingNote(Tok nameTok, String name) {
            warnings.add(ParseWarning.of(nameTok.line(), "表格末行后的注释或落款，未作为指标行读取: " + abbreviate(name),
                    "a note or signature after the table's last row is not read as a row: " + abbreviate(name)));
        }

        /** A cell under 分值 or 得分 that is no number (36微克/立方米, a row's cells shifted) is said, not dropped silently. */
        private void notAScore(Tok nameTok, String cell, BigDecimal read) {
            if (cell == null || read != null || BudgetRow.notApplicable(cell)) return;
            warnings.add(ParseWarning.of(nameTok.line(), "分值或得分列中的单元格不是数字,未读取: " + abbreviate(cell),
                    "a cell under the weight or score column is no number and is not read: " + abbreviate(cell)));
        }

        /**
         * A cell of a row printed as two groups (中期 | 年度) that the row does not keep — the 中期 value the year's stands
         * for, or the year's name where it differs from the row's: said, not dropped silently.
         */
        private void midTermCell(Tok nameTok, String cell) {
            warnings.add(IndicatorReader.midTermCell(nameTok.line(), cell));
        }

        /** The index in {@code out} of the last row read from one line of its own, and the line it ends on (-1: none). */
        int lastRow = -1, lastRowLine = -1, lastLine = -1;

        /**
         * The beginning of a level label (质量指, 效, 社会效): where a text stops inside the next row's label, that is a cut,
         * not the row's name wrapped onto a second line.
         */
        private static boolean levelLabelBeginning(String s) {
            for (String l : Vocabulary.LEVEL1) if (l.startsWith(s)) return true;
            for (String l : Vocabulary.LEVEL2.keySet()) if (l.startsWith(s)) return true;
            return false;
        }

        /**
         * A line holding one short text alone, right under a row read whole from its own line, is that row's 三级指标 name
         * wrapped onto a second line (a PDF or Word cell too narrow for it): it continues the name, said in a warning.
         * Only where rows come one per line; a label, a figure or a sentence is no wrapped name.
         */
        private boolean wrapsName(Tok nameTok, String name, List<String> cells) {
            if (stream || !nameTok.lineStart() || lastRow < 0 || lastRow != out.size() - 1 || nameTok.line() != lastRowLine + 1) return false;
            for (String c : cells) if (!c.isEmpty()) return false;
            if (name.length() > 12 || looksLikeTarget(name) || Levels.level(name) != null || Vocabulary.level1(name) != null
                    || Vocabulary.level2(name) != null || Cells.isDigit(name.charAt(0)) || levelLabelBeginning(name)) return false;
            Indicator prev = out.get(lastRow);
            String joined = Cells.joinPieces(List.of(prev.name(), name));
            out.set(lastRow, prev.toBuilder().name(joined).build());
            lastRowLine = nameTok.line();
            warnings.add(ParseWarning.of(nameTok.line(), "单独一行的短文字接在上一行的三级指标名称之后(名称折行): " + name,
                    "a short text alone on its line continues the name of the row above (a wrapped name): " + name));
            return true;
        }
    }

    /** The warning for a cell of a row's 中期 group (or 中期 column) that the row does not keep: the line reader's and the grid's. */
    static ParseWarning midTermCell(int line, String cell) {
        return ParseWarning.of(line, "中期与年度两组单元格,读一组,未读: " + abbreviate(cell),
                "a row printed as mid-term and annual groups: one group's cell is read, this one is not: " + abbreviate(cell));
    }

    static String abbreviate(String s) { return s.length() > 30 ? s.substring(0, 30) + "…" : s; }

    static BigDecimal number(String s) {
        if (s == null) return null;
        String t = s.replace("分", "").trim();
        if (t.isEmpty() || !Cells.isDigit(t.charAt(t.length() - 1)) && t.charAt(t.length() - 1) != '.') return null; // text: no exception
        try { return new BigDecimal(t); } catch (NumberFormatException e) { return null; }
    }
}
