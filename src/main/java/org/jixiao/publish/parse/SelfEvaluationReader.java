package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
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
        int header = -1, goal = -1, budget = -1;
        for (int i = 0; i < body.size(); i++) {
            String s = body.get(i).text();
            if (header < 0 && s.contains("三级指标")) header = i;
            if (goal < 0 && header < 0 && (s.contains("总体目标") || GoalReader.yearLabel(s) > 0 || GoalReader.wrapped(s) > 0) && s.length() < 400 && !s.contains("三级指标")) goal = i;
            if (budget < 0 && header < 0 && budgetBlock(s)) budget = i;
        }
        int indicatorsStart = header;
        if (header >= 0) {
            // the header block may begin a line or two above: "绩效指标 一级" / "指标"
            for (int i = header - 1, seen = 0; i > Math.max(goal, budget) && seen < 6; i--) {
                if (body.get(i).empty()) continue; // one cell per paragraph: separators do not count
                seen++;
                String s = body.get(i).text();
                if ((s.contains("绩效指标") || s.contains("一级") || s.contains("二级指标")) && s.length() < 40
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
            if (lastLine(body, header) && headerFragment(restOfHeader)) {
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
            List<Line> rowLines = body.subList(rows, end);
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
     * Whether a line begins the budget block: its column words (全年预算数, 年初预算数 …), its block label (项目资金, 资金情况,
     * 资金投入情况, 预算执行情况 — the words differ by province) or, on a short line, its total row (年度金额: 397).
     */
    static boolean budgetBlock(String s) {
        if (s.contains("全年预算数") || s.contains("全年执行数") || s.contains("项目资金") || s.contains("年初预算数")
                || s.contains("预算执行情况") || s.contains("资金情况") || s.contains("资金投入情况")) return true;
        // 年度预算申请（元）: the department form's block label, which alone may say the unit
        return s.length() <= 60 && (s.contains("资金总额") || s.contains("年度金额") || s.contains("预算申请"));
    }

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

    static Integer year(String title, List<Line> body) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        for (int i = 0; i < Math.min(4, body.size()); i++) {
            Matcher m = YEAR.matcher(body.get(i).text());
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return null;
    }

    private static int firstNonNegative(int... xs) {
        for (int x : xs) if (x >= 0) return x;
        return -1;
    }

}
