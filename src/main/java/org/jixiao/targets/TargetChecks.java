package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.measure.Comparator;
import org.jixiao.measure.Dimension;
import org.jixiao.measure.Quantity;
import org.jixiao.measure.Value;
import org.jixiao.measure.Reading;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.Scorer;

/**
 * 绩效目标质量审核: what is wrong with a target table before it is submitted — a target below last year's actual, a
 * vague phrase where a number was possible, weights that do not add up, a missing 产出/效益/满意度, the same
 * indicator twice, a cost indicator without money. Each finding names its indicator; its severity comes from
 * {@link QualityRules}. Plain Java: the same checks run on the page, at submission and in the command line.
 */
public final class TargetChecks {
    /** Names whose indicator is a number by nature (rates, counts, durations, amounts). */
    private static final Pattern NUMERIC_NAME = Pattern.compile(".*(率|比例|占比|次数|人数|人次|家数|数量|时间|金额|标准|天数)$");
    private static final String[][] CATEGORIES = {{"产出", "output"}, {"效益", "benefit"}, {"满意度", "satisfaction"}};
    private final IndicatorLibrary library;
    private final QualityRules rules;

    public TargetChecks(IndicatorLibrary library, QualityRules rules) {
        this.library = library;
        this.rules = rules;
    }

    public static TargetChecks standard() { return new TargetChecks(IndicatorLibrary.standard(), QualityRules.standard()); }

