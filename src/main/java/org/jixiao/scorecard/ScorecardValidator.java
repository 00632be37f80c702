package org.jixiao.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;

/**
 * What must hold before a scorecard is saved, whichever door it comes through (API, import, UI).
 * Every violation is collected so the user can fix them all at once. Scoring-level checks (weights adding up,
 * shortfall reasons) are findings of the evaluation, not reasons to refuse a draft.
 */
public final class ScorecardValidator {
    private static final Set<String> FORMS = Set.of("transfer-self-evaluation", "project-self-evaluation", "transfer-targets",
            "department-targets", "project-targets", "evaluation-report");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Far beyond any real budget in 万元, and within what the database columns hold. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");
    private static final int MAX_INDICATORS = 1000;
    private static final int MAX_NAME = 500;
    private static final int MAX_TEXT = 20_000;

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
        if (blank(s.project()) && blank(s.unit()) && blank(s.title())) {
            v.add(new Violation("project", "项目名称、实施单位和标题不能都为空",
                    "project, unit and title cannot all be empty"));
        }
        text(v, "title", s.title(), MAX_NAME);
        text(v, "project", s.project(), MAX_NAME);
        text(v, "unit", s.unit(), MAX_NAME);
        text(v, "competentDepartment", s.competentDepartment(), MAX_NAME);
        if (s.overallGoal() != null) {
            text(v, "overallGoal.target", s.overallGoal().target(), MAX_TEXT);
            text(v, "overallGoal.achievement", s.overallGoal().achievement(), MAX_TEXT);
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
        return v;
    }

    /** Throws with every violation when there is any. */
    public static void require(Scorecard s) {
        List<Violation> v = check(s);
        if (!v.isEmpty()) throw new ValidationException(v);
    }

    private static void checkIndicator(List<Violation> v, String p, Indicator ind) {
        if (ind == null) { v.add(new Violation(p, "指标不能为空", "indicator cannot be null")); return; }
        if (blank(ind.name())) v.add(new Violation(p + ".name", "三级指标名称不能为空", "indicator name is required"));
        text(v, p + ".name", ind.name(), MAX_NAME);
        text(v, p + ".target", ind.target(), MAX_TEXT);
        text(v, p + ".actual", ind.actual(), MAX_TEXT);
        text(v, p + ".reason", ind.reason(), MAX_TEXT);
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

    private static void text(List<Violation> v, String field, String x, int max) {
        if (x != null && x.indexOf('\u0000') >= 0) {
            v.add(new Violation(field, "含有无效的控制字符（NUL）", "contains an invalid control character (NUL)"));
        }
        if (x != null && x.length() > max) {
            v.add(new Violation(field, "文字过长（最多" + max + "字）", "text too long (at most " + max + " characters)"));
        }
    }

    private static boolean blank(String x) { return x == null || x.isBlank(); }
}
