package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.References;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The property of issue 10: every seed and corpus table (its hand-checked expectation), re-rendered in each separator
 * style — pipe rows, one cell per line, one cell per paragraph, space-separated rows — reads back as the same table,
 * and cut at random places (seeded java.util.Random) reads back as the part before the cut; no output character is
 * absent from the input.
 *
 * <p>What is rendered: the title, the header fields, the budget block, the indicator header and rows, as the official
 * forms print them. A level label (and a department's duty and goal) stands only in the first row it covers, as a
 * merged cell copied from a web page does; an empty cell is a no-break space, as a web page renders {@code &nbsp;}.
 * Rows the expectation marks as truncated or optional are artefacts of the excerpt, not of the table, and are left
 * out; a 部门职责 written with its number ("1 推进…") is printed as 职责序号 and 部门职责, as the form does.
 *
 * <p>"The same table": the rows in order with equal level1 (where printed), level2, name, target, actual, weight,
 * score, reason and definition (department tables: duty, goal, content, activity and references too), and the budget
 * figures. A level word the vocabulary does not know (011's 制度指标) is no label to the reader — in a row of spaces or
 * one cell per line it cannot be told from the first piece of a name, and levels are read by their words so that a stray
 * cell is never taken for one — so it is rendered as an empty cell and not compared. Text is compared as parse-score.py compares it: without whitespace, full-width ASCII folded. One rendering
 * is ambiguous by nature: in a space-separated row a space inside a cell cannot be told from the space between two
 * cells, so that rendering writes each cell without its inner spaces — which that comparison does not see.
 *
 * <p>"Minus what was cut": every row printed wholly before the cut reads exactly, in order; the row the cut falls in
 * may be missing or returned with what is visible (nothing invented: every character is in the input); a budget
 * figure cut inside its digits may be missing or read as the digits visible; no other row appears. Which column each
 * visible cell of that last row lands in is asserted when the reader keeps the row: each field holds its own cell's
 * text or the beginning of it, or nothing; when the reader drops a row of which some text is visible, a warning names
 * its line or one after it.
 */
class ReRenderedTablesTest {

    enum Style { PIPES, LINES, PARAGRAPHS, SPACES, TABS }

    private static final String NBSP = "\u00a0";

    /** A rendered document and where each indicator row ends in it. */
    record Rendering(String text, List<Integer> rowStarts, List<Integer> rowEnds, int budgetEnd) {}

    @Test
    void everyTableReadsTheSameInEverySeparatorStyle() throws IOException {
        readBackWhole(sources());
    }

    /** Each table rendered whole in every style reads back as the same table, nothing in it absent from the text. */
    private static void readBackWhole(List<Source> sources) {
        List<String> failures = new ArrayList<>();
        for (Source s : sources) {
            for (Style style : Style.values()) {
                Rendering r = render(s.table(), style);
                ParsedDocument doc = TextParser.parse(r.text(), s.name());
                String why = same(s.table(), doc, r.text().length(), r);
                if (why != null) failures.add(s.name() + " " + style + ": " + why + DETAIL + r.text());
                NeverInventTest.assertNothingInvented(s.name() + " " + style, r.text());
            }
        }
        assertThat(failures).as(report(failures)).isEmpty();
    }

    /**
     * The same property on the held-out tables (230 documents written blind, h01–h230): each re-rendered whole in every
     * style reads back as the same table. Their department tables print 部门职责 beside the level columns (h162, h185):
     * rendered so in every style, a row under merged duty and level cells beginning with its name.
     */
    @Test
    void everyHeldOutTableReadsTheSameInEverySeparatorStyle() throws IOException {
        List<Source> sources = sources("heldout/expected");
        assertThat(sources).hasSizeGreaterThanOrEqualTo(200);
        readBackWhole(sources);
    }

    @Test
    void everyTableCutAtRandomReadsAsItsVisiblePart() throws IOException {
        Random random = new Random(20261204L);
        // the tab style (added later) draws its cuts from its own sequence, so that the other styles keep their cuts
        Random tabs = new Random(20261205L);
        List<String> failures = new ArrayList<>();
        java.util.Set<String> knownSeen = new java.util.TreeSet<>();
        for (Source s : sources()) {
            for (Style style : Style.values()) {
                Rendering r = render(s.table(), style);
                for (int k = 0; k < 8; k++) {
                    int cut = (style == Style.TABS ? tabs : random).nextInt(r.text().length() + 1);
                    String text = r.text().substring(0, cut);
                    ParsedDocument doc = TextParser.parse(text, s.name());
                    String why = same(s.table(), doc, cut, r);
                    String key = s.name() + " " + style + " " + cut;
                    if (why != null && why.contains(", cut: ") && KNOWN.containsKey(key)) knownSeen.add(key);
                    else if (why != null) failures.add(s.name() + " " + style + " cut at " + cut + ": " + why + DETAIL + text);
                    NeverInventTest.assertNothingInvented(s.name() + " " + style + " cut at " + cut, text);
                }
            }
        }
        assertThat(failures).as(report(failures)).isEmpty();
        // the known misplacements are still there, each of them: one the reader now reads right leaves the list
        assertThat(knownSeen).as("known misplaced cut rows that no longer fail: remove them from KNOWN").isEqualTo(KNOWN.keySet());
    }

    /**
     * Cut renderings whose partly printed last row the reader still misplaces (issue 10, open), by class, so that none
     * is passed over silently: the test fails on any other failure, and on one of these that no longer fails.
     */
    static final java.util.SortedMap<String, String> KNOWN = new java.util.TreeMap<>();
    static {
    }

    static final String DETAIL = "\n--- input:\n";

    /** Each failure on one line, then the input of the first three. */
    static String report(List<String> failures) {
        StringBuilder sb = new StringBuilder(failures.size() + " renderings not read back:\n");
        for (String f : failures) sb.append("* ").append(f, 0, f.indexOf(DETAIL)).append('\n');
        for (String f : failures.subList(0, Math.min(3, failures.size()))) sb.append("\n").append(f).append("\n");
        return sb.toString();
    }

    // ---- the sources: every expected table with indicator rows ----

    record Source(String name, JsonNode table) {}

    static List<Source> sources() throws IOException {
        List<Source> out = sources("corpus/expected", "seeds/expected");
        assertThat(out).hasSizeGreaterThanOrEqualTo(15);
        return out;
    }

    /** The tables with rows of the expectations in {@code dirs} (a test resource directory each), in file order. */
    static List<Source> sources(String... dirs) throws IOException {
        List<Source> out = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> files = Files.list(CorpusScoreTest.dir(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode e = CorpusScoreTest.MAPPER.readTree(Files.readString(f));
                    List<JsonNode> tables = new ArrayList<>();
                    if (e.has("tables")) e.get("tables").forEach(tables::add); else tables.add(e);
                    for (JsonNode t : tables) if (!rows(t).isEmpty()) out.add(new Source(f.getFileName().toString(), t));
                }
            }
        }
        return out;
    }

    /** The rows of the table, without those the excerpt cut off or that a reader may skip. */
    static List<JsonNode> rows(JsonNode table) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode i : table.path("indicators")) {
            if (i.path("truncated").asBoolean(false) || i.path("optional").asBoolean(false)) continue;
            out.add(i);
        }
        return out;
    }

    // ---- rendering ----

    private enum Col {
        LEVEL1("一级指标", "level1"), LEVEL2("二级指标", "level2"), SEQ("职责序号", null), DUTY("部门职责", "duty"),
        GOAL("职责目标", "dutyGoal"), CONTENT("目标内容", "goalContent"), NAME("三级指标", "name"),
        DEFINITION("指标解释", "definition"), TARGET("年度指标值", "target"), ACTUAL("全年完成值", "actual"), WEIGHT("分值", "weight"),
        SCORE("得分", "score"), REASON("未完成原因和改进措施", "reason"), PLANNED("规划值", "planned"), STANDARD("当年标准值", "standard"),
        SSRC("来源", "standardSource"), AVG3("前三年均值", "threeYearAverage"), LAST("上年值", "lastYear"), HSRC("来源", "historySource"),
        ACTIVITY("工作活动", "activity");

        final String header, field;

        Col(String header, String field) { this.header = header; this.field = field; }

        boolean reference() { return ordinal() >= PLANNED.ordinal() && ordinal() <= HSRC.ordinal(); }

        /** Printed once for the rows it covers (a merged cell). */
        boolean merged() { return this == LEVEL1 || this == LEVEL2 || this == SEQ || this == DUTY || this == GOAL || this == CONTENT; }

        String of(JsonNode row) {
            if (this == SEQ || this == DUTY) {
                String d = CorpusScoreTest.text(row.get("duty"));
                String[] parts = splitDuty(d);
                return this == SEQ ? parts[0] : parts[1];
            }
            JsonNode n = reference() ? row.path("references").get(field) : row.get(field);
            String v = CorpusScoreTest.text(n);
            // a level word outside the vocabulary is no label to the reader: rendered as an empty cell (see the class comment)
            return (this == LEVEL1 || this == LEVEL2) && v != null && Levels.level(v) == null ? null : v;
        }
    }

    /** "1 推进医保支付方式改革" → {"1", "推进医保支付方式改革"}; a duty without a number → {null, duty}. */
    static String[] splitDuty(String duty) {
        if (duty == null) return new String[] {null, null};
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,3}) (.+)$").matcher(duty);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {null, duty};
    }

    /**
     * The columns some row has a value in (and the name's): a department table's 部门职责 beside the level columns when its
     * rows have levels (h162: 部门职责 | 一级指标 | 二级指标 | 三级指标 …), without them when they have none (Linyi's).
     */
    static List<Col> columns(List<JsonNode> rows) {
        List<Col> out = new ArrayList<>();
        for (Col c : Col.values()) {
            if (c == Col.NAME || rows.stream().anyMatch(r -> c.of(r) != null)) out.add(c);
        }
        // a duty covers its level groups: printed before them, as the forms print it
        List<Col> duty = out.stream().filter(c -> c == Col.SEQ || c == Col.DUTY || c == Col.GOAL || c == Col.CONTENT).toList();
        if (!duty.isEmpty() && (out.contains(Col.LEVEL1) || out.contains(Col.LEVEL2))) {
            out.removeAll(duty);
            out.addAll(0, duty);
        }
        return out;
    }

    static Rendering render(JsonNode table, Style style) { return render(table, style, Print.PLAIN); }

    /**
     * How an exported or retyped table prints the same content (PrintedVariantsTest): a 序号 column before the levels
     * (Excel and WPS exports), 分值 before the values, level labels without 指标 (产出, 数量) or with their outline numbers
     * (一、产出指标, （一）数量指标), amounts with thousands separators and two decimals (1,234.50), merged cells repeated in
     * every row they cover (a spreadsheet's cells unmerged) or printed empty there (a spreadsheet copied, a converted page).
     */
    enum Print { PLAIN, SEQUENCE, WEIGHT_FIRST, SHORT_LEVELS, NUMBERED_LEVELS, THOUSANDS, MERGED_REPEATED, MERGED_EMPTY }

    static Rendering render(JsonNode table, Style style, Print print) {
        Writer w = new Writer(style);
        String title = CorpusScoreTest.text(table.get("title"));
        if (title != null) w.line(title);
        List<String> fields = new ArrayList<>();
        for (String[] f : new String[][] {{"项目名称", "project"}, {"主管部门", "competentDepartment"}, {"实施单位", "unit"}}) {
            String v = CorpusScoreTest.text(table.get(f[1]));
            if (v != null && table.get("indicators").path(0).path("duty").isNull()) { fields.add(f[0]); fields.add(v); }
        }
        if (!fields.isEmpty()) w.row(fields);
        JsonNode b = table.path("budget");
        if (number(b.get("planned")) != null || number(b.get("executed")) != null || number(b.get("ratePercent")) != null) {
            w.row(List.of("项目资金(万元)", "全年预算数", "全年执行数", "执行率"));
            w.row(List.of("年度资金总额", cell(number(b.get("planned")), print), cell(number(b.get("executed")), print), percent(number(b.get("ratePercent")))));
            for (JsonNode s : b.path("sources")) {
                w.row(List.of("其中:" + CorpusScoreTest.text(s.get("name")), cell(number(s.get("planned")), print), cell(number(s.get("executed")), print),
                        percent(number(s.get("ratePercent")))));
            }
        }
        int budgetEnd = w.length();
        List<JsonNode> rows = rows(table);
        List<Col> cols = columns(rows);
        if (print == Print.WEIGHT_FIRST && cols.remove(Col.WEIGHT)) cols.add(cols.indexOf(Col.NAME) + 1, Col.WEIGHT);
        boolean sequence = print == Print.SEQUENCE && !cols.contains(Col.SEQ);
        List<String> header = new ArrayList<>();
        if (sequence) header.add("序号");
        // (Linyi's 部门整体绩效目标表 heads its names 绩效指标, under its duties, with no level columns)
        for (Col c : cols) header.add(c == Col.NAME && cols.contains(Col.DUTY) && !cols.contains(Col.LEVEL2) ? "绩效指标" : c.header);
        w.row(header);
        List<Integer> starts = new ArrayList<>(), ends = new ArrayList<>();
        JsonNode previous = null;
        int number = 0;
        // outline numbers of the level labels: 一、二、 for the first level, （一）（二） for the second, restarting under each first
        int[] outline = {0, 0};
        for (JsonNode r : rows) {
            List<String> cells = new ArrayList<>();
            if (sequence) cells.add(String.valueOf(++number));
            for (Col c : cols) {
                String v = c.of(r);
                if (v != null && (c == Col.LEVEL1 || c == Col.LEVEL2) && !(c.merged() && previous != null && sameGroup(previous, r, c, cols))) {
                    v = label(v, c == Col.LEVEL1, print, outline);
                }
                // a merged cell: printed in the first row it covers only (and the columns nested under it with it)
                if (c.merged() && previous != null && sameGroup(previous, r, c, cols) && print != Print.MERGED_REPEATED) {
                    if (print == Print.MERGED_EMPTY) cells.add("");
                    continue;
                }
                cells.add(v == null ? "" : v);
            }
            starts.add(w.length());
            w.row(cells);
            ends.add(w.length());
            previous = r;
        }
        return new Rendering(w.text(), starts, ends, budgetEnd);
    }

    /** Whether row r is covered by the same merged cell of column c as the row before (and by those of the columns before c). */
    private static boolean sameGroup(JsonNode prev, JsonNode r, Col c, List<Col> cols) {
        for (Col k : cols) {
            if (!k.merged()) continue;
            if (!Objects.equals(k.of(prev), k.of(r)) || k.of(r) == null) return false;
            if (k == c) return true;
        }
        return false;
    }

    private static final String OUTLINE = "一二三四五六七八九十";

    /** A level label as {@code print} prints it (its outline number counted in {@code outline}: first level, second). */
    private static String label(String v, boolean first, Print print, int[] outline) {
        if (print == Print.SHORT_LEVELS && v.endsWith("指标") && v.length() > 3) return v.substring(0, v.length() - 2);
        if (print != Print.NUMBERED_LEVELS) return v;
        if (first) { outline[0]++; outline[1] = 0; return OUTLINE.charAt((outline[0] - 1) % 10) + "、" + v; }
        outline[1]++;
        return "（" + OUTLINE.charAt((outline[1] - 1) % 10) + "）" + v;
    }

    /** An amount; with thousands separators and at least two decimals as a spreadsheet formats it (THOUSANDS). */
    private static String cell(BigDecimal v, Print print) {
        if (v == null) return "";
        if (print != Print.THOUSANDS) return v.toPlainString();
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        f.setMaximumFractionDigits(Math.max(2, v.scale()));
        return f.format(v);
    }

    private static String percent(BigDecimal v) { return v == null ? "" : v.toPlainString() + "%"; }

    static BigDecimal number(JsonNode n) { return n == null || !n.isNumber() ? null : n.decimalValue(); }

    /** Writes rows of cells in one separator style. */
    static final class Writer {
        final Style style;
        final StringBuilder sb = new StringBuilder();

        Writer(Style style) { this.style = style; }

        void line(String s) { sb.append(s).append('\n'); if (style == Style.PARAGRAPHS) sb.append('\n'); }

        void row(List<String> cells) {
            switch (style) {
                case PIPES -> {
                    sb.append('|');
                    for (String c : cells) sb.append(' ').append(c.isEmpty() ? NBSP : c).append(" |");
                    sb.append('\n');
                }
                case LINES -> { for (String c : cells) sb.append(c.isEmpty() ? NBSP : c).append('\n'); }
                case PARAGRAPHS -> { for (String c : cells) sb.append(c.isEmpty() ? NBSP : c).append("\n\n"); }
                case SPACES -> {
                    List<String> out = new ArrayList<>();
                    for (String c : cells) out.add(c.isEmpty() ? NBSP : c.replaceAll("\\s", ""));
                    sb.append(String.join(" ", out)).append('\n');
                }
                // as pasted from Excel or Word: one row per line, cells between tabs, an empty cell is nothing
                case TABS -> sb.append(String.join("\t", cells)).append('\n');
            }
        }

        int length() { return sb.length(); }

        String text() { return sb.toString(); }
    }

    // ---- comparison ----

    /** Null when the parse of the first {@code visible} characters is the table minus what was cut; else what differs. */
    static String same(JsonNode table, ParsedDocument doc, int visible, Rendering r) {
        List<JsonNode> rows = rows(table);
        List<Indicator> got = new ArrayList<>();
        for (Scorecard t : doc.tables()) got.addAll(t.indicators());
        int whole = 0;
        while (whole < rows.size() && r.rowEnds().get(whole) <= visible) whole++;
        boolean cut = visible < r.text().length();
        if (got.size() < whole || got.size() > whole + (whole < rows.size() ? 1 : 0)) {
            return "expected " + whole + (cut && whole < rows.size() ? " or " + (whole + 1) : "") + " rows, read " + got.size() + ": " + got;
        }
        for (int i = 0; i < whole && i < got.size(); i++) {
            String why = rowDiff(rows.get(i), got.get(i));
            if (why != null) return "row " + (i + 1) + ": " + why;
        }
        if (cut && whole < rows.size()) {
            String why = cutRow(rows.get(whole), got.size() > whole ? got.get(whole) : null, doc, r, visible, whole);
            if (why != null) return "row " + (whole + 1) + ", cut: " + why;
        }
        JsonNode b = table.path("budget");
        var gb = doc.tables().isEmpty() ? null : doc.tables().get(0).budget();
        boolean budgetWhole = visible >= r.budgetEnd();
        for (String f : List.of("planned", "executed", "ratePercent")) {
            BigDecimal want = number(b.get(f));
            BigDecimal have = gb == null ? null : switch (f) { case "planned" -> gb.planned(); case "executed" -> gb.executed(); default -> gb.ratePercent(); };
            if (want == null && have == null) continue;
            if (want != null && have != null && want.compareTo(have) == 0) continue;
            if (!budgetWhole && (have == null || want != null && want.toPlainString().startsWith(have.toPlainString()))) continue;
            if (gb == null && !budgetWhole) continue;
            return "budget " + f + ": expected " + want + ", read " + have;
        }
        return null;
    }

    /**
     * The row the cut falls in. Kept, each of its fields holds what is visible of the right cell: the expected text or
     * its beginning (a cell cut inside its text), or nothing — never another column's text. Dropped although some of
     * its text is visible, a warning names a line at or after the row's first line.
     */
    private static String cutRow(JsonNode e, Indicator o, ParsedDocument doc, Rendering r, int visible, int index) {
        if (o != null) return rowDiff(e, o, true);
        int start = r.rowStarts().get(index);
        if (visible <= start) return null;
        String shown = r.text().substring(start, visible).replace(NBSP, "").replace("|", "");
        // level labels (or the beginning of one) are no row content: a row cut after its labels leaves nothing to read
        boolean content = false;
        for (String piece : shown.strip().split("\\s+")) {
            if (piece.isEmpty()) continue;
            boolean label = false;
            for (String f : List.of("level1", "level2")) {
                String lv = CorpusScoreTest.text(e.get(f));
                label |= lv != null && (lv.startsWith(piece) || (lv + "指标").startsWith(piece));
            }
            content |= !label;
        }
        if (!content) return null;
        int line = 1;
        for (int i = 0; i < start; i++) if (r.text().charAt(i) == '\n') line++;
        for (ParseWarning w : doc.warnings()) if (w.line() >= line) return null;
        return "dropped without a warning at line " + line + " or after (visible: \"" + shown.strip() + "\")";
    }

    static String rowDiff(JsonNode e, Indicator o) { return rowDiff(e, o, false); }

    /** What differs between the expected row and the row read; {@code cut}: a field may hold the beginning of its text, or nothing. */
    private static String rowDiff(JsonNode e, Indicator o, boolean cut) {
        References refs = o.references();
        Object[][] pairs = {
                {"level1", o.level1()}, {"level2", o.level2()}, {"name", o.name()}, {"target", o.target()}, {"actual", o.actual()},
                {"weight", o.weight()}, {"score", o.score()}, {"reason", o.reason()}, {"definition", o.definition()},
                {"duty", o.duty()}, {"dutyGoal", o.dutyGoal()}, {"goalContent", o.goalContent()}, {"activity", o.activity()},
                {"planned", refs == null ? null : refs.planned()}, {"standard", refs == null ? null : refs.standard()},
                {"standardSource", refs == null ? null : refs.standardSource()},
                {"threeYearAverage", refs == null ? null : refs.threeYearAverage()},
                {"lastYear", refs == null ? null : refs.lastYear()}, {"historySource", refs == null ? null : refs.historySource()}};
        for (Object[] p : pairs) {
            String f = (String) p[0];
            JsonNode en = e.has(f) ? e.get(f) : e.path("references").get(f);
            String want = en == null || en.isNull() ? null : en.isNumber() ? en.decimalValue().stripTrailingZeros().toPlainString()
                    : CorpusScoreTest.text(en);
            String have = p[1] == null ? null : p[1] instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : p[1].toString();
            if (f.equals("level1") && want == null) continue; // an unprinted level may be inferred from the second
            // a level word outside the vocabulary (011's 制度指标) is not taken for a label: the reader reads levels by their words
            if (f.startsWith("level") && want != null && Levels.level(want) == null) continue;
            String w = CorpusScoreTest.norm(want), h = CorpusScoreTest.norm(have);
            if (Objects.equals(w, h)) continue;
            if (cut && (h == null || w != null && w.startsWith(h))) continue; // the visible beginning of the right cell
            return f + ": expected \"" + want + "\", read \"" + have + "\"";
        }
        return null;
    }
}
