package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/**
 * A 部门职责 column printed before the level columns of a department's table (部门职责 | 一级指标 | 二级指标 | 三级指标 …,
 * h160 tabs, h162 one cell per line): each duty is printed once, in the first row it covers, the rows below leave its
 * cell empty (merged). The level-table readers know no duty column, so the column is taken out of the lines before they
 * read (each duty remembered with its line) and given back to the rows read from its lines after: a row's duty is the
 * last one printed at or above its name's line, carried down over the merged cells as the level cells are.
 */
final class DutyColumn {
    /** The header words of the column. */
    private static final List<String> WORDS = List.of("部门职责", "职责", "职责名称", "部门职能");
    /** The first-level words in the order a group prints them: a level at or before the last one seen begins a new duty's rows. */
    private static final List<String> ORDER = List.of("产出指标", "成本指标", "效益指标", "满意度指标");

    private record Duty(int line, String text) {}

    private final List<Line> lines;
    private final List<Duty> duties;
    /** The line numbers of the column's header and of the last line it was taken from. */
    private final int from, to;
    /** The row numbers of a 序号 column before the duty column, taken out with it: said when the duties are given. */
    private final List<ParseWarning> numbers = new ArrayList<>();

    private DutyColumn(List<Line> lines, List<Duty> duties, int from, int to) {
        this.lines = lines;
        this.duties = duties;
        this.from = from;
        this.to = to;
    }

    /** The lines the readers read: the document's own, or (a duty column found) those with the column taken out. */
    List<Line> lines() { return lines; }