    /**
     * @param lastYear the same unit's table of the year before (its actuals are last year's values), if any; a row's own
     *                 上年值 (department tables) is used where last year's table has no such indicator
     */
    public List<TargetFinding> check(Scorecard s, Optional<Scorecard> lastYear) {
        List<TargetFinding> out = new ArrayList<>();
        Map<String, Indicator> previous = new HashMap<>();
        lastYear.ifPresent(ly -> ly.indicators().forEach(i -> { if (i.name() != null) previous.putIfAbsent(IndicatorLibrary.normal(i.name()), i); }));
        Map<String, Integer> seen = new HashMap<>();
        List<Indicator> rows = s.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            if (r.name() == null || r.name().isBlank()) continue;
            String key = IndicatorLibrary.normal(r.name());
            Value target = r.targetReading().value();
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                out.add(finding(TargetFinding.Check.DUPLICATE, i, r, "「" + r.name() + "」与第" + (first + 1) + "行重复",
                        q(r.name()) + " repeats row " + (first + 1)));
            }
            belowLastYear(out, i, r, target, previous.get(key));
            vague(out, i, r, target, previous.get(key));
            cost(out, i, r, target);
        }
        for (Finding f : Scorer.evaluate(s).findings()) {
            if (f.code() == Finding.Code.WEIGHTS_DO_NOT_ADD_UP || f.code() == Finding.Code.WEIGHT_MISSING) {
                Integer at = f.indicatorIndex();
                String name = at == null ? null : rows.get(at).name();
                out.add(new TargetFinding(TargetFinding.Check.WEIGHTS, rules.of(TargetFinding.Check.WEIGHTS), at, name, f.zh(), f.en()));
            }
        }
        // a 部门整体 table is laid out by 职责 without 一级指标: there is no category to miss
        if (rows.stream().anyMatch(r -> r.level1() != null && !r.level1().isBlank())) {
            for (String[] c : CATEGORIES) {
                boolean present = rows.stream().anyMatch(r -> r.level1() != null && r.level1().startsWith(c[0]));
                if (!present) {
                    out.add(new TargetFinding(TargetFinding.Check.MISSING_CATEGORY, rules.of(TargetFinding.Check.MISSING_CATEGORY),
                            null, null, "没有" + c[0] + "指标", "no " + c[1] + " indicator"));
                }
            }
        }
        return out;
    }

    public static boolean blocks(List<TargetFinding> findings) { return findings.stream().anyMatch(TargetFinding::blocking); }

    private void belowLastYear(List<TargetFinding> out, int i, Indicator r, Value target, Indicator previous) {
        Bound t = Bound.of(target);
        if (t == null) return;
        String lastText = previous != null && !blank(previous.actual()) ? previous.actual()
                : r.references() != null ? r.references().lastYear() : null;
        Quantity last = quantity(Reading.of(lastText).value());
        if (last == null) return;
        Optional<BigDecimal> lastInT = last.in(t.quantity().unit());
        if (lastInT.isEmpty()) return;
        int cmp = t.quantity().amount().compareTo(lastInT.get());
        boolean worse = t.comparator().higherIsBetter() ? cmp < 0 : cmp > 0;
        if (worse) {
            out.add(finding(TargetFinding.Check.BELOW_LAST_YEAR, i, r,
                    "「" + r.name() + "」年度指标值" + r.target() + (t.comparator().higherIsBetter() ? "低于" : "宽于") + "上年实际" + lastText,
                    q(r.name()) + ": target " + q(r.target()) + (t.comparator().higherIsBetter() ? " is below" : " is looser than")
                            + " last year's actual " + q(lastText)));
        }
    }

    private void vague(List<TargetFinding> out, int i, Indicator r, Value target, Indicator previous) {
        if (!(target instanceof Value.Qualitative) && !(target instanceof Value.FreeText)) return;
        Optional<LibraryIndicator> entry = library.byName(r.name());
        String unit = entry.filter(LibraryIndicator::quantifiable).map(LibraryIndicator::unit).orElse(null);
        boolean lastNumeric = previous != null && quantity(previous.actualReading().value()) != null;
        if (unit == null && !lastNumeric && !NUMERIC_NAME.matcher(r.name()).matches()) return;
        String hint = unit == null ? "" : "（" + unit + "）";
        out.add(finding(TargetFinding.Check.VAGUE_TARGET, i, r,
                "「" + r.name() + "」的指标值「" + r.target() + "」无法衡量，该指标可以用数值表示" + hint,
                q(r.name()) + ": the target " + q(r.target()) + " is not measurable where a number was possible"
                        + (unit == null ? "" : " (" + unit + ")")));
    }

    private void cost(List<TargetFinding> out, int i, Indicator r, Value target) {
        boolean costRow = (r.level1() != null && r.level1().contains("成本")) || (r.level2() != null && r.level2().contains("成本"));
        if (!costRow) return;
        Quantity q = quantity(target);
        if (q != null && q.unit().dimension() == Dimension.MONEY) return;
        out.add(finding(TargetFinding.Check.COST_WITHOUT_MONEY, i, r,
                "成本指标「" + r.name() + "」的指标值" + (blank(r.target()) ? "为空" : "「" + r.target() + "」") + "不是金额（应如 ≤320万元）",
                "cost indicator " + q(r.name()) + " has no amount of money as its target (e.g. " + q("≤320万元") + ")"));
    }

    private TargetFinding finding(TargetFinding.Check c, int i, Indicator r, String zh, String en) {
        return new TargetFinding(c, rules.of(c), i, r.name(), zh, en);
    }

    /** A target read as a comparator and a quantity: "≥4次" as it is, a bare "98%" or "200人次" as ≥. */
    private record Bound(Comparator comparator, Quantity quantity) {
        static Bound of(Value v) {
            return switch (v) {
                case Value.Bound b -> new Bound(b.comparator(), b.quantity());
                case Value.Measured m -> new Bound(Comparator.GE, m.quantity());
                default -> null;
            };
        }
    }

    private static Quantity quantity(Value v) {
        return switch (v) {
            case Value.Bound b -> b.quantity();
            case Value.Measured m -> m.quantity();
            default -> null;
        };
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** Data in an English finding stays as written, quoted “…” (docs/architecture.md: every explanation in both languages). */
    private static String q(String data) { return "“" + data + "”"; }
}
