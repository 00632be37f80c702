package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.publish.parse.HeaderWords.Column;
import org.jixiao.scorecard.Indicator;

/**
 * The glued-cell grid builder: a table flattened with no separator at all (document-sharing sites, OCR), whose cells
 * are told apart by their type only. The header words give the columns; rows are cut where a row's last column
 * ends (是/否 of 是否核心指标, a level label after a number, or text after a run of digits); each row is then read from
 * its end, column by column, by the type of what the column holds. Digits of neighbouring number columns glued
 * together ("1010", "901010010") are split where the weight equals the score and is the one most rows agree on.
 */
final class GluedReader {
    private GluedReader() {}

    /** A glued table is one or a few long lines; what lies further is another part of the document. */
    private static final int MAX_BODY = 20_000;
    private static final Pattern DIGITS_TAIL = Pattern.compile("[0-9.]+$");
    private static final Pattern NUMBER = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** The glued header line, or -1: three or more header words written with nothing between them. */
    static int headerLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            int at = nameWord(raw);
            // glued: the next header word follows with nothing between (a spaced, tabbed or piped header is not)
            if (at < 0 || at + 4 >= raw.length() || Cells.isSpace(raw.charAt(at + 4)) || raw.indexOf('|') >= 0
                    || raw.indexOf('\t') >= 0) continue;
            // a report's sentence naming the levels (设置一级指标4个、二级指标9个、三级指标24个，…权重15分, h218) is no header
            if (LevelWords.inProse(raw)) continue;
            String k = HeaderWords.key(raw);
            at = k.indexOf(raw.substring(at, at + 4));
            List<Column> cols = HeaderWords.columns(k.substring(at), HeaderWords.INDICATOR);
            // the level words glued before the name word count too: 一级指标二级指标三级指标指标值 is a glued header of a
            // table whose only value column is its target
            int levels = 0;
            for (int b = at; b >= 4 && levels < 2 && (k.startsWith("二级指标", b - 4) || k.startsWith("一级指标", b - 4)); b -= 4) levels++;
            if (cols.size() >= 4 || cols.size() >= 2 && cols.size() + levels >= 4) return i;
        }
        return -1;
    }

    /**
     * Where the line's first 三级指标 stands, else its first 指标名称, or -1: both hold 指标, so the line is looked through
     * from one 指标 to the next (a line without it, nearly every one, in one scan; a level label's line in two) rather
     * than searched for each word.
     */
    static int nameWord(String raw) {
        int named = -1;
        for (int q = raw.indexOf("指标"); q >= 0; q = raw.indexOf("指标", q + 2)) {
            if (q >= 2 && raw.charAt(q - 2) == '三' && raw.charAt(q - 1) == '级') return q - 2;
            if (named < 0 && raw.startsWith("名称", q + 2)) named = q;
        }
        return named;
    }

    /**
     * The rows of the glued table under {@code header}. {@code beat} is the score of the reading it competes with: when
     * even every row complete (2 each, see {@link TextParser#score}) could not reach it, the rows are not read (empty).
     */
    static List<Indicator> read(List<Line> lines, int header, List<ParseWarning> warnings, double beat) {
        StringBuilder sb = new StringBuilder();
        List<Integer> lineEnds = new ArrayList<>(); // where each line ends in the glued text (spaces between Chinese characters out)
        for (int i = header; i < lines.size() && sb.length() < MAX_BODY; i++) {
            String t = lines.get(i).text();
            // the filler's lines under the glued rows (填报单位（盖章）：…填报人：…联系电话：…, h210) end them
            if (i > header && (Signature.begins(t) || IndicatorReader.stop(t))) break;
            if (pageCounter(t)) {
                // a document site's page counter between two glued rows (1/3, h209): no cell, and no part of the row before
                warnings.add(ParseWarning.of(lines.get(i).no(), "页码已去除: " + t.strip(), "page counter removed: " + t.strip()));
                continue;
            }
            sb.append(t);
            if (lineEnds.size() < 4) lineEnds.add(withoutSpacesInText(sb.toString().stripTrailing()).length());
        }
        String text = withoutSpacesInText(sb);
        String key = text;
        int at = key.indexOf("三级指标");
        int nameWord = at >= 0 ? at : key.indexOf("指标名称");
        // the header ends with its last header word
        int end = nameWord, i = nameWord;
        List<Column> cols = new ArrayList<>();
        int line = 0;
        while (line < lineEnds.size() && lineEnds.get(line) <= nameWord) line++;
        while (i < key.length() && i - end <= 12) {
            // the header line ends: the next line goes on with the header only when it begins with a header word (a
            // wrapped header); else it is the first row, whose words (…达到目标值) are no header
            if (line < lineEnds.size() && i >= lineEnds.get(line)) {
                if (i > lineEnds.get(line) || HeaderWords.at(key, i, HeaderWords.INDICATOR) == null) break;
                line++;
            }
            HeaderWords.Word hit = HeaderWords.at(key, i, HeaderWords.INDICATOR);
            if (hit == null) { i++; continue; }
            cols.add(hit.column());
            i += hit.text().length();
            end = i;
        }
        // a unit or mark that closes a header word: "(分)", "(%)", "(A)"
        while (end < key.length() && key.charAt(end) == '(') {
            int close = key.indexOf(')', end);
            if (close < 0 || close - end > 6) break;
            end = close + 1;
        }
        String body = text.substring(end);
        int lineNo = lines.get(header).no();
        String lead = key.substring(Math.max(0, nameWord - 12), nameWord);
        boolean levels = cols.contains(Column.LEVEL1) || cols.contains(Column.LEVEL2) || lead.contains("二级指标") || lead.contains("评价内容");
        int total = body.indexOf("总分");
        if (total > 0) body = body.substring(0, total); // the closing 总分 row is not an indicator
        body = body.replace("绩效指标", ""); // the merged label of the indicator block, printed where its cell begins
        List<String> rows = rows(body, cols, levels);
        boolean byValue = valueLast(cols);
        if (2.0 * rows.size() < beat) return List.of(); // (a tie may still win: more cells placed, TextParser.glued)
        List<Indicator> out = new ArrayList<>();
        List<String[]> parsed = new ArrayList<>();
        Map<String, Integer> weights = new HashMap<>();
        for (String r : rows) {
            if (!r.isEmpty() && r.charAt(0) == REASON_MARK) continue;
            for (String[] split : weightScoreSplits(r, cols)) {
                BigDecimal w = new BigDecimal(split[0]);
                if (w.signum() > 0 && w.compareTo(new BigDecimal(100)) <= 0) weights.merge(split[0], 1, Integer::sum);
            }
        }
        String commonWeight = weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (commonWeight != null) digitLedNames(rows, cols, commonWeight);
        String level1 = null, level2 = null;
        for (int k = 0; k < rows.size(); k++) {
            String r = rows.get(k);
            if (!r.isEmpty() && r.charAt(0) == REASON_MARK) {
                String reason = Cells.clean(r.substring(1));
                if (out.isEmpty() || out.get(out.size() - 1).reason() != null) {
                    warnings.add(ParseWarning.of(lineNo, "偏差原因无所属的指标行,未读入: " + reason, "a reason that follows no indicator row, not read: " + reason));
                } else {
                    out.set(out.size() - 1, out.get(out.size() - 1).toBuilder().reason(reason).build());
                }
                continue;
            }
            if (levels) {
                // the merged cell of a grouping column before the levels (评价指标: 项目年度绩效目标(定量指标)), printed
                // where its rows begin: no field holds it, so it is said and passed over
                int g = groupLabelEnd(r);
                if (g > 0) {
                    warnings.add(ParseWarning.of(lineNo, "合并单元格的分组文字不属于任何字段,未读入: " + r.substring(0, g),
                            "the text of a merged grouping cell belongs to no field, not read: " + r.substring(0, g)));
                    r = r.substring(g);
                }
            }
            // a level label opens the row; a bare word right after a label is the start of the name (数量指标成本控制)
            boolean afterLevel2 = false;
            while (true) {
                String[] lab = leadingLabel(r, true);
                Levels.Level l;
                if (lab != null) {
                    if (afterLevel2 && !lab[0].endsWith("指标")) break;
                    l = Levels.loose(lab[0]);
                } else if (levels && !afterLevel2 && (lab = otherLabel(r)) != null) {
                    l = new Levels.Level(null, lab[0]); // a level word the forms do not define (制度指标), kept as written
                } else {
                    break;
                }
                afterLevel2 = l.level2() != null;
                if (l.level2() == null) { level1 = l.level1(); level2 = null; }
                else { level2 = l.level2(); if (level1 == null || !java.util.Objects.equals(level1, l.level1()) && !"成本指标".equals(l.level2())) level1 = l.level1(); }
                r = lab[1];
            }
            if (r.isEmpty()) continue;
            String[] row = readRow(r, cols, commonWeight, k == rows.size() - 1);
            if (row == null) {
                warnings.add(ParseWarning.of(lineNo, "无法拆分的粘连行,未读取: " + r, "a glued row that could not be split, not read: " + r));
                continue;
            }
            if (byValue && row[1] == null && row[2] == null) {
                // never a guess: a row whose value is neither a quantity, a date nor a known phrase keeps its text whole
                warnings.add(ParseWarning.of(lineNo, "粘连行的指标值无法与指标名称分开,整段作为指标名称保留: " + row[0],
                        "a glued row whose value could not be told from its name, kept whole as the name: " + row[0]));
            }
            if (row[6] != null) {
                warnings.add(ParseWarning.of(lineNo, "无法辨认的单元格(计量单位或指标性质),未读入: " + row[6] + " (行: " + r + ")",
                        "an unreadable cell (unit or nature) not read: " + row[6] + " (row: " + r + ")"));
            }
            parsed.add(row);
            out.add(Indicator.builder().level1(levels ? level1 : null).level2(levels ? level2 : null).name(row[0]).target(row[1])
                    .actual(row[2]).weight(num(row[3])).score(num(row[4])).definition(row[5]).build());
        }
        if (cols.contains(Column.DEFINITION)) criteria(out);
        return out;
    }

    /** The labels of the overall goal's block (年度总体目标), longest first. */
    private static final List<String> GOAL_LABELS = List.of("年度总体目标", "当年绩效目标", "年度绩效目标", "年度目标", "总体目标");
    /** The column words under the label: the goal set at the start of the year, the adjusted one, what was done. */
    private static final List<String> GOAL_INITIAL = List.of("年初绩效目标", "年初设定目标");
    private static final List<String> GOAL_TARGET = List.of("全年(调整)绩效目标", "全年（调整）绩效目标", "预期目标", "年度设定目标");
    private static final List<String> GOAL_ACHIEVEMENT = List.of("全年目标实际完成情况", "全年实际完成情况", "实际完成情况", "实际完成目标");
    /** The words a block of indicator headers may begin with before the name's word (绩效指标一级指标二级指标三级指标). */
    private static final List<String> HEADER_LEAD = List.of("绩效指标", "一级指标", "二级指标", "评价指标", "评价内容");

    /**
     * The overall goal glued into the run of text before the glued header at {@code header} ("年度总体目标预期目标实际完成情况
     * 为…以上。全年办理…万元。绩效指标一级指标…"), or null: the text after the goal's label and its column words, up to the
     * indicator header. Under a target and an achievement column the text is cut between sentences (。) only where the
     * cut is sure: the same text twice; two sentences, one each; or the first sentence after the first that says what was
     * done (了, 已).
     * Otherwise the text is the target, and a warning says the achievement could not be told from it. A 年初 goal
     * written 无 (none) before the adjusted one is said and not read.
     */
    static org.jixiao.scorecard.OverallGoal goal(List<Line> lines, int header, List<ParseWarning> warnings) {
        String head = lines.get(header).text();
        int at = head.indexOf("三级指标");
        if (at < 0) at = head.indexOf("指标名称");
        for (boolean more = true; more; ) {
            more = false;
            for (String w : HEADER_LEAD) if (at >= w.length() && head.startsWith(w, at - w.length())) { at -= w.length(); more = true; }
        }
        // the label: in the header's line before the header, or in one of the few lines above it
        StringBuilder text = new StringBuilder();
        int label = -1, first = Math.max(0, header - 8), lineNo = lines.get(header).no();
        for (int i = header; i >= first && label < 0; i--) {
            String t = i == header ? head.substring(0, at) : lines.get(i).text();
            for (String l : GOAL_LABELS) {
                int k = t.lastIndexOf(l);
                if (k >= 0 && (label < 0 || k + l.length() > label)) label = k + l.length();
            }
            text.insert(0, label >= 0 ? t.substring(label) : t);
            if (label >= 0) lineNo = lines.get(i).no();
        }
        if (label < 0) return null;
        String g = withoutSpacesInText(text).strip();
        // the column words under the label, in any order the form prints them
        boolean initial = false, target = false, achievement = false;
        for (boolean more = true; more; ) {
            more = false;
            for (String w : GOAL_INITIAL) if (g.startsWith(w)) { g = g.substring(w.length()); initial = more = true; }
            for (String w : GOAL_TARGET) if (g.startsWith(w)) { g = g.substring(w.length()); target = more = true; }
            for (String w : GOAL_ACHIEVEMENT) if (g.startsWith(w)) { g = g.substring(w.length()); achievement = more = true; }
        }
        if (initial && target && g.startsWith("无") && g.length() > 1) {
            warnings.add(ParseWarning.of(lineNo, "年初绩效目标为\"无\",读取全年(调整)绩效目标", "the goal set at the start of the year reads \"无\" (none): the adjusted goal is read"));
            g = g.substring(1);
        }
        if (g.isBlank()) return null;
        if (!achievement) return new org.jixiao.scorecard.OverallGoal(g, null);
        int twice = Cells.doubledSuffix(g, 0); // the goal met as set: the same text in both cells
        if (twice > 0 && 2 * twice == g.length()) return new org.jixiao.scorecard.OverallGoal(g.substring(0, twice), g.substring(twice));
        List<Integer> ends = new ArrayList<>(); // where each sentence ends
        for (int k = g.indexOf('。'); k >= 0; k = g.indexOf('。', k + 1)) ends.add(k + 1);
        if (ends.isEmpty() || ends.get(ends.size() - 1) != g.length()) ends.add(g.length());
        int cut = -1;
        if (ends.size() == 2) cut = ends.get(0);
        for (int s = 1; s < ends.size() && cut < 0; s++) {
            String sentence = g.substring(ends.get(s - 1), ends.get(s));
            if (sentence.contains("了") || sentence.contains("已")) cut = ends.get(s - 1);
        }
        if (cut < 0) {
            warnings.add(ParseWarning.of(lineNo, "粘连的总体目标无法分开预期目标和实际完成情况,整段读作目标: " + g,
                    "a glued overall goal whose achievement cannot be told from its target, all read as the target: " + g));
            return new org.jixiao.scorecard.OverallGoal(g, null);
        }
        return new org.jixiao.scorecard.OverallGoal(g.substring(0, cut), g.substring(cut));
    }

    /**
     * Short criteria printed in a 指标说明 column beside 达到目标值 (全面覆盖, 应发尽发): where other rows of the table have a
     * definition (a comparator word found it) and a row's name ends with one of these, that is the row's definition.
     */
    static final List<String> CRITERIA = List.of("全面覆盖", "全部覆盖", "应保尽保", "应发尽发", "应补尽补", "应助尽助", "符合要求", "符合标准",
            "符合规定");

    private static void criteria(List<Indicator> rows) {
        boolean any = false;
        for (Indicator i : rows) any |= i.definition() != null;
        if (!any) return;
        for (int k = 0; k < rows.size(); k++) {
            Indicator i = rows.get(k);
            if (i.definition() != null || i.name() == null) continue;
            for (String c : CRITERIA) {
                if (i.name().endsWith(c) && i.name().length() - c.length() >= 2) {
                    rows.set(k, i.toBuilder().name(i.name().substring(0, i.name().length() - c.length())).definition(c).build());
                    break;
                }
            }
        }
    }

    /**
     * End of the text of a merged grouping cell that opens a row before its level labels (项目年度绩效目标(定量指标)): a
     * text of at most 20 characters ending in 指标 or 指标(…), that is not a level itself, followed by a level label; 0 if none.
     */
    static int groupLabelEnd(String r) {
        int limit = Math.min(r.length(), 24);
        for (int i = 2; i + 2 <= limit; i++) {
            if (!r.startsWith("指标", i)) continue;
            int end = i + 2;
            if (end < r.length() && (r.charAt(end) == ')' || r.charAt(end) == '）')) end++;
            else if (end < r.length() && r.charAt(end) != '(' && r.charAt(end) != '（') {
                // a bare 指标 word: the group text must hold a parenthesis before it (…目标(定量指标)) to be told from a name
                if (r.substring(0, i).indexOf('(') < 0 && r.substring(0, i).indexOf('（') < 0) continue;
            }
            String head = r.substring(0, end);
            if (Levels.loose(head) != null || leadingLabel(head, true) != null) return 0;
            String rest = r.substring(end);
            if (leadingLabel(rest, true) != null || otherLabel(rest) != null) return end;
        }
        return 0;
    }

    /**
     * {label, rest} when the row begins with a level word the forms do not define (制度指标, 管理指标): two to four Chinese
     * characters and 指标, with a name after it; else null. Asked only where the header has level columns.
     */
    static String[] otherLabel(String r) {
        for (int len = 2; len <= 4 && len + 2 < r.length(); len++) {
            if (!r.startsWith("指标", len)) continue;
            for (int i = 0; i < len; i++) if (!Script.isHan(r.charAt(i))) return null;
            if (r.substring(0, len).contains("指")) return null;
            String rest = r.substring(len + 2);
            if (rest.length() < 2 || rest.startsWith("指标") || !Script.isHan(rest.charAt(0))) return null;
            return new String[] {r.substring(0, len + 2), rest};
        }
        return null;
    }

    private static BigDecimal num(String s) {
        return s != null && NUMBER.matcher(s).matches() ? new BigDecimal(s) : null;
    }

    /**
     * Spaces between a Chinese character (or ，,。) and the next Chinese character are out: flattening put them there,
     * they separate no cells. One pass over the text (the body may be 20,000 characters).
     */
    static String withoutSpacesInText(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length(), i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((c == ' ' || c == '\u00a0' || c == '\u3000') && i > 0) {
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u00a0' || s.charAt(j) == '\u3000')) j++;
                int before = Character.codePointBefore(s, i);
                if (j < n && (han(before) || before == '，' || before == ',' || before == '。') && han(Character.codePointAt(s, j))) {
                    i = j;
                    continue;
                }
                out.append(s, i, j);
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean han(int cp) {
        return cp < 0x10000 && Script.isHan((char) cp) || cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether the row's last cells are its values (指标值, 完成值) with no number, flag, unit or criterion column after the
     * name: a row then ends where its value ends, not after a run of digits.
     */
    static boolean valueLast(List<Column> cols) {
        int name = cols.indexOf(Column.NAME);
        boolean value = false;
        for (Column c : cols.subList(name + 1, cols.size())) {
            if (c == Column.TARGET || c == Column.ACTUAL) value = true;
            else if (c != Column.NOTE && c != Column.REASON && c != Column.DEFINITION) return false; // 指标解释 before the value
        }
        return value;
    }

    /** Cuts the glued body into rows by the type of the row's last column. */
    static List<String> rows(String body, List<Column> cols, boolean levels) {
        if (valueLast(cols)) return rowsByValue(body, !cols.contains(Column.ACTUAL), !cols.isEmpty() && cols.get(cols.size() - 1) == Column.REASON);
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean core = cols.contains(Column.CORE), reasonLast = !cols.isEmpty() && cols.get(cols.size() - 1) == Column.REASON;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i), p = body.charAt(i - 1);
            boolean cut = false;
            if (core) cut = (p == '是' || p == '否') && i >= 2 && Cells.isDigit(body.charAt(i - 2));
            else if (Cells.isDigit(p) && !Cells.isDigit(c) && c != '.' && c != '%' && !unitAt(body, i) && !valueGoesOn(body, start, i)
                    && !scale(body, figureStart(body, i)) && !body.startsWith("日前", i) && !body.startsWith("日内", i)) {
                // (a day's deadline, 每月10日前 or 收到资金后30日内, goes on past its number: no new row begins at 日前)
                // text after a number that is not its unit: a new row begins (with its label, or with its name)
                cut = Script.isHan(c) || c == '“' || c == '"';
                if (cut) {
                    int end = Math.max(i, Cells.unitEnd(body, i)), twice = repeatedAfter(body, start, figureStart(body, i), end);
                    if (twice > 0) { i = end + twice - 1; continue; } // (the actual written as the target: no new row)
                }
            }
            if (cut && reasonLast) {
                // the 偏差原因 cell after the row's last number: text that runs to the next level label (or the end) without
                // ending in a number, as no row does here
                int l = i;
                while (l < body.length() && l - i <= ROW_REACH && levelLabelAt(body, l) == 0) l++;
                boolean end = l >= body.length() && l - i <= 60, label = l < body.length() && levelLabelAt(body, l) > 0;
                if ((end || label) && l > i && !Cells.isDigit(body.charAt(l - 1)) && !rowShape(body, i, l)) {
                    out.add(body.substring(start, i));
                    out.add(REASON_MARK + body.substring(i, l));
                    start = l;
                    i = l;
                    continue;
                }
            }
            if (cut) { out.add(body.substring(start, i)); start = i; }
        }
        if (start < body.length()) out.add(body.substring(start));
        return out;
    }

    /**
     * Whether the number at {@code n} is a map's or a drawing's scale after its 1: (更新1:500数字线划图面积, h167): words of
     * a name, not a row's last figure — the text after it goes on with the name.
     */
    private static boolean scale(String s, int n) {
        return n >= 2 && (s.charAt(n - 1) == ':' || s.charAt(n - 1) == '∶' || s.charAt(n - 1) == '：') && Cells.isDigit(s.charAt(n - 2));
    }

    /**
     * Whether s[from, to) holds what only an indicator row holds: a comparator, or a quantity with a number glued right after
     * it (38公里109, 86.5%108, 0起1起) — a reason's text holds neither.
     */
    private static boolean rowShape(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Cells.comparatorAt(s, j) > 0) return true;
            if (!Cells.isDigit(s.charAt(j)) || j > from && Cells.isDigit(s.charAt(j - 1))) continue;
            int n = Cells.numberEnd(s, j), u = Math.max(org.jixiao.measure.Units.anyUnitEnd(s, n), n < to && s.charAt(n) == '%' ? n + 1 : n);
            if (u > n && u < to && Cells.isDigit(s.charAt(u))) return true;
        }
        return false;
    }

    /**
     * A name that begins with a figure and its unit (65岁及以上老年人…) glued after the row before's weight and score: the
     * row was cut before the unit (101065|岁及以上…). The figure goes back to the name where the digits left before it are
     * the common weight and a score no higher (1010 | 65), and no other split of the run is.
     */
    private static void digitLedNames(List<String> rows, List<Column> cols, String common) {
        if (!cols.contains(Column.WEIGHT) || !cols.contains(Column.SCORE) || cols.indexOf(Column.WEIGHT) > cols.indexOf(Column.SCORE)) return;
        for (int k = 1; k < rows.size(); k++) {
            String prev = rows.get(k - 1), r = rows.get(k);
            if (r.isEmpty() || !Script.isHan(r.charAt(0)) || figureWordEnd(r, 0) == 0 || levelLabelAt(r, 0) > 0) continue;
            Matcher m = DIGITS_TAIL.matcher(prev);
            if (!m.find() || m.group().indexOf('.') >= 0) continue;
            String d = m.group();
            int found = 0, at = -1;
            for (int n = 1; n <= 3 && n < d.length(); n++) {
                String head = d.substring(0, d.length() - n), figure = d.substring(d.length() - n);
                if (figure.charAt(0) == '0' || !head.startsWith(common) || head.length() == common.length()) continue;
                String score = head.substring(common.length());
                if (!NUMBER.matcher(score).matches() || new BigDecimal(score).compareTo(new BigDecimal(common)) > 0) continue;
                found++;
                at = d.length() - n;
            }
            if (found != 1 || m.start() + at >= prev.length()) continue;
            rows.set(k - 1, prev.substring(0, m.start() + at));
            rows.set(k, prev.substring(m.start() + at) + r);
        }
    }

    /** End of the word after a figure that begins a name: a unit of any reading, or an age (7岁以下, 65周岁); i if none. */
    static int figureWordEnd(String s, int i) {
        for (String w : List.of("周岁", "岁")) if (s.startsWith(w, i)) return i + w.length();
        return org.jixiao.measure.Units.anyUnitEnd(s, i);
    }

    /** Marks a row of {@link #rows} that is the 偏差原因 (reason) cell of the row before it. */
    static final char REASON_MARK = '\u0001';

    /**
     * Whether the text at {@code i}, after a number, goes on with the number's value rather than begin a new row: the
     * month or day of a date (2023年10月底前), or a unit after a number that is a value — one with a comparator before it
     * (≥1个工作日, ≥20类), or written with the unit read only in a cell of its own that the value before it ends with
     * (≥200场次|210场次).
     */
    static boolean valueGoesOn(String s, int rowStart, int i) {
        int ns = i;
        while (ns > rowStart && (Cells.isDigit(s.charAt(ns - 1)) || s.charAt(ns - 1) == '.')) ns--;
        int ds = ns; // the date may begin with the year or the month before this number
        for (int k = 0; k < 2 && ds - 2 >= rowStart && (s.charAt(ds - 1) == '年' || s.charAt(ds - 1) == '月') && Cells.isDigit(s.charAt(ds - 2)); k++) {
            ds--;
            while (ds > rowStart && Cells.isDigit(s.charAt(ds - 1))) ds--;
        }
        if (dateEnd(s, ds) > i) return true;
        int u = org.jixiao.measure.Units.anyUnitEnd(s, i);
        if (u == i) return false;
        for (int back = 1; back <= 3; back++) if (ns - back >= rowStart && Cells.comparatorAt(s, ns - back) == back) return true;
        String unit = s.substring(i, u);
        if (u <= org.jixiao.measure.Units.afterNumberEnd(s, i)) return false;
        // the value before ends with the same unit (≥200场次|210场次), or the same unit follows the next number (0起|0起)
        if (ns - unit.length() > rowStart && s.startsWith(unit, ns - unit.length()) && Cells.isDigit(s.charAt(ns - unit.length() - 1))) return true;
        int next = Cells.numberEnd(s, u);
        return next > u && s.startsWith(unit, next);
    }

    /**
     * The rows of a table whose values are its last cells (一级指标二级指标三级指标指标值): a row ends where its value ends —
     * a quantity with the longest unit that fits (≥128.6万亩|补贴农户数), a date (2024年6月底前), a qualitative phrase
     * before a level label (稳定增长|社会效益指标) — when what follows begins another row: a level label, or a name with a
     * value of its own before the next label. A level label begins a row whatever stands before it. Text that fits no cut
     * stays in one row (its reader says what it could not place).
     */
    static List<String> rowsByValue(String body, boolean targetOnly) {
        return rowsByValue(body, targetOnly, false);
    }

    /**
     * {@code reasonLast}: the 偏差原因 column closes the row, right after the actual (no 分值/得分 between, h83): text after
     * the row's second value that runs to the next level label (or the end) with no value of its own is that row's reason.
     */
    static List<String> rowsByValue(String body, boolean targetOnly, boolean reasonLast) {
        List<String> out = new ArrayList<>();
        int start = 0, n = body.length(), values = 0;
        boolean labelsOnly = true; // the row so far holds level labels only
        int name = 0; // where the row's name begins (after its labels)
        int i = 0;
        while (i < n) {
            int label = levelLabelAt(body, i);
            if (label > 0) {
                // a level label (with its 指标) begins the next row after a name of two characters or more, whatever the
                // row before ends with: a value its reader cannot tell is said there, never carried into the next row
                if (!labelsOnly && i - name >= 2) { out.add(body.substring(start, i)); start = i; values = 0; }
                labelsOnly = start == i || labelsOnly;
                i += label;
                if (labelsOnly) name = i;
                continue;
            }
            labelsOnly = false;
            char c = body.charAt(i);
            // a value follows a name of two characters or more (7岁以下儿童… begins with its name's digit)
            boolean valueStart = i >= name + 2 && Vocabulary.in(VALUE_FIRSTS, c) && (Cells.isDigit(c) || Cells.comparatorAt(body, i) > 0)
                    && !Cells.isDigit(body.charAt(i - 1)) && body.charAt(i - 1) != '.';
            if (valueStart) {
                int e = valueEnd(body, i);
                int twice = e > i && e < n && Script.isHan(body.charAt(e)) ? repeatedAfter(body, name, i, e) : 0;
                if (twice > 0) {
                    // the target's words written again as the actual: read on at the actual's figure, the row's second value
                    if (reasonLast) values++;
                    i = e + twice - (e - i);
                    continue;
                }
                if (reasonLast && e > i && ++values == 2 && e < n && Script.isHan(body.charAt(e)) && levelLabelAt(body, e) == 0) {
                    int l = e;
                    while (l < n && l - e <= ROW_REACH && levelLabelAt(body, l) == 0) l++;
                    if ((l >= n || levelLabelAt(body, l) > 0) && !Cells.isDigit(body.charAt(l - 1)) && !rowShape(body, e, l) && !hasValue(body, e, l)) {
                        out.add(body.substring(start, e));
                        out.add(REASON_MARK + body.substring(e, l));
                        start = l;
                        name = l;
                        i = l;
                        values = 0;
                        labelsOnly = true;
                        continue;
                    }
                }
                // the next row begins with a character of its name: Chinese, or a digit after a value its unit closes (≥90%|7岁…)
                boolean next = e < n && (Script.isHan(body.charAt(e)) || Cells.isDigit(body.charAt(e)) && !Cells.isDigit(body.charAt(e - 1)));
                if (e > i && next && levelLabelAt(body, e) == 0 && rowFollows(body, e, 2)) {
                    out.add(body.substring(start, e));
                    start = e;
                    name = e;
                    values = 0;
                    i = e;
                    continue;
                }
                if (e > i) { i = e; continue; }
            }
            // a qualitative target ends the row where a name of four characters or more and its own value follow
            // (有所提高|基金预警和风险防控能力有所提高); in a table with an actual after the target only before a label
            int q = targetOnly && i + 1 < n ? org.jixiao.measure.QualitativePhrases.endingAt(body, i + 1) : 0;
            if (q > 0 && i + 1 - q - name >= 2 && levelLabelAt(body, i + 1) == 0 && rowFollows(body, i + 1, 4)) {
                out.add(body.substring(start, i + 1));
                start = i + 1;
                name = i + 1;
                values = 0;
            }
            i++;
        }
        if (start < n) out.add(body.substring(start));
        return out;
    }

    /**
     * The length of the text that ends at {@code end} and is written again right after it — a target with words before its
     * figure met as set, its actual the same words (每季度结算1次|每季度结算1次) — or 0: longer than the figure at
     * {@code figure}, beginning with a Chinese character, after two characters or more of the row from {@code rowStart}.
     * Cut at its figure, the row's second half read as the next row (次每季度结算).
     */
    static int repeatedAfter(String s, int rowStart, int figure, int end) {
        for (int len = Math.min(end - rowStart - 2, s.length() - end); len > end - figure; len--) {
            if (Script.isHan(s.charAt(end - len)) && s.regionMatches(end - len, s, end, len)) return len;
        }
        return 0;
    }

    /**
     * Where the number that ends right before {@code i} begins (its digits and points, and its thousands separators:
     * a comma with a digit before it and three digits after it, then no more, is inside the number — 1,568项).
     */
    private static int figureStart(String s, int i) {
        int k = i;
        while (k > 0) {
            char c = s.charAt(k - 1);
            if (Cells.isDigit(c) || c == '.') k--;
            else if (c == ',' && k >= 2 && k + 3 <= i && Cells.isDigit(s.charAt(k - 2)) && threeDigits(s, k)) k--;
            else break;
        }
        return k;
    }

    /** Whether three digits begin at {@code k} and no digit follows them: a group after a thousands separator. */
    private static boolean threeDigits(String s, int k) {
        return Cells.isDigit(s.charAt(k)) && Cells.isDigit(s.charAt(k + 1)) && Cells.isDigit(s.charAt(k + 2))
                && (k + 3 == s.length() || !Cells.isDigit(s.charAt(k + 3)));
    }

    /** Whether s[from, to) holds a value: a quantity or a date (a reason's sentence holds none of them). */
    private static boolean hasValue(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Cells.comparatorAt(s, j) > 0) return true;
            if (Cells.isDigit(s.charAt(j)) && (j == from || !Cells.isDigit(s.charAt(j - 1))) && valueEnd(s, j) > Cells.numberEnd(s, j)) return true;
        }
        return false;
    }

    /** The length of the level label (a first- or second-level word with 指标) at i, 0 if none. */
    static int levelLabelAt(String s, int i) {
        String l = LEVEL_LABEL_WORDS.at(s, i); // asked at every character of a glued run: most begin no label
        return l == null ? 0 : l.length();
    }

    /** The level labels (一级/二级 words with 指标), longest first: the first written at a place is the longest. */
    private static final Vocabulary.Words LEVEL_LABEL_WORDS;
    /** A bit per character a value may begin with: a digit, a comparator's symbol or word (asked at every character). */
    private static final long[] VALUE_FIRSTS = Vocabulary.charSet("0123456789０１２３４５６７８９" + Vocabulary.COMPARATOR_SYMBOLS
            + Vocabulary.COMPARATOR_WORD_FIRSTS);
    static {
        List<String> all = new ArrayList<>(Vocabulary.LEVEL2.keySet());
        all.addAll(Vocabulary.LEVEL1);
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        LEVEL_LABEL_WORDS = Vocabulary.words(all);
    }

    /** The longest text looked at for the next row's name and value: an indicator's name is shorter. */
    private static final int ROW_REACH = 120;

    /**
     * Whether another row begins at {@code e}: a name of {@code minName} characters or more, then a value (a comparator
     * or a digit) or a qualitative phrase, before the next level label. Not where a value stands at {@code e} itself (a
     * quantity with its unit, a comparator, a phrase): that is the row's next value (an actual after its target).
     */
    private static boolean rowFollows(String s, int e, int minName) {
        if (e >= s.length() || Cells.comparatorAt(s, e) > 0) return false;
        int v = valueEnd(s, e);
        if (v > e && !Cells.isDigit(s.charAt(v - 1))) return false;
        for (int len = 3; len <= 6 && e + len <= s.length(); len++) if (org.jixiao.measure.QualitativePhrases.endingAt(s, e + len) == len) return false;
        for (int j = e; j < s.length() && j < e + ROW_REACH && levelLabelAt(s, j) == 0; j++) {
            // the first value decides: a name shorter than minName before it is no row's (种粮收益稳定增长|户数≥12万户)
            if (valueAt(s, j)) return j >= e + minName;
            int q = org.jixiao.measure.QualitativePhrases.endingAt(s, j + 1);
            if (q > 0) return j + 1 - q - e >= minName;
        }
        return false;
    }

    /**
     * Whether a value begins at j: a comparator, or a number with a unit or no Chinese character after it — not the
     * digits a name holds (7岁以下…, 12345热线).
     */
    private static boolean valueAt(String s, int j) {
        char c = s.charAt(j);
        if (!Vocabulary.in(VALUE_FIRSTS, c)) return false; // most characters begin no value
        if (Cells.comparatorAt(s, j) > 0) return true;
        if (!Cells.isDigit(s.charAt(j)) || j > 0 && (Cells.isDigit(s.charAt(j - 1)) || s.charAt(j - 1) == '.')) return false;
        int n = Cells.numberEnd(s, j);
        if (Cells.quantityEnd(s, j) > n || n >= s.length() || !Script.isHan(s.charAt(n))) return true;
        int u = org.jixiao.measure.Units.anyUnitEnd(s, n); // a count that ends its row (8座 before the next label)
        return u > n && (u == s.length() || levelLabelAt(s, u) > 0);
    }

    /** End of the value that begins at i: a date (2024年6月底前) or a quantity with the longest unit that fits (元/亩 whole); i if none. */
    static int valueEnd(String s, int i) {
        int d = dateEnd(s, i);
        if (d > i) return d;
        int q = Cells.quantityEnd(s, i);
        if (q < 0) return i;
        if (q + 1 < s.length() && s.charAt(q) == '/' && q > i && !Cells.isDigit(s.charAt(q - 1))) {
            int u = Cells.unitEnd(s, q + 1); // a unit per a unit: 元/亩, 人次/年
            if (u > q + 1) q = u;
        }
        // a unit of any reading longer than the one read glued (批次/千人, 场次), and its qualifier in brackets (台(套))
        int n = Cells.numberEnd(s, i + Cells.comparatorAt(s, i));
        if (n > i && !s.startsWith("以", q)) q = Math.max(q, org.jixiao.measure.Units.anyUnitEnd(s, n));
        q = qualifierEnd(s, q);
        return s.startsWith("左右", q) ? q + 2 : q; // an approximate target (70%左右)
    }

    /**
     * End of a unit's qualifier in brackets written right after the unit at {@code u} (台(套), 台（套）): a unit of its own
     * in brackets; {@code u} if none.
     */
    static int qualifierEnd(String s, int u) {
        if (u < 1 || u >= s.length() || s.charAt(u) != '(' && s.charAt(u) != '（' || Cells.isDigit(s.charAt(u - 1))) return u;
        int close = u + 1;
        while (close < s.length() && close - u <= 4 && s.charAt(close) != ')' && s.charAt(close) != '）') close++;
        if (close >= s.length() || close - u > 4 || close == u + 1) return u;
        return org.jixiao.measure.Units.unitCell(s.substring(u + 1, close)) ? close + 1 : u;
    }

    /** Start of a unit's qualifier in brackets ending at {@code end} ({@link #qualifierEnd}); {@code end} if none. */
    static int qualifierStart(String s, int end) {
        if (end < 4 || s.charAt(end - 1) != ')' && s.charAt(end - 1) != '）') return end;
        for (int open = end - 3; open >= Math.max(1, end - 5); open--) {
            if ((s.charAt(open) == '(' || s.charAt(open) == '（') && qualifierEnd(s, open) == end) return open;
        }
        return end;
    }

    /**
     * End of a date target at i (2024年6月底前, 12月底前, 2023年10月31日前), or i: a year and a month, or a month with
     * the end of a period or 前 after it — not a duration (3年, 6个月).
     */
    static int dateEnd(String s, int i) {
        int j = Cells.numberEnd(s, i);
        if (j == i || j >= s.length()) return i;
        boolean year = false, month = false;
        if (s.charAt(j) == '年') {
            year = true;
            int m = Cells.numberEnd(s, j + 1);
            if (m > j + 1 && m < s.length() && s.charAt(m) == '月') { month = true; j = m + 1; } else j = j + 1;
        } else if (s.charAt(j) == '月') { month = true; j = j + 1; } else return i;
        boolean day = false;
        if (month) {
            int d = Cells.numberEnd(s, j);
            if (d > j && d < s.length() && (s.charAt(d) == '日' || s.charAt(d) == '号')) { j = d + 1; day = true; }
        }
        int k = j;
        for (String w : List.of("上旬", "中旬", "下旬", "底", "末", "初")) if (s.startsWith(w, k)) { k += w.length(); break; }
        // a year and a festival before a deadline word (2023年春节前, h193/h229): the festival is the year's part
        if (year && !month && k == j && k < s.length() && FESTIVAL_FIRSTS.indexOf(s.charAt(k)) >= 0) {
            for (String w : FESTIVALS) if (s.startsWith(w, k) && deadlineAt(s, k + w.length())) { k += w.length(); break; }
        }
        for (String w : DEADLINE_WORDS) if (s.startsWith(w, k)) { k += w.length(); break; }
        // a year and its month, a month and its day (9月18日, h203: no 9月 | 18日), or a part of a month or a deadline
        if (!(year && month || day || k > j)) return i;
        // a range or a list of months after a whole date (2023年4月-6月, 2023年5月、6月): one value
        while (month && k + 1 < s.length() && "-—－~～至、".indexOf(s.charAt(k)) >= 0) {
            int m = Cells.numberEnd(s, k + 1);
            if (m == k + 1 || m >= s.length() || s.charAt(m) != '月') break;
            k = m + 1;
            int d = Cells.numberEnd(s, k);
            if (d > k && d < s.length() && (s.charAt(d) == '日' || s.charAt(d) == '号')) k = d + 1;
        }
        return k;
    }

    /** The festivals a deadline is set by (2023年春节前), longest first; the characters they begin with. */
    private static final List<String> FESTIVALS = List.of("中秋节", "国庆节", "端午节", "元宵节", "春节", "元旦", "中秋", "国庆", "端午", "元宵");
    private static final String FESTIVAL_FIRSTS = "中国端元春";

    /** The words that make a date a deadline (2023年底前, 2023年春节以前), longest first. */
    private static final List<String> DEADLINE_WORDS = List.of("以前", "之前", "前");

    private static boolean deadlineAt(String s, int k) {
        for (String w : DEADLINE_WORDS) if (s.startsWith(w, k)) return true;
        return false;
    }

    /** A line that is a page counter alone (1/3, 2 / 5): a page number over the pages' count. */
    static boolean pageCounter(String line) {
        String t = line.strip();
        int slash = t.indexOf('/');
        if (slash <= 0 || t.length() > 9) return false;
        String a = t.substring(0, slash).strip(), b = t.substring(slash + 1).strip();
        if (a.isEmpty() || b.isEmpty() || a.length() > 3 || b.length() > 3) return false;
        for (char c : (a + b).toCharArray()) if (c < '0' || c > '9') return false;
        int n = Integer.parseInt(a), m = Integer.parseInt(b);
        return n >= 1 && n <= m;
    }

    /** Start of a date target ending the text ({@link #dateEnd}), or -1. */
    static int trailingDate(String s) {
        for (int p = 0; p < s.length(); p++) {
            if (!Cells.isDigit(s.charAt(p)) || p > 0 && (Cells.isDigit(s.charAt(p - 1)) || s.charAt(p - 1) == '.')) continue;
            if (dateEnd(s, p) == s.length()) return p;
        }
        return -1;
    }

    /** A unit written after a number at i (not the first character of the next row's text: 天 of 天保工程). */
    private static boolean unitAt(String s, int i) {
        char c = s.charAt(i);
        int from = org.jixiao.measure.Units.multiplier(c) ? i + 1 : i;
        int ue = Cells.unitEnd(s, from);
        if (ue == from) return org.jixiao.measure.Units.multiplier(c);
        return ue >= s.length() || !Script.isHan(s.charAt(ue)) || s.startsWith("以上", ue) || s.startsWith("以下", ue);
    }

    /** {label, rest} when the row text begins with a level label (with or without 指标), else null. */
    static String[] leadingLabel(String r, boolean loose) {
        for (int len = Math.min(10, r.length()); len >= 2; len--) {
            String head = r.substring(0, len);
            Levels.Level l = loose ? Levels.loose(head) : Levels.level(head);
            if (l == null) continue;
            String rest = r.substring(len);
            if (head.endsWith("指标") || !rest.startsWith("指标")) return new String[] {head, rest};
        }
        return null;
    }

    private static final Pattern FLAG = Pattern.compile("[是否]$");
    private static final Pattern NATURE = Pattern.compile("(定量指标|定性指标|定量|定性)$");

    /**
     * One row read from its end: {name, target, actual, weight, score, definition}. Null when no column could be
     * placed at all (the caller warns).
     */
    static String[] readRow(String r, List<Column> cols, String commonWeight, boolean last) {
        String rest = r;
        String weight = null, score = null, target = null, actual = null, unit = null, def = null;
        int name = cols.indexOf(Column.NAME);
        List<Column> after = new ArrayList<>(cols.subList(name + 1, cols.size()));
        // 是否核心指标
        if (after.contains(Column.CORE)) rest = FLAG.matcher(rest).replaceFirst("");
        after.removeIf(c -> c == Column.CORE || c == Column.NOTE || c == Column.STANDARD || c == Column.REASON);
        boolean unitCol = after.remove(Column.UNIT);
        boolean natureCol = after.remove(Column.COMPARATOR) | after.remove(Column.TYPE);
        // number columns at the end, right to left, digits split by the common weight
        List<Column> tail = new ArrayList<>();
        while (!after.isEmpty()) {
            Column c = after.get(after.size() - 1);
            if (c == Column.TARGET || c == Column.ACTUAL) break;
            tail.add(0, after.remove(after.size() - 1));
        }
        // the value columns (target, actual) and the number columns between them (017: target, weight, actual, score)
        boolean interleaved = after.size() > 2;
        if (interleaved) {
            Matcher m = DIGITS_TAIL.matcher(rest);
            if (!m.find()) return last ? new String[] {rest, null, null, null, null, null, null} : null;
            String digits = m.group();
            List<Column> numeric = new ArrayList<>(after);
            numeric.addAll(tail);
            String[] parts = splitDigits(digits, numeric, commonWeight);
            if (parts == null) return last ? new String[] {rest, null, null, null, null, null, null} : null;
            rest = rest.substring(0, m.start());
            for (int k = 0; k < numeric.size(); k++) {
                switch (numeric.get(k)) {
                    case TARGET -> target = parts[k];
                    case ACTUAL -> actual = parts[k];
                    case WEIGHT -> weight = parts[k];
                    case SCORE -> score = parts[k];
                    default -> { }
                }
            }
            if (unitCol) { String[] u = trailingUnit(rest); if (u != null) { rest = u[0]; unit = u[1]; } }
            if (target != null && unit != null) target = target + unit;
            return new String[] {Cells.clean(rest), target, actual, weight, score, def, null};
        }
        // tail number columns: weight and score glued ("22", "1010"), a coefficient (100%), a lone score
        if (!tail.isEmpty()) {
            List<Column> nums = new ArrayList<>();
            boolean coefficient = false;
            for (Column c : tail) if (c == Column.COEFFICIENT) coefficient = true; else nums.add(c);
            Matcher m = DIGITS_TAIL.matcher(rest);
            if (!nums.isEmpty() && m.find() && m.start() > 0 && rest.charAt(m.start() - 1) != '.') {
                String digits = m.group();
                // a lone trailing score/weight must not eat the digits of a value without a unit (2100|10)
                String[] parts = splitDigits(digits, nums, commonWeight);
                if (parts != null && nums.size() == 1 && new BigDecimal(parts[0]).compareTo(new BigDecimal(100)) > 0) parts = null;
                int keep = 0;
                if (parts != null && !plausible(parts, nums)) parts = null;
                if (parts == null && nums.size() == 1) {
                    // the value glued before the weight: take the weight as the common one when the digits end with it
                    if (commonWeight != null && digits.endsWith(commonWeight) && digits.length() > commonWeight.length()) {
                        parts = new String[] {commonWeight};
                        keep = digits.length() - commonWeight.length();
                    }
                }
                if (parts == null && nums.size() == 2 && nums.contains(Column.WEIGHT) && nums.contains(Column.SCORE) && commonWeight != null
                        && (after.contains(Column.ACTUAL) || after.contains(Column.TARGET))) {
                    // a value without unit glued before the weight and the score (1001010 = 100 | 10 | 10, 0.11010): the one
                    // split whose weight is the common one and whose score is no higher
                    int found = 0;
                    for (int k = 1; k + commonWeight.length() < digits.length(); k++) {
                        String head = digits.substring(0, k), sc = digits.substring(k + commonWeight.length());
                        if (!NUMBER.matcher(head).matches() || !digits.startsWith(commonWeight, k) || !NUMBER.matcher(sc).matches()
                                || new BigDecimal(sc).compareTo(new BigDecimal(commonWeight)) > 0) continue;
                        parts = nums.get(0) == Column.WEIGHT ? new String[] {commonWeight, sc} : new String[] {sc, commonWeight};
                        keep = k;
                        found++;
                    }
                    if (found != 1) { parts = null; keep = 0; }
                }
                if (parts != null) {
                    rest = rest.substring(0, m.start() + keep);
                    for (int k = 0; k < nums.size(); k++) {
                        if (nums.get(k) == Column.WEIGHT) weight = parts[k];
                        else if (nums.get(k) == Column.SCORE) score = parts[k];
                    }
                }
            }
            if (coefficient) {
                // the 得分系数 (mostly 100%); a 0 glued before it is the actual value of its own (0100% = 0 | 100%)
                String cut = rest.replaceFirst("(?<![0-9.])(100|[1-9]?[0-9](\\.[0-9]+)?)%$", "");
                rest = cut.equals(rest) ? rest.replaceFirst("100%$", "") : cut;
            }
        }
        // the values: a quantity twice, or a quantity, or a text written twice
        boolean withActual = after.contains(Column.ACTUAL) || after.contains(Column.TARGET) && cols.contains(Column.STANDARD);
        String[] values = values(rest, withActual, unitCol);
        if (values == null && after.contains(Column.TARGET)) {
            Matcher bare = DIGITS_TAIL.matcher(rest); // a target written without unit (2100)
            if (bare.find() && bare.start() > 0 && NUMBER.matcher(bare.group()).matches()) {
                values = new String[] {rest.substring(0, bare.start()), bare.group(), null};
            }
        }
        if ((values == null || values[1] == null) && after.contains(Column.TARGET)) {
            // a target that is no quantity, glued to the name: a date (2024年6月底前) or a qualitative phrase (有所提高)
            String[] t = trailingTarget(values == null ? rest : values[0]);
            String[] first = t != null && values == null && withActual ? trailingTarget(t[0]) : null;
            // a qualitative target and a qualitative actual (不断缩小逐步缩小): two phrases, the first the target
            if (first != null) values = new String[] {first[0], first[1], t[1]};
            else if (t != null) values = new String[] {t[0], t[1], values == null ? null : values[2]};
        }
        if (values != null) {
            rest = values[0];
            target = values[1];
            actual = values[2];
        }
        String unread = null;
        if (natureCol) {
            String before = rest;
            rest = NATURE.matcher(rest).replaceFirst("");
            // 定性指标 printed over two lines and read across them (性标定指): the same four characters in another order
            if (rest.equals(before) && rest.length() > 5 && scrambledNature(rest.substring(rest.length() - 4))) {
                unread = rest.substring(rest.length() - 4);
                rest = rest.substring(0, rest.length() - 4);
            }
        }
        if (unitCol) {
            String[] u = trailingUnit(rest);
            if (u != null) rest = u[0];
            else if (target != null && unitOf(target) != null && !unitOf(target).equals("%")) {
                // the unit cell garbled by OCR (篇 read as tot扁): Latin letters glued after the name, one character after them
                Matcher g = GARBLED_UNIT.matcher(rest);
                if (g.find()) {
                    unread = unread == null ? g.group() : g.group() + " " + unread;
                    rest = rest.substring(0, g.start());
                }
            }
        }
        if (cols.contains(Column.DEFINITION)) {
            // a criterion begins with a comparator word (达到目标值, 达到预计值)
            for (String w : Vocabulary.COMPARATOR_WORDS) {
                int k = rest.indexOf(w);
                if (k > 0) { def = rest.substring(k); rest = rest.substring(0, k); break; }
            }
            // or with the words a definition begins with (反映…, 该指标…, 主要考察…), after a name of two characters or more
            int k = -1;
            for (String w : DEFINITION_LEADS) {
                int at = def == null ? rest.indexOf(w, 2) : -1;
                if (at >= 2 && (k < 0 || at < k)) k = at;
            }
            if (k >= 2) { def = rest.substring(k); rest = rest.substring(0, k); }
        }
        String nm = Cells.clean(rest);
        if (nm == null) return null;
        return new String[] {nm, target, actual, weight, score, def, unread};
    }

    /**
     * {name, target} when the text ends with a date (2024年6月底前) or a qualitative phrase (稳定增长, 有所提高,
     * measure.QualitativePhrases) after a name of two characters or more; null otherwise (the text stays whole).
     */
    static String[] trailingTarget(String s) {
        int d = trailingDate(s);
        if (d >= 2) return new String[] {s.substring(0, d), s.substring(d)};
        int c = trailingCount(s);
        if (c >= 2) return new String[] {s.substring(0, c), s.substring(c)};
        int q = org.jixiao.measure.QualitativePhrases.trailing(s);
        if (q > 0 && s.length() - q >= 2) return new String[] {s.substring(0, s.length() - q), s.substring(s.length() - q)};
        return null;
    }

    /**
     * Start of a quantity that ends the text with a unit of any reading (0起, =0起, 8座, 2000元/人·年): at the end of a
     * row no next word can begin with the unit's character, so the units read only in a cell of their own count here; -1.
     */
    static int trailingCount(String s) {
        for (int p = 2; p < s.length(); p++) {
            char c = s.charAt(p);
            int cmp = Cells.comparatorAt(s, p);
            if (cmp == 0 && !Cells.isDigit(c) || Cells.isDigit(s.charAt(p - 1)) || s.charAt(p - 1) == '.') continue;
            int n = Cells.numberEnd(s, p + cmp);
            if (n == p + cmp) continue;
            int u = org.jixiao.measure.Units.anyUnitEnd(s, n);
            if (u == n) continue;
            if (s.startsWith("以上", u) || s.startsWith("以下", u) || s.startsWith("以内", u)) u += 2;
            if (u == s.length()) return p;
        }
        return -1;
    }

    /** Latin letters after a Chinese character, and one Chinese character (not 率数量度) after them, ending the text (tot扁). */
    private static final Pattern GARBLED_UNIT = Pattern.compile("(?<=\\p{IsHan})[A-Za-z]{1,4}[\\p{IsHan}&&[^率数量度]]$");

    /** Whether four characters are 定性指标 or 定量指标 in another order (a two-line cell read column by column). */
    static boolean scrambledNature(String four) {
        if (four.length() != 4 || four.equals("定性指标") || four.equals("定量指标")) return false;
        char[] a = four.toCharArray();
        java.util.Arrays.sort(a);
        for (String w : List.of("定性指标", "定量指标")) {
            char[] b = w.toCharArray();
            java.util.Arrays.sort(b);
            if (java.util.Arrays.equals(a, b)) return true;
        }
        return false;
    }

    /** {rest, target, actual}: the value cells at the end of a row, or null when none is found. */
    static String[] values(String s, boolean withActual, boolean unitCol) {
        if (s.isEmpty()) return null;
        // a date, and a date before it (2023年10月底前2023年10月): the target and the actual
        int d = trailingDate(s);
        if (d >= 2 && withActual) {
            int t = trailingDate(s.substring(0, d));
            if (t >= 2) return new String[] {s.substring(0, t), s.substring(t, d), s.substring(d)};
        }
        // the same words twice with a figure inside (每季度结算1次每季度结算1次): the target met as set, read before the
        // quantities would cut it at its figure (每季度结算 | 1次)
        int twice = withActual ? Cells.doubledSuffix(s, 1) : -1; // (asked again below only when not asked here)
        if (twice > 0 && Script.isHan(s.charAt(s.length() - twice))) {
            String x = s.substring(s.length() - twice);
            if (Cells.hasDigit(x)) return new String[] {s.substring(0, s.length() - 2 * twice), x, x};
        }
        // two quantities: 5亿元6.47亿元, 100%92%, 26次12次
        int[] a = trailingQuantity(s, s.length());
        if (a == null && withActual) {
            // an actual written without unit after a target with one (3%0: 3% | 0)
            Matcher bare = DIGITS_TAIL.matcher(s);
            if (bare.find() && NUMBER.matcher(bare.group()).matches()) {
                int[] t = trailingQuantity(s, bare.start());
                if (t != null && t[0] > 0) return new String[] {s.substring(0, t[0]), s.substring(t[0], bare.start()), bare.group()};
            }
        }
        if (a != null) {
            if (!withActual) {
                int r = rangeStart(s, a[0]);
                return new String[] {s.substring(0, r), s.substring(r), null};
            }
            // each may be a range (5%-10%7.8%, 5万元-10万元5万元-10万元)
            int actualStart = rangeStart(s, a[0]);
            int[] t = trailingQuantity(s, actualStart);
            if (t == null) {
                // an actual that begins with a word (平均1.5小时, 约1.2小时) after a comparator target of the same unit (≤4小时)
                int w = actualLeadStart(s, actualStart);
                int[] c = w < actualStart ? trailingQuantity(s, w) : null;
                if (c != null && c[0] > 0 && Cells.comparatorAt(s, c[0]) > 0
                        && java.util.Objects.equals(unitOf(s.substring(c[0], w)), unitOf(s.substring(actualStart)))) {
                    t = c;
                    actualStart = w;
                }
            }
            int[] lead = t == null ? sharedLead(s, actualStart) : null;
            if (lead != null) {
                // the same words before target and actual (同比增长3%-5%同比增长4.2%): each value with its words
                t = new int[] {lead[1]};
                actualStart = lead[0];
            }
            if (t != null) t[0] = rangeStart(s, t[0]);
            if (t != null && t[0] > 0) {
                a[0] = actualStart;
                String target = s.substring(t[0], a[0]);
                String before = s.substring(0, t[0]);
                // the unit cell before the target: a garbled comparator between unit and number belongs to the target
                String unit = unitOf(s.substring(t[0], a[0]));
                if (unitCol && unit != null) {
                    int u = before.lastIndexOf(unit);
                    if (u > 0 && u + unit.length() < before.length() && before.length() - (u + unit.length()) <= 2) {
                        target = before.substring(u + unit.length()) + target;
                        before = before.substring(0, u + unit.length());
                    }
                }
                return new String[] {before, target, s.substring(a[0])};
            }
            // one quantity as actual, the target unreadable: the text since the previous unit cell (第O份)
            String unit = unitOf(s.substring(a[0]));
            String before = s.substring(0, a[0]);
            if (unitCol && unit != null) {
                int u = before.lastIndexOf(unit, before.length() - unit.length() - 1);
                int last = before.lastIndexOf(unit);
                if (last == before.length() - unit.length() && u > 0) {
                    return new String[] {before.substring(0, u + unit.length()), before.substring(u + unit.length()), s.substring(a[0])};
                }
            }
            return new String[] {before, null, s.substring(a[0])};
        }
        // the same text twice: 不超过预算不超过预算, 专款专用专款专用, 高高
        int len = withActual ? twice : Cells.doubledSuffix(s, 1);
        if (len < 0 && s.length() >= 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && Script.isHan(s.charAt(s.length() - 1))) len = 1;
        if (len > 0 && Cells.isDigit(s.charAt(s.length() - 1))) len = -1; // 2100 is one number, not 0 twice
        if (len > 0) {
            String x = s.substring(s.length() - len);
            return new String[] {s.substring(0, s.length() - 2 * len), x, withActual ? x : null};
        }
        return null;
    }

    /** Start of the words an actual may begin with (平均, 约, 累计平均) written right before {@code start}; start if none. */
    private static int actualLeadStart(String s, int start) {
        int w = start;
        for (boolean more = true; more; ) {
            more = false;
            for (String lead : ACTUAL_LEADS) if (w - lead.length() > 0 && s.startsWith(lead, w - lead.length())) { w -= lead.length(); more = true; break; }
        }
        return w;
    }

    /**
     * {where the actual's words begin, where the target's begin} when the Chinese words right before the actual's quantity
     * at {@code start} (two to six characters) stand as well right before a quantity (or range) that ends where they
     * begin, after a name of two characters or more: 内河港口货物吞吐量|同比增长3%-5%|同比增长4.2%. Else null.
     */
    private static int[] sharedLead(String s, int start) {
        for (int w = Math.min(6, start); w >= 2; w--) {
            int ws = start - w;
            boolean han = true;
            for (int k = ws; k < start && han; k++) han = Script.isHan(s.charAt(k));
            int[] q = han ? trailingQuantity(s, ws) : null;
            if (q == null) continue;
            int qs = rangeStart(s, q[0]);
            if (qs - w >= 2 && s.regionMatches(qs - w, s, ws, w)) return new int[] {ws, qs - w};
        }
        return null;
    }

    /** Words that open an actual with the target's unit after them (平均1.5小时, 约1.2小时, 累计平均2.1个工作日). */
    private static final List<String> ACTUAL_LEADS = List.of("平均", "约", "累计");

    /** Where a range ending in the quantity at {@code start} begins (95%-100%, 3-5次: the number before the dash), else start. */
    private static int rangeStart(String s, int start) {
        if (start < 2 || "-—~～至".indexOf(s.charAt(start - 1)) < 0) return start;
        int[] q = trailingQuantity(s, start - 1);
        if (q != null) return q[0];
        int k = figureStart(s, start - 1);
        return k < start - 1 && k > 0 ? k : start;
    }

    private static String unitOf(String q) {
        int i = q.length();
        while (i > 0 && !Cells.isDigit(q.charAt(i - 1))) i--;
        String u = q.substring(i);
        return u.isEmpty() ? null : u;
    }

    /** Start of a quantity ending at end: [comparator] digits[.digits] [万|亿] [unit], with a unit or %; null if none. */
    static int[] trailingQuantity(String s, int end) {
        int j = end;
        for (String suffix : QUANTITY_SUFFIXES) if (j - suffix.length() > 0 && s.startsWith(suffix, j - suffix.length())) { j -= suffix.length(); break; }
        j = qualifierStart(s, j);
        String unit = null;
        for (String u : org.jixiao.measure.Units.afterNumber()) {
            if (j - u.length() > 0 && s.startsWith(u, j - u.length())) { unit = u; break; }
        }
        int d = j; // else a unit of any reading that the digits before it reach (≥20类, 200场次, 4批次/千人, 2500元/生·年)
        while (d > 0 && j - d < 7 && !Cells.isDigit(s.charAt(d - 1))) d--;
        if (d > 0 && d < j && Cells.isDigit(s.charAt(d - 1)) && (org.jixiao.measure.Units.anyUnitEnd(s, d) == j || perUnit(s.substring(d, j)))
                && (unit == null || j - d > unit.length())) unit = s.substring(d, j);
        if (unit == null) return null;
        j -= unit.length();
        if (j > 1 && s.charAt(j - 1) == '/') {
            // a unit per a unit (元/亩, 人次/年): the quantity's own unit stands before the slash
            for (String u : org.jixiao.measure.Units.afterNumber()) {
                if (j - 1 - u.length() > 0 && s.startsWith(u, j - 1 - u.length())) { j -= 1 + u.length(); break; }
            }
        }
        if (j > 0 && org.jixiao.measure.Units.multiplier(s.charAt(j - 1))) j--;
        int k = figureStart(s, j);
        if (k == j) return null;
        // a leading 0 glued before a number (0100%) is a cell of its own
        while (k < j - 1 && s.charAt(k) == '0' && s.charAt(k + 1) != '.') k++;
        int bare = k;
        for (int back = 3; back >= 1; back--) if (k - back >= 0 && Cells.comparatorAt(s, k - back) == back) { k -= back; break; }
        // an equals sign OCR'd as ═ (═100%), and the words that set a level to hold (稳定在30万吨以上) belong to the target
        if (k == bare && k > 0 && s.charAt(k - 1) == '═') k--;
        for (String w : HOLD_WORDS) if (k == bare && k - w.length() > 0 && s.startsWith(w, k - w.length())) { k -= w.length(); break; }
        // a range of two bounds joined by 且 (≥95%且≤100%) is one target: the bound before 且 begins it
        if (k < bare && k > 1 && s.charAt(k - 1) == '且') {
            int[] first = trailingQuantity(s, k - 1);
            if (first != null && Cells.comparatorAt(s, first[0]) > 0) k = first[0];
        }
        return new int[] {k};
    }

    /** A unit glued after a number, per one of a thing and a period (元/生·年, 元/户): at the end of a row, where nothing follows. */
    private static final Pattern PER_UNIT = Pattern.compile("(元|万元|人次|次|个|吨|人|户)/\\p{IsHan}{1,3}(·\\p{IsHan}{1,2})?");

    private static boolean perUnit(String u) {
        return PER_UNIT.matcher(u).matches();
    }

    /** The words a 指标解释 cell begins with. */
    private static final List<String> DEFINITION_LEADS = List.of("该指标", "反映", "主要考察", "考察", "衡量");

    /** Words after a quantity that bound it (95%以上, 15日内) or make it approximate (70%左右): part of the target. */
    private static final List<String> QUANTITY_SUFFIXES = List.of("以上", "以下", "以内", "左右", "内");

    /** Words before a quantity that make it a level to hold (稳定在95%以上): part of the target. */
    private static final List<String> HOLD_WORDS = List.of("稳定在", "保持在", "控制在");

    /** {rest, unit}: a unit word written at the end of the name part. */
    static String[] trailingUnit(String s) {
        for (String u : List.of("万亩", "万人次", "%", "％")) if (s.endsWith(u) && s.length() > u.length()) return new String[] {s.substring(0, s.length() - u.length()), u};
        for (String u : org.jixiao.measure.Units.afterNumber()) if (s.endsWith(u) && s.length() > u.length() + 1) return new String[] {s.substring(0, s.length() - u.length()), u};
        return null;
    }

    /** Every split of the trailing digits into weight and score ({weight, score}) where they are equal. */
    private static List<String[]> weightScoreSplits(String r, List<Column> cols) {
        List<String[]> out = new ArrayList<>();
        Matcher m = DIGITS_TAIL.matcher(FLAG.matcher(r).replaceFirst(""));
        if (!m.find()) return out;
        String d = m.group();
        for (int a = 1; a < d.length(); a++) {
            for (int b = a + 1; b <= d.length(); b++) {
                String w = d.substring(a, b);
                if (NUMBER.matcher(w).matches() && d.startsWith(w, b) && b + w.length() == d.length()) out.add(new String[] {w, w});
            }
            String w = d.substring(d.length() - a);
            if (NUMBER.matcher(w).matches() && !w.equals("0")) out.add(new String[] {w, w});
        }
        if (d.length() % 2 == 0 && d.substring(0, d.length() / 2).equals(d.substring(d.length() / 2))) out.add(new String[] {d.substring(0, d.length() / 2)});
        return out;
    }

    /**
     * Splits a run of digits into one number per column. Weight and score columns must be equal when both are
     * present and are preferred equal to the common weight; every part must be a number (no leading zero).
     */
    static String[] splitDigits(String d, List<Column> cols, String common) {
        List<String[]> found = new ArrayList<>();
        split(d, 0, cols, new String[cols.size()], found);
        String[] best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String[] f : found) {
            int s = 0;
            String w = null, sc = null;
            for (int k = 0; k < cols.size(); k++) {
                if (cols.get(k) == Column.WEIGHT) w = f[k];
                if (cols.get(k) == Column.SCORE) sc = f[k];
            }
            if (w != null && sc != null) s += w.equals(sc) ? 4 : -4;
            if (common != null && (common.equals(w) || common.equals(sc))) s += 3;
            for (int k = 0; k < cols.size(); k++) {
                if ((cols.get(k) == Column.WEIGHT || cols.get(k) == Column.SCORE) && new BigDecimal(f[k]).compareTo(new BigDecimal(100)) > 0) s -= 5;
                if ((cols.get(k) == Column.WEIGHT) && new BigDecimal(f[k]).signum() == 0) s -= 5;
            }
            if (s > bestScore) { bestScore = s; best = f; }
        }
        if (bestScore >= 3 || found.size() == 1) return best;
        // else the one split that can stand (weight 1 to 100, a score no higher: 1514 = 15 | 14), if only one can
        String[] only = null;
        for (String[] f : found) {
            if (!plausible(f, cols)) continue;
            if (only != null) return null;
            only = f;
        }
        return only;
    }

    /** Whether weight and score can stand: a weight above 0 and at most 100, a score no higher than it (or than 100). */
    private static boolean plausible(String[] parts, List<Column> cols) {
        BigDecimal w = null, sc = null;
        for (int k = 0; k < cols.size(); k++) {
            if (cols.get(k) == Column.WEIGHT) w = new BigDecimal(parts[k]);
            if (cols.get(k) == Column.SCORE) sc = new BigDecimal(parts[k]);
        }
        BigDecimal hundred = new BigDecimal(100);
        if (w != null && (w.signum() <= 0 || w.compareTo(hundred) > 0)) return false;
        return sc == null || sc.compareTo(w != null ? w : hundred) <= 0;
    }

    private static void split(String d, int from, List<Column> cols, String[] cur, List<String[]> found) {
        int k = 0;
        while (k < cur.length && cur[k] != null) k++;
        if (k == cur.length) { if (from == d.length()) found.add(cur.clone()); return; }
        for (int to = from + 1; to <= d.length(); to++) {
            String p = d.substring(from, to);
            if (p.endsWith(".")) continue;
            if (!NUMBER.matcher(p).matches()) { if (p.startsWith("0") && p.length() > 1 && p.charAt(1) != '.') break; continue; }
            cur[k] = p;
            split(d, to, cols, cur, found);
            cur[k] = null;
            if (found.size() > 200) return;
        }
    }
}