    static DutyColumn of(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            // asked of every line of every document: each header word holds 职, so a line without one is passed over
            // before its cells are cut (cutting them was a tenth of a department table printed a cell per paragraph)
            if (l.text().indexOf('职') < 0) continue;
            List<String> cells = l.cells();
            // a 序号 column before the duty column (an export's row numbers): taken out first, each number said
            if (cells.size() >= 4 && cells.get(0).equals("序号") && WORDS.contains(cells.get(1)) && cells.get(2).equals("一级指标")) {
                List<ParseWarning> numbers = new ArrayList<>();
                DutyColumn d = separated(withoutRowNumbers(lines, i, numbers), i);
                d.numbers.addAll(numbers);
                return d;
            }
            if (cells.isEmpty() || !WORDS.contains(cells.get(0))) continue;
            // tab, pipe or space cells (a PDF's space columns, the same table: 部门职责 一级指标 二级指标 …)
            if (cells.size() >= 3 && cells.get(1).equals("一级指标")) return separated(lines, i);
            if (cells.size() == 1) {
                int next = nextWithText(lines, i + 1);
                if (next >= 0 && text(lines.get(next)).equals("一级指标")) return oneCellPerLine(lines, i);
            }
        }
        return new DutyColumn(lines, List.of(), 0, 0);
    }

    /** Rows of tab, pipe or space cells: the first cell of each row under the header is the duty (empty: the one above). */
    private static DutyColumn separated(List<Line> lines, int header) {
        String h = lines.get(header).text();
        boolean spaces = h.indexOf('\t') < 0 && h.indexOf('|') < 0;
        List<Line> out = new ArrayList<>(lines.subList(0, header));
        List<Duty> duties = new ArrayList<>();
        out.add(withoutFirstCell(lines.get(header)));
        int i = header + 1, last = lines.get(header).no(), width = lines.get(header).cells().size();
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) { out.add(l); continue; }
            String t = l.text();
            List<String> cells = l.cells();
            if (spaces ? cells.size() < 2 : t.indexOf('\t') < 0 && t.indexOf('|') < 0) break; // the rows end: a line of one text
            // a total row (总分, 合计) standing in the duty column ends the rows: never a duty (h208)
            if (!cells.isEmpty() && IndicatorReader.stop(cells.get(0))) break;
            last = l.no();
            // a row printed without its merged duty cell begins at its level: nothing to take out; nor one printed without
            // its merged level cells either, a name and its values (开展医保基金专项整治行动 | ≥2次, a page's rowspans dropped):
            // a duty is followed by a level, or by a merged cell printed empty, or its row is as wide as the header
            if (cells.size() < 2 || Levels.level(cells.get(0)) != null || Levels.loose(cells.get(0)) != null
                    || cells.size() < width && !cells.get(1).isEmpty() && !isLevel(cells.get(1))) { out.add(l); continue; }
            if (!cells.get(0).isEmpty()) duties.add(new Duty(l.no(), cells.get(0)));
            out.add(withoutFirstCell(l));
        }
        out.addAll(lines.subList(i, lines.size()));
        return new DutyColumn(out, duties, lines.get(header).no(), last);
    }

    /**
     * One cell per line (or paragraph): the 部门职责 word before 一级指标 is the column's header; under the header words, a
     * text that is no level word and is followed by a first-level word that begins the levels again (the first row, or
     * 产出指标 after 效益指标) is a new duty — never the last row's reason, which a level that goes on follows.
     */
    private static DutyColumn oneCellPerLine(List<Line> lines, int header) {
        List<Line> out = new ArrayList<>(lines.subList(0, header));
        List<Duty> duties = new ArrayList<>();
        int i = header + 1;
        // the header words, as they are
        for (; i < lines.size() && (lines.get(i).blank() || HeaderWords.column(HeaderWords.key(text(lines.get(i))), HeaderWords.INDICATOR) != null); i++) {
            out.add(lines.get(i));
        }
        int lastLevel = ORDER.size(), last = lines.get(header).no(); // (the first row's level begins the levels)
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = text(l);
            if (IndicatorReader.stop(l.text())) break; // the rows end (总分, 说明 …): the column's lines with them
            last = l.no();
            int level = order(t);
            if (level >= 0) lastLevel = level;
            // (a duty is a text: a value or a weight is no duty)
            int next = level >= 0 || l.blank() || l.cells().size() != 1 || Levels.loose(t) != null || digits(unnumbered(t)) ? -1 : nextWithText(lines, i + 1);
            int nextLevel = next < 0 ? -1 : order(text(lines.get(next)));
            // (a duty printed again in every row it covers, an export's unmerged cell, is that duty whatever level follows)
            boolean again = !duties.isEmpty() && duties.get(duties.size() - 1).text().equals(t);
            if (nextLevel >= 0 && (nextLevel <= lastLevel || again)) {
                duties.add(new Duty(l.no(), t));
                continue; // taken out: the readers see the row's level after the last row
            }
            out.add(l);
        }
        out.addAll(lines.subList(i, lines.size()));
        return new DutyColumn(out, duties, lines.get(header).no(), last);
    }

    /** The place of a first-level label in {@link #ORDER}, printed whole or short (产出, 效益, 满意度: an export's labels), or -1. */
    private static int order(String t) {
        int at = ORDER.indexOf(t);
        if (at >= 0 || t.isEmpty() || t.length() > 4) return at;
        Levels.Level l = Levels.loose(t);
        return l == null || l.level2() != null ? -1 : ORDER.indexOf(l.level1());
    }

    /**
     * The tables with the duties given back to their rows: a row read from the column's lines takes the last duty printed
     * at or above its name's line. A duty no row takes is said, with its line.
     */
    List<Scorecard> give(List<Scorecard> tables, List<ParseWarning> warnings) {
        warnings.addAll(numbers);
        if (duties.isEmpty()) return tables;
        boolean[] given = new boolean[duties.size()];
        List<Scorecard> out = new ArrayList<>(tables.size());
        for (Scorecard t : tables) {
            List<Indicator> rows = new ArrayList<>(t.indicators().size());
            boolean changed = false;
            int at = 0;
            for (Indicator ind : t.indicators()) {
                int found = ind.duty() != null || ind.name() == null ? -1 : lineOf(ind.name(), at);
                int d = found < 0 ? -1 : dutyAt(lines.get(found).no());
                if (d < 0) { rows.add(ind); continue; }
                at = found;
                given[d] = true;
                changed = true;
                rows.add(ind.toBuilder().duty(duties.get(d).text()).build());
            }
            out.add(!changed ? t : new Scorecard(t.form(), t.title(), t.year(), t.project(), t.unit(), t.competentDepartment(),
                    t.region(), t.budget(), t.overallGoal(), rows));
        }
        for (int d = 0; d < duties.size(); d++) {
            if (given[d]) continue;
            Duty u = duties.get(d);
            warnings.add(ParseWarning.of(u.line(), "部门职责列的单元格未对应到任何指标行: " + u.text(),
                    "a cell of the 部门职责 column no indicator row was read under: " + u.text()));
        }
        return out;
    }

    /** The index of the first line from {@code from} inside the column's lines that holds the name, or -1. */
    private int lineOf(String name, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.no() < this.from) continue;
            if (l.no() > to) return -1;
            if (l.text().contains(name)) return i;
        }
        return -1;
    }

    /** The last duty printed at or above the line, or -1. */
    private int dutyAt(int line) {
        int d = -1;
        for (int k = 0; k < duties.size() && duties.get(k).line() <= line; k++) d = k;
        return d;
    }

    /**
     * The lines with the 序号 column taken out: the header's first cell, and the first cell of each row under it that is a
     * row number (one to three digits), while the lines are rows of cells (a line of one text ends them).
     */
    private static List<Line> withoutRowNumbers(List<Line> lines, int header, List<ParseWarning> numbers) {
        List<Line> out = new ArrayList<>(lines);
        out.set(header, withoutFirstCell(lines.get(header)));
        for (int i = header + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) continue;
            List<String> cells = l.cells();
            if (cells.size() < 2) break;
            if (!DepartmentTargetsReader.seq(cells.get(0))) continue;
            numbers.add(GridTableReader.rowNumberLeftOut(l.no(), cells.get(0)));
            out.set(i, withoutFirstCell(l));
        }
        return out;
    }

    private static Line withoutFirstCell(Line l) {
        String t = l.text();
        int tab = t.indexOf('\t');
        if (tab >= 0) return new Line(l.no(), t.substring(tab + 1));
        int a = t.indexOf('|');
        if (a < 0) { // space cells: the first ends at the first run of spaces after its text
            int k = 0;
            while (k < t.length() && t.charAt(k) != '\u00a0' && Cells.isSpace(t.charAt(k))) k++;
            // a merged duty cell printed empty (a no-break space, as a page renders &nbsp;) is the first cell: it alone goes
            if (k < t.length() && t.charAt(k) == '\u00a0') return new Line(l.no(), t.substring(k + 1));
            while (k < t.length() && !Cells.isSpace(t.charAt(k))) k++;
            return new Line(l.no(), t.substring(k));
        }
        int b = t.indexOf('|', a + 1);
        // a row not opened by a pipe (档案收集保管 | 产出指标 …): its first cell ends at the first pipe
        if (b < 0 || !t.substring(0, a).isBlank()) return new Line(l.no(), t.substring(a + 1));
        return new Line(l.no(), t.substring(b));
    }

    /** A level label, or the beginning of a first-level one where the text was cut (医药服务管理 | 产出指). */
    private static boolean isLevel(String cell) {
        if (Levels.level(cell) != null || Levels.loose(cell) != null) return true;
        for (String w : ORDER) if (cell.length() >= 2 && w.startsWith(cell)) return true;
        return false;
    }

    /** t without the item number a duty may open with (1.信访事项受理交办, 2、…, h208): a numbered duty is still a text. */
    private static String unnumbered(String t) {
        int k = 0;
        while (k < t.length() && k < 2 && Cells.isDigit(t.charAt(k))) k++;
        return k > 0 && k < t.length() - 1 && ".、．".indexOf(t.charAt(k)) >= 0 ? t.substring(k + 1) : t;
    }

    private static boolean digits(String t) {
        for (int k = 0; k < t.length(); k++) if (Cells.isDigit(t.charAt(k))) return true;
        return false;
    }

    private static int nextWithText(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) if (!lines.get(i).blank()) return i;
        return -1;
    }

    private static String text(Line l) {
        String c = Cells.clean(l.text());
        return c == null ? "" : c;
    }
}
