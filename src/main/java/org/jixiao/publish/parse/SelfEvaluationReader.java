package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;

/** A 自评表 or 项目绩效目标表: header fields, budget block, overall goal and indicator rows, found by their words. */
final class SelfEvaluationReader {
    private SelfEvaluationReader() {}

    static final Pattern YEAR = Pattern.compile("(20\\d\\d)[\\s\u00a0]*年");

    static Scorecard read(String form, String title, List<Line> body, List<ParseWarning> warnings) {
        int header = -1, goal = -1, budget = -1, dutyHeader = -1;
        for (int i = 0; i < body.size() && header < 0; i++) { // (below the header the goal and the budget are not looked for)
            String s = body.get(i).text();
            if (LevelWords.namesIndicator(s)) header = i;
            // (header < 0 here: this line holds no 三级指标)
            if (goal < 0 && header < 0 && (s.contains("总体目标") || GoalReader.yearLabel(s) > 0 || GoalReader.wrapped(s) > 0) && s.length() < 400) goal = i;
            if (budget < 0 && header < 0 && budgetBlock(s)) budget = i;
            // a department's column header (部门职责 | 绩效指标 …) under the budget block ends it: its duties are no sources
            else if (budget >= 0 && dutyHeader < 0 && s.startsWith("部门职责")) dutyHeader = i;
        }
        int indicatorsStart = header;
        if (header >= 0) {
            // the header block may begin a line or two above: "绩效指标 一级" / "指标"
            for (int i = header - 1, seen = 0; i > Math.max(goal, budget) && seen < 6; i--) {
                if (body.get(i).empty()) continue; // one cell per paragraph: separators do not count
                seen++;
                String s = body.get(i).text();
                if ((s.contains("绩效指标") || LevelWords.namesLevel(s)) && s.length() < 40
                        || "指标".equals(Cells.clean(s))) {
                    indicatorsStart = i;
                }
            }
        }
        int end = body.size();
        int fieldsEnd = firstNonNegative(budget, goal, indicatorsStart, end);
        // (a table glued into one line holds its fields in the line its goal or header begins in: that line too, h19)
        Map<String, String> fields = Fields.extract(body.subList(0, Math.min(body.size(), Math.max(firstNonNegative(goal, indicatorsStart, end), 1))));

        Fields.Header printed = Fields.header(fields);
        String project = printed.project(), unit = printed.unit(), competent = printed.competent();

        Budget money = null;
        if (budget >= 0) {
            int bEnd = firstNonNegative(goal, indicatorsStart, end);
            if (dutyHeader > budget && dutyHeader < bEnd) bEnd = dutyHeader;
            if (bEnd > budget) money = BudgetReader.read(body.subList(budget, bEnd), warnings);
        }
        OverallGoal overall = null;
        if (goal >= 0) {
            int gEnd = indicatorsStart >= 0 ? indicatorsStart : end;
            if (gEnd > goal) overall = GoalReader.read(body.subList(goal, gEnd));
        }
        List<Indicator> indicators = new ArrayList<>();
        boolean cut = false;
        if (header >= 0) {
            String h = body.get(header).text();
            List<IndicatorReader.Col> cols = IndicatorReader.columns(h);
            String restOfHeader = h.substring(IndicatorReader.headerEnd(h));
            int rows = header + 1;
            if (lastLine(body, header) && (headerFragment(restOfHeader) || cutInLastWord(h, restOfHeader))) {
                // the text stops inside a header word: what follows the header words is no row
                warnings.add(ParseWarning.of(body.get(header).no(), "表格在表头中断: " + restOfHeader.strip(),
                        "the table is cut off inside its header: " + restOfHeader.strip()));
                restOfHeader = "";
            }
            if (Cells.isBlank(restOfHeader)) {
                // a header wrapped over several lines (one cell per line): its words continue below
                cols = new ArrayList<>(cols);
                for (int probe = rows; probe < end; probe++) {
                    if (body.get(probe).empty()) continue; // one cell per paragraph
                    if (lastLine(body, probe) && headerFragment(body.get(probe).text())) { rows = probe + 1; break; } // cut in a word
                    if (!IndicatorReader.headerWordsOnly(body.get(probe).text())) break;
                    cols.addAll(IndicatorReader.columns("三级指标" + body.get(probe).text()));
                    rows = probe + 1;
                }
            }
            if (cols.isEmpty()) cols = List.of(IndicatorReader.Col.TARGET, IndicatorReader.Col.ACTUAL, IndicatorReader.Col.REASON);
            // a split 指标值 over its parts on the next line (| 指标值 ||| over | | | | 计算符号 | 数值 | 单位 |, h220): that line
            // is the header's, and the parts are the value's columns, as a one-row header names them
            int below = rows;
            while (below < end && body.get(below).empty()) below++;
            int value = cols.indexOf(IndicatorReader.Col.TARGET);
            List<HeaderWords.Column> parts = value < 0 || below == end ? null : HeaderWords.splitParts(body.get(below).cells());
            if (parts != null) {
                cols = new ArrayList<>(cols);
                cols.remove(value);
                for (int p = parts.size() - 1; p >= 0; p--) cols.add(value, IndicatorReader.col(parts.get(p)));
                rows = below + 1;
            }
            // a 序号 column before the levels: each row line begins with its number, which is no cell of the indicator
            boolean numbered = false;
            for (int i = indicatorsStart; i <= header && !numbered; i++) {
                String s = body.get(i).text();
                int at = s.indexOf("序号");
                numbered = at >= 0 && (i < header || at < s.indexOf("三级指标"));
            }
            // a budget block under the rows (before any stop word) ends them and is the table's budget when none stood above
            int after = -1;
            for (int i = rows; money == null && i < end && after < 0 && !IndicatorReader.stop(body.get(i).text()); i++) {
                if (budgetAfterRows(body, i)) after = i;
            }
            if (after >= 0) {
                int bEnd = after + 1;
                while (bEnd < end && !IndicatorReader.stop(body.get(bEnd).text())) bEnd++;
                money = BudgetReader.read(body.subList(after, bEnd), warnings);
            }
            List<Line> rowLines = withoutHiddenColumns(body.get(header), body.subList(rows, end), warnings);
            if (numbered) rowLines = IndicatorReader.withoutRowNumbers(rowLines);
            rowLines = IndicatorReader.wideGaps(h, rowLines);
            cut = IndicatorReader.read(cols, restOfHeader, body.get(header).no(), rowLines, indicators, warnings);
            if (cut && !body.get(end - 1).blank()) {
                warnings.add(ParseWarning.of(body.get(end - 1).no(), "表格在此处中断，只读取了前面的行",
                        "the table is cut off here; only the rows before were read"));
            }
        } else if (fieldsEnd < end || budget >= 0) {
            warnings.add(ParseWarning.of(body.get(body.size() - 1).no(), "表格在此处中断，未找到绩效指标",
                    "the table is cut off here; no indicator rows were found"));
        }
        if (project == null && unit == null && money == null && indicators.isEmpty()) return null;
        Integer year = year(title, body);
        String region = Vocabulary.province(title, unit, competent, project);
        return new Scorecard(form, title, year, project, unit, competent, region, money, overall, indicators);
    }

