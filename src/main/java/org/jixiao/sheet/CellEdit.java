package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.Violation;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ScorecardValidator;
import org.jixiao.scorecard.ValueKind;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.Scorer;

/**
 * One cell edited in place on the page: a field path as the API names it ("indicators[3].actual",
 * "budget.executed", "overallGoal.achievement") and the text typed. Reads the current value, checks the new one
 * with the same {@link ScorecardValidator} every door uses, and applies it to a copy of the scorecard.
 * Row operations (add, remove, move) live here too so the page has one place that changes a scorecard.
 */
final class CellEdit {
    private static final Pattern ROW = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");
    static final List<String> ROW_FIELDS = List.of("level1", "level2", "name", "target", "actual", "weight", "reason",
            "duty", "dutyGoal", "goalContent", "activity", "definition", "grade", "completionPercent", "valueKind");
    private static final List<String> NUMERIC = List.of("weight", "completionPercent", "budget.planned",
            "budget.executed", "budget.initial");

    private CellEdit() {}

    /** The text the cell shows for a field path, or empty when the path names nothing. */
    static Optional<String> current(Scorecard s, String field) {
        Matcher m = ROW.matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i >= s.indicators().size()) return Optional.empty();
            Indicator r = s.indicators().get(i);
            return switch (m.group(2)) {
                case "level1" -> Optional.of(text(r.level1()));
                case "level2" -> Optional.of(text(r.level2()));
                case "name" -> Optional.of(text(r.name()));
                case "target" -> Optional.of(text(r.target()));
                case "actual" -> Optional.of(text(r.actual()));
                case "weight" -> Optional.of(number(r.weight()));
                case "reason" -> Optional.of(text(r.reason()));
                case "duty" -> Optional.of(text(r.duty()));
                case "dutyGoal" -> Optional.of(text(r.dutyGoal()));
                case "goalContent" -> Optional.of(text(r.goalContent()));
                case "activity" -> Optional.of(text(r.activity()));
                case "definition" -> Optional.of(text(r.definition()));
                case "grade" -> Optional.of(r.grade() == null ? "" : r.grade().name());
                case "completionPercent" -> Optional.of(number(r.completionPercent()));
                case "valueKind" -> Optional.of(r.valueKind() == null ? "" : r.valueKind().name());
                default -> Optional.empty();
            };
        }
        Budget b = s.budget();
        OverallGoal g = s.overallGoal();
        return switch (field) {
            case "budget.planned" -> Optional.of(number(b.planned()));
            case "budget.executed" -> Optional.of(number(b.executed()));
            case "budget.initial" -> Optional.of(number(b.initial()));
            case "overallGoal.target" -> Optional.of(g == null ? "" : text(g.target()));
            case "overallGoal.achievement" -> Optional.of(g == null ? "" : text(g.achievement()));
            default -> Optional.empty();
        };
    }

    /**
     * The scorecard with the cell set to {@code value}, or the violations that forbid it (bilingual, naming the
     * field). Blank means "nothing written" (null), as on the published form.
     */
    static Result apply(Scorecard s, String field, String value) {
        if (current(s, field).isEmpty()) {
            return Result.refused(new Violation(field, "无法编辑该单元格", "this cell cannot be edited"));
        }
        String v = value == null || value.isBlank() ? null : value.strip();
        BigDecimal n = null;
        String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        if (NUMERIC.contains(field) || NUMERIC.contains(leaf)) {
            if (v != null) {
                try {
                    n = new BigDecimal(v.replace(",", "").replace("，", ""));
                } catch (NumberFormatException e) {
                    return Result.refused(new Violation(field, "请输入数字（如 12.5）", "enter a number (e.g. 12.5)"));
                }
            }
        }
        QualitativeGrade grade = null;
        if (leaf.equals("grade") && v != null) {
            try {
                grade = QualitativeGrade.valueOf(v);
            } catch (IllegalArgumentException e) {
                return Result.refused(new Violation(field, "等级无效", "unknown grade"));
            }
        }
        ValueKind kind = null;
        if (leaf.equals("valueKind") && v != null) { // blank: back to the default from the unit
            try {
                kind = ValueKind.valueOf(v);
            } catch (IllegalArgumentException e) {
                return Result.refused(new Violation(field, "汇总方式应为 绝对（求和）或 相对（加权平均）",
                        "the aggregation must be ABSOLUTE (summed) or RELATIVE (fund-weighted)"));
            }
        }
        if (v != null && (leaf.equals("target") || leaf.equals("actual"))) { // checked as typed, the reading shown
            org.jixiao.measure.Reading reading = org.jixiao.measure.Reading.of(v);
            String[] problem = leaf.equals("target") ? reading.problemAsTarget() : reading.problemAsActual();
            if (problem != null) return Result.refused(new Violation(field, problem[0], problem[1]));
        }
        Scorecard edited;
        Matcher m = ROW.matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            List<Indicator> rows = new ArrayList<>(s.indicators());
            rows.set(i, withField(rows.get(i), m.group(2), v, n, grade, kind));
            edited = s.withIndicators(rows);
        } else {
            edited = withHeader(s, field, v, n);
        }
        List<Violation> violations = ScorecardValidator.check(edited).stream()
                .filter(x -> x.field().equals(field) || x.field().startsWith(field + ".") || related(field, x.field()))
                .toList();
        return violations.isEmpty() ? new Result(edited, List.of(), checks(edited, field, leaf)) : new Result(null, violations);
    }

    /** What the scorer finds about a row's value pair that saving does not refuse but submission does (or must be looked at). */
    private static final java.util.Set<Finding.Code> VALUE_CHECKS =
            java.util.EnumSet.of(Finding.Code.UNREADABLE_ACTUAL, Finding.Code.UNIT_MISMATCH);

    /**
     * A target or actual typed into a row: the scorer's own findings on the pair (「abc」 against 「≥10次」 cannot be
     * compared, another unit cannot be converted) — said as it is typed, kept apart from the violations because saving
     * stays allowed (the row may still be graded by hand); the finding blocks submission until then.
     */
    private static List<Finding> checks(Scorecard edited, String field, String leaf) {
        Matcher m = ROW.matcher(field);
        if (!m.matches() || !(leaf.equals("target") || leaf.equals("actual"))) return List.of();
        int i = Integer.parseInt(m.group(1));
        return Scorer.evaluate(edited).findings().stream()
                .filter(f -> f.indicatorIndex() != null && f.indicatorIndex() == i && VALUE_CHECKS.contains(f.code())).toList();
    }

    /** Grade and completion % are checked together: a violation on one concerns the other as well. */
    private static boolean related(String field, String violated) {
        Matcher a = ROW.matcher(field);
        Matcher b = ROW.matcher(violated);
        return a.matches() && b.matches() && a.group(1).equals(b.group(1))
                && a.group(2).equals("grade") && b.group(2).equals("completionPercent");
    }

    /** @param checks the scorer's findings on an edited row's target/actual pair: shown as typed, saving allowed */
    record Result(Scorecard scorecard, List<Violation> violations, List<Finding> checks) {
        Result(Scorecard scorecard, List<Violation> violations) { this(scorecard, violations, List.of()); }

        static Result refused(Violation v) { return new Result(null, List.of(v)); }
        boolean ok() { return violations.isEmpty(); }
    }

    /** A new row after {@code after} (-1: at the top) in the same 一级/二级 group, with an empty name to fill in. */
    static Scorecard addRow(Scorecard s, int after) {
        List<Indicator> rows = new ArrayList<>(withWeightsWritten(s).indicators());
        int at = Math.max(0, Math.min(after + 1, rows.size()));
        Indicator like = rows.isEmpty() ? null : rows.get(Math.max(0, at - 1));
        Indicator fresh = like == null ? Indicator.builder().name("新指标").build()
                : Indicator.builder().level1(like.level1()).level2(like.level2()).name("新指标")
                .duty(like.duty()).dutyGoal(like.dutyGoal()).goalContent(like.goalContent()).build();
        rows.add(at, fresh);
        return s.withIndicators(rows);
    }

    static Scorecard removeRow(Scorecard s, int index) {
        List<Indicator> rows = new ArrayList<>(withWeightsWritten(s).indicators());
        if (index >= 0 && index < rows.size()) rows.remove(index);
        return s.withIndicators(rows);
    }

    /** Swaps a row with its neighbour ({@code delta} -1 up, +1 down); out of range is a no-op. */
    static Scorecard moveRow(Scorecard s, int index, int delta) {
        List<Indicator> rows = new ArrayList<>(withWeightsWritten(s).indicators());
        int to = index + delta;
        if (index < 0 || index >= rows.size() || to < 0 || to >= rows.size()) return s;
        String from = level1(rows.get(index));
        String other = level1(rows.get(to));
        if (from != null && other != null && !from.equals(other)) {
            // the row would stand among another category's rows: categories stay contiguous
            throw new RefusedException("「" + rows.get(index).name() + "」属于" + from + "，不能移入" + other
                    + "之间；如需改变类别，请修改其一级指标",
                    "'" + rows.get(index).name() + "' belongs to " + from + " and cannot move among " + other
                            + "; change its first-level category instead");
        }
        rows.add(to, rows.remove(index));
        return s.withIndicators(rows);
    }

    private static String level1(Indicator i) {
        return i.level1() == null || i.level1().isBlank() ? null : i.level1().strip();
    }

    /**
     * The rows with their 分值 written in: a table whose weights were derived by the rules keeps them as they are
     * when a row is added, moved or removed (the new row has none until the filler gives it one).
     */
    static Scorecard withWeightsWritten(Scorecard s) {
        if (s.indicators().stream().allMatch(i -> i.weight() != null)) return s;
        List<BigDecimal> weights = Scorer.weights(s);
        List<Indicator> rows = new ArrayList<>(s.indicators().size());
        for (int i = 0; i < s.indicators().size(); i++) {
            Indicator r = s.indicators().get(i);
            rows.add(r.weight() != null ? r : r.withWeight(weights.get(i)));
        }
        return s.withIndicators(rows);
    }

    private static Indicator withField(Indicator r, String f, String v, BigDecimal n, QualitativeGrade g, ValueKind k) {
        Indicator.Builder b = r.toBuilder();
        Indicator.Builder edited = switch (f) {
            case "level1" -> b.level1(v);
            case "level2" -> b.level2(v);
            case "name" -> b.name(v == null ? "" : v);
            case "target" -> b.target(v);
            case "actual" -> b.actual(v);
            case "weight" -> b.weight(n);
            case "reason" -> b.reason(v);
            case "definition" -> b.definition(v);
            case "duty" -> b.duty(v);
            case "dutyGoal" -> b.dutyGoal(v);
            case "goalContent" -> b.goalContent(v);
            case "activity" -> b.activity(v);
            case "grade" -> b.grade(g);
            case "completionPercent" -> b.completionPercent(n);
            case "valueKind" -> b.valueKind(k);
            default -> b;
        };
        return edited.build();
    }

    private static Scorecard withHeader(Scorecard s, String field, String v, BigDecimal n) {
        Budget b = s.budget();
        OverallGoal g = s.overallGoal() == null ? new OverallGoal(null, null) : s.overallGoal();
        Budget nb = switch (field) {
            case "budget.planned" -> new Budget(b.currency(), b.initial(), n, b.executed(), rate(b.executed(), n), b.sources());
            case "budget.executed" -> new Budget(b.currency(), b.initial(), b.planned(), n, rate(n, b.planned()), b.sources());
            case "budget.initial" -> new Budget(b.currency(), n, b.planned(), b.executed(), b.ratePercent(), b.sources());
            default -> b;
        };
        OverallGoal ng = switch (field) {
            case "overallGoal.target" -> new OverallGoal(v, g.achievement());
            case "overallGoal.achievement" -> new OverallGoal(g.target(), v);
            default -> s.overallGoal();
        };
        return new Scorecard(s.form(), s.title(), s.year(), s.project(), s.unit(), s.competentDepartment(), s.region(),
                nb, ng, s.indicators());
    }

    /** 执行率 as the form writes it (B/A in %, 2 dp), recomputed when A or B is edited. */
    private static BigDecimal rate(BigDecimal executed, BigDecimal planned) {
        if (executed == null || planned == null || planned.signum() == 0) return null;
        return executed.multiply(new BigDecimal("100")).divide(planned, 2, java.math.RoundingMode.HALF_UP);
    }

    private static String text(String s) { return s == null ? "" : s; }

    private static String number(BigDecimal n) { return n == null ? "" : n.stripTrailingZeros().toPlainString(); }
}
