package org.jixiao.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.kernel.TextChecks;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;

/**
 * What must hold before a scorecard is saved, whichever door it comes through (API, import, UI).
 * Every violation is collected so the user can fix them all at once. Scoring-level checks (weights adding up,
 * shortfall reasons) are findings of the evaluation, not reasons to refuse a draft.
 */
public final class ScorecardValidator {
    private static final Set<String> FORMS = Set.of("transfer-self-evaluation", "project-self-evaluation", "transfer-targets",
            "department-targets", "department-self-evaluation", "project-targets", "evaluation-report");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Far beyond any real budget in 万元, and within what the database columns hold. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");
    /*
     * Limits as the forms need them, with room to spare over the published tables of the corpus (at most 29 rows;
     * names up to 102 characters, targets and actuals up to 151, notes up to 113, narratives up to 409). The total
     * bounds the work one request can cause — a save, a PDF export of the largest allowed table (issue 15,
     * finding 7); the largest table of the corpus has under 10,000 characters of text.
     */
    public static final int MAX_INDICATORS = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_VALUE = 500;
    public static final int MAX_NOTE = 1_000;
    public static final int MAX_NARRATIVE = 3_000;
    public static final int MAX_TOTAL_TEXT = 100_000;

    private ScorecardValidator() {}

    public static List<Violation> check(Scorecard s) {
        List<Violation> v = new ArrayList<>();
        if (s.form() != null && !FORMS.contains(s.form())) {
            v.add(new Violation("form", "表格类型无效：" + s.form() + "，应为 " + FORMS,
                    "unknown form " + s.form() + ", expected one of " + FORMS));
        }
        if (s.year() != null && (s.year() < 1990 || s.year() > 2100)) {
            v.add(new Violation("year", "年度应在1990至2100之间", "year must be between 1990 and 2100"));
        }
        // what every scorecard needs to be found again: its year, and its project or the unit that holds it (a
        // department's table has no project)
        if (s.year() == null) v.add(new Violation("year", "年度不能为空", "year is required"));
        if (blank(s.project()) && blank(s.unit())) {
            v.add(new Violation("project", "项目名称和实施单位不能都为空", "project and unit cannot both be empty"));
        }
        name(v, "title", s.title());
        name(v, "project", s.project());
        name(v, "unit", s.unit());
        name(v, "competentDepartment", s.competentDepartment());
        name(v, "region", s.region());
        if (s.overallGoal() != null) {
            text(v, "overallGoal.target", s.overallGoal().target(), MAX_NARRATIVE);
            text(v, "overallGoal.achievement", s.overallGoal().achievement(), MAX_NARRATIVE);
        }
        Budget b = s.budget();
        nonNegative(v, "budget.initial", b.initial());
        nonNegative(v, "budget.planned", b.planned());
        nonNegative(v, "budget.executed", b.executed());
        nonNegative(v, "budget.ratePercent", b.ratePercent());
        for (int i = 0; i < b.sources().size(); i++) {
            FundSource f = b.sources().get(i);
            String p = "budget.sources[" + i + "]";
            if (f == null) { v.add(new Violation(p, "资金来源不能为空", "fund source cannot be null")); continue; }
            if (blank(f.name())) v.add(new Violation(p + ".name", "资金来源名称不能为空", "fund source name is required"));
            name(v, p + ".name", f.name());
            nonNegative(v, p + ".planned", f.planned());
            nonNegative(v, p + ".executed", f.executed());
            nonNegative(v, p + ".ratePercent", f.ratePercent());
        }
        if (s.indicators().size() > MAX_INDICATORS) {
            v.add(new Violation("indicators", "指标不能超过" + MAX_INDICATORS + "条", "at most " + MAX_INDICATORS + " indicators"));
        }
        for (int i = 0; i < s.indicators().size(); i++) {
            checkIndicator(v, "indicators[" + i + "]", s.indicators().get(i));
        }
        long total = totalText(s);
        if (total > MAX_TOTAL_TEXT) {
            v.add(new Violation("indicators", "整张表的文字过多（" + total + " 字，最多 " + MAX_TOTAL_TEXT + " 字）",
                    "too much text in the scorecard (" + total + " characters, at most " + MAX_TOTAL_TEXT + ")"));
        }
        return v;
    }