    /**
     * The row lines without the columns a spreadsheet export keeps empty (h219: a column hidden in the workbook, copied
     * as an empty cell after 三级指标 in the header and in every row): such a column names nothing and holds nothing, and
     * the rows are read by the place of their cells, so it shifted every value one column to the left of its header
     * word. A column is hidden when the tabbed header's cell is empty between two that are not, and every tabbed row line
     * reaching it is empty there (two full-width rows at least); the rows lose that cell (one tab of the text), the
     * header keeps it (an empty header cell names no column). Said once per column.
     */
    static List<Line> withoutHiddenColumns(Line header, List<Line> rows, List<ParseWarning> warnings) {
        if (header.text().indexOf("\t\t") < 0) return rows; // (no empty cell between two others: nearly every header)
        List<String> head = header.cells();
        int first = 0, last = head.size() - 1;
        while (first <= last && head.get(first).isEmpty()) first++;
        while (last >= first && head.get(last).isEmpty()) last--;
        List<Integer> hidden = new ArrayList<>();
        for (int k = first + 1; k < last; k++) {
            if (!head.get(k).isEmpty()) continue;
            int full = 0;
            boolean empty = true;
            for (int r = 0; r < rows.size() && empty; r++) {
                Line l = rows.get(r);
                if (!l.tabbed() || l.cells().size() <= k) continue;
                empty = l.cells().get(k).isEmpty();
                if (l.cells().size() == head.size()) full++;
            }
            if (empty && full >= 2) hidden.add(k);
        }
        if (hidden.isEmpty()) return rows;
        List<Line> out = new ArrayList<>(rows.size());
        for (Line l : rows) {
            if (!l.tabbed() || l.cells().size() <= hidden.get(0)) { out.add(l); continue; }
            List<String> cells = new ArrayList<>(l.cells());
            StringBuilder text = new StringBuilder(l.text());
            for (int h = hidden.size() - 1; h >= 0; h--) {
                int k = hidden.get(h);
                if (k >= cells.size()) continue;
                cells.remove(k);
                // the cell's text between its tabs (spaces at most) goes with the tab before it
                int from = 0;
                for (int t = 0; t < k; t++) from = text.indexOf("\t", from) + 1;
                int to = text.indexOf("\t", from);
                text.delete(from - 1, to < 0 ? text.length() : to);
            }
            out.add(new Line(l.no(), text.toString(), cells));
        }
        for (int k : hidden) warnings.add(ParseWarning.of(header.no(), "表头与各行均为空的列(导出表格的隐藏列),不计入列: 第" + (k + 1) + "列",
                "a column empty in the header and in every row (a hidden column of an exported sheet) is no column: column " + (k + 1)));
        return out;
    }

