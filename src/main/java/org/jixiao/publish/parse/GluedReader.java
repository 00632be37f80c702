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
    private static final Pattern COUNTER = Pattern.compile("^[0-9]{1,2}、");
    private static final Pattern DIGITS_TAIL = Pattern.compile("[0-9.]+$");
    private static final Pattern NUMBER = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** The glued header line, or -1: three or more header words written with nothing between them. */
    static int headerLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            int at = raw.indexOf("三级指标");
            if (at < 0) at = raw.indexOf("指标名称");
            // glued: the next header word follows with nothing between (a spaced, tabbed or piped header is not)
            if (at < 0 || at + 4 >= raw.length() || Cells.isSpace(raw.charAt(at + 4)) || raw.indexOf('|') >= 0
                    || raw.indexOf('\t') >= 0) continue;
            String k = HeaderWords.key(raw);
            at = k.indexOf(raw.substring(at, at + 4));
            List<Column> cols = HeaderWords.columns(k.substring(at), HeaderWords.INDICATOR);
            if (cols.size() >= 4) return i;
        }
        return -1;
    }

    /**
     * The rows of the glued table under {@code header}. {@code beat} is the score of the reading it competes with: when
     * even every row complete (2 each, see {@link TextParser#score}) could not beat it, the rows are not read (empty).
     */
    static List<Indicator> read(List<Line> lines, int header, List<ParseWarning> warnings, double beat) {
        StringBuilder sb = new StringBuilder();
        for (int i = header; i < lines.size() && sb.length() < MAX_BODY; i++) {
            String t = lines.get(i).text();
            Matcher counter = COUNTER.matcher(t);
            if (i > header && counter.find()) {
                // a document site's chunk counter ("2、") where its pages join, not table text
                warnings.add(ParseWarning.of(lines.get(i).no(), "删去文库页面的分段序号: " + counter.group(),
                        "a document site's chunk counter removed: " + counter.group()));
                t = t.substring(counter.end());
            }
            sb.append(t);
        }
        String text = withoutSpacesInText(sb);
        String key = text;
        int at = key.indexOf("三级指标");
        int nameWord = at >= 0 ? at : key.indexOf("指标名称");
        // the header ends with its last header word
        int end = nameWord, i = nameWord;
        List<Column> cols = new ArrayList<>();
        while (i < key.length() && i - end <= 12) {
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
        if (2.0 * rows.size() <= beat) return List.of();
        List<Indicator> out = new ArrayList<>();
        List<String[]> parsed = new ArrayList<>();
        Map<String, Integer> weights = new HashMap<>();
        for (String r : rows) {
            for (String[] split : weightScoreSplits(r, cols)) {
                BigDecimal w = new BigDecimal(split[0]);
                if (w.signum() > 0 && w.compareTo(new BigDecimal(100)) <= 0) weights.merge(split[0], 1, Integer::sum);
            }
        }
        String commonWeight = weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String level1 = null, level2 = null;
        for (int k = 0; k < rows.size(); k++) {
            String r = rows.get(k);
            // a level label opens the row; a bare word right after a label is the start of the name (数量指标成本控制)
            boolean afterLevel2 = false;
            while (true) {
                String[] lab = leadingLabel(r, true);
                if (lab == null || afterLevel2 && !lab[0].endsWith("指标")) break;
                afterLevel2 = Levels.loose(lab[0]).level2() != null;
                Levels.Level l = Levels.loose(lab[0]);
                if (l.level2() == null) { level1 = l.level1(); level2 = null; }
                else { level2 = l.level2(); if (level1 == null || !level1.equals(l.level1()) && !"成本指标".equals(l.level2())) level1 = l.level1(); }
                r = lab[1];
            }
            if (r.isEmpty()) continue;
            String[] row = readRow(r, cols, commonWeight, k == rows.size() - 1);
            if (row == null) {
                warnings.add(ParseWarning.of(lineNo, "无法拆分的粘连行,未读取: " + r, "a glued row that could not be split, not read: " + r));
                continue;
            }
            parsed.add(row);
            out.add(Indicator.builder().level1(levels ? level1 : null).level2(levels ? level2 : null).name(row[0]).target(row[1])
                    .actual(row[2]).weight(num(row[3])).score(num(row[4])).definition(row[5]).build());
        }
        return out;
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

    /** Cuts the glued body into rows by the type of the row's last column. */
    static List<String> rows(String body, List<Column> cols, boolean levels) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean core = cols.contains(Column.CORE);
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i), p = body.charAt(i - 1);
            boolean cut = false;
            if (core) cut = (p == '是' || p == '否') && i >= 2 && Cells.isDigit(body.charAt(i - 2));
            else if (Cells.isDigit(p) && !Cells.isDigit(c) && c != '.' && c != '%' && !unitAt(body, i)) {
                // text after a number that is not its unit: a new row begins (with its label, or with its name)
                cut = Script.isHan(c) || c == '“' || c == '"';
            }
            if (cut) { out.add(body.substring(start, i)); start = i; }
        }
        if (start < body.length()) out.add(body.substring(start));
        return out;
    }

    /** A unit written after a number at i (not the first character of the next row's text: 天 of 天保工程). */
    private static boolean unitAt(String s, int i) {
        char c = s.charAt(i);
        int from = c == '万' || c == '亿' ? i + 1 : i;
        int ue = Cells.unitEnd(s, from);
        if (ue == from) return c == '万' || c == '亿';
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
            if (!m.find()) return last ? new String[] {rest, null, null, null, null, null} : null;
            String digits = m.group();
            List<Column> numeric = new ArrayList<>(after);
            numeric.addAll(tail);
            String[] parts = splitDigits(digits, numeric, commonWeight);
            if (parts == null) return last ? new String[] {rest, null, null, null, null, null} : null;
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
            return new String[] {Cells.clean(rest), target, actual, weight, score, def};
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
                if (parts == null && nums.size() == 1) {
                    // the value glued before the weight: take the weight as the common one when the digits end with it
                    if (commonWeight != null && digits.endsWith(commonWeight) && digits.length() > commonWeight.length()) {
                        parts = new String[] {commonWeight};
                        keep = digits.length() - commonWeight.length();
                    }
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
        if (values != null) {
            rest = values[0];
            target = values[1];
            actual = values[2];
        }
        if (natureCol) rest = NATURE.matcher(rest).replaceFirst("");
        if (unitCol) {
            String[] u = trailingUnit(rest);
            if (u != null) rest = u[0];
        }
        if (cols.contains(Column.DEFINITION)) {
            // a criterion begins with a comparator word (达到目标值, 达到预计值)
            for (String w : Vocabulary.COMPARATOR_WORDS) {
                int k = rest.indexOf(w);
                if (k > 0) { def = rest.substring(k); rest = rest.substring(0, k); break; }
            }
        }
        String nm = Cells.clean(rest);
        if (nm == null) return null;
        return new String[] {nm, target, actual, weight, score, def};
    }

    /** {rest, target, actual}: the value cells at the end of a row, or null when none is found. */
    static String[] values(String s, boolean withActual, boolean unitCol) {
        if (s.isEmpty()) return null;
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
            if (!withActual) return new String[] {s.substring(0, a[0]), s.substring(a[0]), null};
            int[] t = trailingQuantity(s, a[0]);
            if (t != null && t[0] > 0) {
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
        int len = Cells.doubledSuffix(s, 1);
        if (len < 0 && s.length() >= 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && Script.isHan(s.charAt(s.length() - 1))) len = 1;
        if (len > 0 && Cells.isDigit(s.charAt(s.length() - 1))) len = -1; // 2100 is one number, not 0 twice
        if (len > 0) {
            String x = s.substring(s.length() - len);
            return new String[] {s.substring(0, s.length() - 2 * len), x, withActual ? x : null};
        }
        return null;
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
        for (String suffix : List.of("以上", "以下", "以内")) if (j - suffix.length() > 0 && s.startsWith(suffix, j - suffix.length())) { j -= suffix.length(); break; }
        String unit = null;
        for (String u : Vocabulary.UNITS) {
            if (j - u.length() > 0 && s.startsWith(u, j - u.length())) { unit = u; break; }
        }
        if (unit == null) return null;
        j -= unit.length();
        if (j > 0 && (s.charAt(j - 1) == '万' || s.charAt(j - 1) == '亿')) j--;
        int k = j;
        while (k > 0 && (Cells.isDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) k--;
        if (k == j) return null;
        // a leading 0 glued before a number (0100%) is a cell of its own
        while (k < j - 1 && s.charAt(k) == '0' && s.charAt(k + 1) != '.') k++;
        for (int back = 2; back >= 1; back--) if (k - back >= 0 && Cells.comparatorAt(s, k - back) == back) { k -= back; break; }
        return new int[] {k};
    }

    /** {rest, unit}: a unit word written at the end of the name part. */
    static String[] trailingUnit(String s) {
        for (String u : List.of("万亩", "万人次", "%", "％")) if (s.endsWith(u) && s.length() > u.length()) return new String[] {s.substring(0, s.length() - u.length()), u};
        for (String u : Vocabulary.UNITS) if (s.endsWith(u) && s.length() > u.length() + 1) return new String[] {s.substring(0, s.length() - u.length()), u};
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
        return bestScore >= 3 || found.size() == 1 ? best : null;
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