    /** All the text of a scorecard, in characters. */
    public static long totalText(Scorecard s) {
        long n = len(s.title()) + len(s.project()) + len(s.unit()) + len(s.competentDepartment()) + len(s.region());
        if (s.overallGoal() != null) n += len(s.overallGoal().target()) + len(s.overallGoal().achievement());
        for (FundSource f : s.budget().sources()) n += f == null ? 0 : len(f.name());
        for (Indicator i : s.indicators()) {
            if (i == null) continue;
            n += len(i.level1()) + len(i.level2()) + len(i.name()) + len(i.target()) + len(i.actual()) + len(i.reason())
                    + len(i.definition()) + len(i.duty()) + len(i.dutyGoal()) + len(i.goalContent()) + len(i.activity());
        }
        return n;
    }

    private static int len(String x) { return x == null ? 0 : x.length(); }

    /** Throws with every violation when there is any. */
    public static void require(Scorecard s) {
        List<Violation> v = check(s);
        if (!v.isEmpty()) throw new ValidationException(v);
    }

    private static void checkIndicator(List<Violation> v, String p, Indicator ind) {
        if (ind == null) { v.add(new Violation(p, "指标不能为空", "indicator cannot be null")); return; }
        if (blank(ind.name())) v.add(new Violation(p + ".name", "三级指标名称不能为空", "indicator name is required"));
        name(v, p + ".name", ind.name());
        name(v, p + ".level1", ind.level1());
        name(v, p + ".level2", ind.level2());
        text(v, p + ".target", ind.target(), MAX_VALUE);
        text(v, p + ".actual", ind.actual(), MAX_VALUE);
        text(v, p + ".reason", ind.reason(), MAX_NOTE);
        text(v, p + ".definition", ind.definition(), MAX_NOTE);
        text(v, p + ".duty", ind.duty(), MAX_NOTE);
        text(v, p + ".dutyGoal", ind.dutyGoal(), MAX_NOTE);
        text(v, p + ".goalContent", ind.goalContent(), MAX_NOTE);
        text(v, p + ".activity", ind.activity(), MAX_NOTE);
        percent(v, p + ".weight", ind.weight(), "分值", "weight");
        percent(v, p + ".score", ind.score(), "得分", "score");
        percent(v, p + ".completionPercent", ind.completionPercent(), "完成比例", "completion percent");
        percent(v, p + ".deduction", ind.deduction(), "调减分值", "deduction");
        if (ind.score() != null && ind.weight() != null && ind.score().compareTo(ind.weight()) > 0) {
            v.add(new Violation(p + ".score", "得分不能高于分值", "score cannot exceed the weight"));
        }
        if (ind.grade() != null && ind.completionPercent() != null && !ind.grade().admits(ind.completionPercent())) {
            v.add(new Violation(p + ".completionPercent",
                    "完成比例" + ind.completionPercent().toPlainString() + "%不在「" + ind.grade().label() + "」的区间内",
                    "completion " + ind.completionPercent().toPlainString() + "% is outside the band of grade " + ind.grade().english()));
        }
    }

    private static void percent(List<Violation> v, String field, BigDecimal x, String zh, String en) {
        if (x != null && (x.signum() < 0 || x.compareTo(HUNDRED) > 0)) {
            v.add(new Violation(field, zh + "应在0至100之间", en + " must be between 0 and 100"));
        }
    }

    private static void nonNegative(List<Violation> v, String field, BigDecimal x) {
        if (x != null && x.signum() < 0) v.add(new Violation(field, "不能为负数", "cannot be negative"));
        if (x != null && x.abs().compareTo(MAX_AMOUNT) >= 0) {
            v.add(new Violation(field, "数额过大（应小于10¹⁵）", "amount too large (must be below 10^15)"));
        }
    }

    /** A name: one line, no control characters. */
    private static void name(List<Violation> v, String field, String x) {
        if (x != null && x.codePoints().anyMatch(Character::isISOControl)) {
            v.add(new Violation(field, "名称中不能有控制字符（含换行）", "a name cannot contain control characters (line breaks included)"));
        }
        text(v, field, x, MAX_NAME);
    }

    /** Any text: within its limit, no control character but line breaks and tabs, no broken character. */
    private static void text(List<Violation> v, String field, String x, int max) {
        if (x == null) return;
        if (x.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            v.add(new Violation(field, "含有无效的控制字符", "contains an invalid control character"));
        }
        if (TextChecks.hasLoneSurrogate(x)) {
            v.add(new Violation(field, "含有残缺的字符（不成对的代理项）", "contains a broken character (an unpaired surrogate)"));
        }
        if (x.length() > max) {
            v.add(new Violation(field, "文字过长（最多" + max + "字）", "text too long (at most " + max + " characters)"));
        }
    }

    private static boolean blank(String x) { return x == null || x.isBlank(); }
}
