package org.jixiao.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.kernel.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Field paths ("indicators[4].reason") as people read them: 第5项「参保率」的偏差原因分析及改进措施. Violations and
 * findings carry paths for the API; pages name the indicator by its 序号 and name, in the page language only.
 * Templates call it as {@code @fieldLabels}.
 */
@Component("fieldLabels")
public class FieldLabels {
    private static final Pattern REPORT = Pattern.compile("^report\\.(\\w+)\\[(\\d+)\\]$");
    /** A monitoring round in the audit trail: "monitoring[7]" (before: "monitoring[1-7月]"). */
    private static final Pattern MONITORING = Pattern.compile("^monitoring\\[(?:1-)?(\\d+)月?\\]$");
    /** What a monitoring round's audit entry says: money paid, the budget light, the red indicators. */
    private static final Pattern MONITORED = Pattern.compile("^paid=([-\\d.]+);budget=(RED|YELLOW|GREEN|BLUE|NONE);red=(\\d+)$");
    private static final Pattern INDICATOR = Pattern.compile("^(?:tables\\[\\d+\\]\\.)?indicators\\[(\\d+)\\](?:\\.(\\w+))?");
    /** Message keys of the column names, by the last part of a path. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("level1", "ind.level1"), Map.entry("level2", "ind.level2"), Map.entry("name", "ind.name"),
            Map.entry("target", "ind.target"), Map.entry("actual", "ind.actual"), Map.entry("weight", "ind.weight"),
            Map.entry("score", "ind.score"), Map.entry("reason", "ind.reason"), Map.entry("definition", "dept.definition"),
            Map.entry("duty", "dept.duty"), Map.entry("dutyGoal", "dept.dutyGoal"), Map.entry("activity", "dept.activity"),
            Map.entry("grade", "eval.grade"), Map.entry("completionPercent", "eval.completion"),
            Map.entry("valueKind", "eval.valueKind"), Map.entry("budget.planned", "budget.planned"),
            Map.entry("budget.executed", "budget.executed"), Map.entry("overallGoal.target", "goal.target"),
            Map.entry("overallGoal.achievement", "goal.achievement"), Map.entry("year", "field.year"),
            Map.entry("project", "field.project"), Map.entry("unit", "field.unit"), Map.entry("title", "field.title"),
            Map.entry("comment", "workflow.commentLabel"), Map.entry("reviewComment", "history.returned"),
            Map.entry("report", "tabs.report"));
    private final MessageSource messages;

    public FieldLabels(MessageSource messages) { this.messages = messages; }

    /** 第5项「参保率」 / No. 5 “参保率”: an indicator by its position (0-based index) and name. */
    public String indicator(int index, String name, Locale locale) {
        return messages.getMessage("label.indicator", new Object[] {index + 1, name == null ? "" : name}, locale);
    }

    /** The path as words ("" when it names nothing a person would recognise, e.g. "$"). */
    public String describe(String path, Scorecard s, Locale locale) {
        if (path == null) return "";
        Matcher r = REPORT.matcher(path);
        if (r.matches()) {
            return messages.getMessage("label.report", new Object[] {
                    word("report." + r.group(1).toUpperCase(Locale.ROOT), locale), Integer.parseInt(r.group(2)) + 1}, locale);
        }
        Matcher mon = MONITORING.matcher(path);
        if (mon.matches()) return messages.getMessage("label.monitoring", new Object[] {mon.group(1)}, locale);
        // evidence (佐证材料): of the table, of an indicator, of a monitoring round (by the round's id)
        if (path.equals("evidence")) return word("label.evidence", locale);
        if (path.startsWith("evidence:monitoring[")) return word("label.evidence.round", locale);
        if (path.startsWith("evidence:")) {
            String of = describe(path.substring("evidence:".length()), s, locale);
            return of.isEmpty() ? word("label.evidence", locale) : messages.getMessage("label.evidence.of", new Object[] {of}, locale);
        }
        Matcher m = INDICATOR.matcher(path);
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            List<Indicator> rows = s == null ? List.of() : s.indicators();
            String name = i < rows.size() ? rows.get(i).name() : null;
            String row = name == null ? messages.getMessage("label.row", new Object[] {i + 1}, locale) : indicator(i, name, locale);
            String column = m.group(2) == null ? null : COLUMNS.get(m.group(2));
            return column == null ? row : messages.getMessage("label.of", new Object[] {row, word(column, locale)}, locale);
        }
        String key = COLUMNS.get(path.replaceFirst("^tables\\[\\d+\\]\\.", ""));
        return key == null ? "" : word(key, locale);
    }

    /**
     * An audit entry's old or new value as the page shows it: what is kept in no language (a monitoring round's
     * "paid=100;budget=RED;red=1") in the page's words, anything else as stored.
     */
    public String value(String path, String value, Locale locale) {
        if (value == null || path == null || !MONITORING.matcher(path).matches()) return value;
        Matcher v = MONITORED.matcher(value);
        if (!v.matches()) return value;
        return messages.getMessage("label.monitored", new Object[] {v.group(1), word("label.light." + v.group(2), locale),
                Integer.parseInt(v.group(3))}, locale);
    }

    /** One violation as a sentence in the page language, led by the field it concerns. */
    public String message(Violation v, Scorecard s, Locale locale) {
        String where = describe(v.field(), s, locale);
        String text = english(locale) ? v.en() : v.zh();
        return where.isEmpty() ? text : where + (english(locale) ? ": " : "：") + text;
    }

    public List<String> messages(List<Violation> violations, Scorecard s, Locale locale) {
        return violations.stream().map(v -> message(v, s, locale)).toList();
    }

    private static final Pattern READING = Pattern.compile("^(.*) \\((.*)\\)$", Pattern.DOTALL);

    /**
     * The grammar's reading ("≥ 4 次 (下限 / lower bound)", ValueGrammar.describe) with only the page language's half
     * of its bilingual kind.
     */
    public String reading(String reading, Locale locale) {
        if (reading == null) return null;
        Matcher m = READING.matcher(reading);
        if (!m.matches()) return reading;
        String kind = m.group(2);
        int slash = kind.indexOf(" / ");
        String zh = slash < 0 ? (kind.chars().allMatch(c -> c < 128) ? null : kind) : kind.substring(0, slash);
        String en = slash < 0 ? kind : kind.substring(slash + 3);
        String shown = english(locale) ? en : zh;
        return shown == null ? m.group(1) : m.group(1) + (english(locale) ? " (" + shown + ")" : "（" + shown + "）");
    }

    /** The one of a bilingual pair the page shows. */
    public static String inLanguage(String zh, String en, Locale locale) { return english(locale) ? en : zh; }

    static boolean english(Locale locale) { return locale != null && "en".equals(locale.getLanguage()); }

    private String word(String key, Locale locale) { return messages.getMessage(key, null, key, locale); }
}