    /**
     * Whether a line begins the budget block: its column words (全年预算数, 年初预算数 …), its block label (项目资金, 资金情况,
     * 资金投入情况, 预算执行情况 — the words differ by province) or, on a short line, its total row (年度金额: 397).
     */
    static boolean budgetBlock(String s) {
        // asked of every line above a table's indicators: every word below holds one of BLOCK_CHARS, so a line holding
        // none of them is answered by three character scans, before ten word scans
        if (s.indexOf(BLOCK_CHARS.charAt(0)) < 0 && s.indexOf(BLOCK_CHARS.charAt(1)) < 0 && s.indexOf(BLOCK_CHARS.charAt(2)) < 0) return false;
        for (String w : BLOCK_WORDS) if (s.contains(w)) return true;
        // 年度预算申请（元）: the department form's block label, which alone may say the unit
        if (s.length() > 60) return false;
        for (String w : SHORT_BLOCK_WORDS) if (s.contains(w)) return true;
        return false;
    }

    /** A budget block's column words and labels, on a line of any length, and those that count only on a short line. */
    static final List<String> BLOCK_WORDS = List.of("全年预算数", "全年执行数", "项目资金", "年初预算数", "预算执行情况", "资金情况", "资金投入情况"),
            SHORT_BLOCK_WORDS = List.of("资金总额", "年度金额", "预算申请");
    /** A character every block word holds (资金 and 金额, 预算, 执行). */
    static final String BLOCK_CHARS = "金预执";

    /**
     * Whether line {@code i} begins a budget block printed after the indicator rows (a template with 项目资金 at its
     * foot, h78): a block label or budget column word first on its line, with 预算数 on it or on one of the next three
     * lines with text. An indicator named after the money (项目资金到位率) has no column words after it.
     */
    static boolean budgetAfterRows(List<Line> lines, int i) {
        // (asked of every row line: the label test first, no lambda for the lines that begin with none)
        return budgetLabel(lines.get(i).text()) && budgetAfterRows(k -> lines.get(k).text(), lines.size(), i, 3);
    }

    /** The same over any texts (lines, or a grid's cells): the next {@code look} texts that are not blank are looked at. */
    static boolean budgetAfterRows(IntFunction<String> text, int size, int i, int look) {
        String s = text.apply(i);
        if (!budgetLabel(s)) return false;
        if (s.contains("预算数")) return true;
        for (int k = i + 1, seen = 0; k < size && seen < look; k++) {
            String t = text.apply(k);
            if (Cells.isBlank(t)) continue;
            seen++;
            if (t.contains("预算数")) return true;
        }
        return false;
    }

    /** A budget block's label or column word where a text begins (after spaces or a pipe), on a short text. */
    static boolean budgetLabel(String s) {
        int a = 0;
        while (a < s.length() && (Cells.isSpace(s.charAt(a)) || s.charAt(a) == '|')) a++;
        return s.length() - a <= 80 && BUDGET_LABELS.at(s, a) != null;
    }

    private static final Vocabulary.Words BUDGET_LABELS = Vocabulary.words(List.of("项目资金", "资金投入情况", "预算执行情况",
            "年度预算", "资金情况", "全年预算数", "年初预算数"));

    /** Whether no line after i has anything in it. */
    private static boolean lastLine(List<Line> body, int i) {
        for (int k = i + 1; k < body.size(); k++) if (!body.get(k).blank()) return false;
        return true;
    }

    /** Cells that are each the beginning of a header word (a header cut off inside a word), and at least one. */
    private static boolean headerFragment(String text) {
        List<String> cells = new Line(0, text).cells();
        boolean any = false;
        for (String c : cells) {
            if (c.isEmpty()) continue;
            if (!HeaderWords.fragment(c)) return false;
            any = true;
        }
        return any;
    }

    /**
     * Whether what follows the header words is the rest of the header's last cell cut inside its word (未完成原因和改 of
     * 未完成原因和改进措施: 未完成原因 read as a word, 和改 left over), not a row's first text.
     */
    private static boolean cutInLastWord(String header, String rest) {
        String r = Cells.clean(rest), last = null;
        if (r == null) return false;
        for (String c : new Line(0, header).cells()) if (!c.isEmpty()) last = c;
        return last != null && last.length() > r.length() && last.endsWith(r) && HeaderWords.fragment(last);
    }

    static Integer year(String title, List<Line> body) {
        if (title != null) {
            int y = yearIn(title);
            if (y > 0) return y;
        }
        for (int i = 0; i < Math.min(4, body.size()); i++) {
            int y = yearIn(body.get(i).text());
            if (y > 0) return y;
        }
        return null;
    }

    /**
     * The year of {@link #YEAR}'s first match in s, or 0 — without a matcher (asked of every table): a match ends at a 年
     * with only spaces between it and the four digits before them, so each 年 in turn is looked back from, and a text
     * without 年 is answered by one scan. ({@code YearInTest} holds it to the regex.)
     */
    static int yearIn(String s) {
        for (int at = s.indexOf('年'); at >= 0; at = s.indexOf('年', at + 1)) {
            int d = at;
            while (d > 0 && yearSpace(s.charAt(d - 1))) d--;
            if (d >= 4 && s.charAt(d - 4) == '2' && s.charAt(d - 3) == '0' && asciiDigit(s.charAt(d - 2)) && asciiDigit(s.charAt(d - 1))) {
                return 2000 + (s.charAt(d - 2) - '0') * 10 + (s.charAt(d - 1) - '0');
            }
        }
        return 0;
    }

    /** A character of {@link #YEAR}'s {@code [\s\u00a0]} (\s: the ASCII white space). */
    private static boolean yearSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    private static boolean asciiDigit(char c) { return c >= '0' && c <= '9'; }

    private static int firstNonNegative(int... xs) {
        for (int x : xs) if (x >= 0) return x;
        return -1;
    }

}
