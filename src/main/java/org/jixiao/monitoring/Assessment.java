package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.measure.Comparator;
import org.jixiao.measure.Dimension;
import org.jixiao.measure.Quantity;
import org.jixiao.measure.Value;
import org.jixiao.measure.Reading;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.kernel.Violation;

/**
 * 目标比较法 for one round (RULES §4.3): the budget light from the execution rate against the time schedule (m/12),
 * each indicator's light from its progress against the target pro rata (cumulative amounts) or directly (rates,
 * durations), its expected year-end value and the 完成目标可能性; and what must be fixed before the round is kept —
 * above all a reason and a corrective measure for every red light.
 */
public final class Assessment {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWELVE = new BigDecimal("12");

    public record Budget(BigDecimal planned, BigDecimal paid, BigDecimal committed, BigDecimal ratePercent,
                         BigDecimal timeProgressPercent, BigDecimal ratio, Light light, String zh, String en) {}

    public record Entry(int indicator, String name, String target, String progress, String expected, Possibility possibility,
                        String reason, String measure, BigDecimal ratio, Light light, String zh, String en) {}

    public record Result(int month, Budget budget, List<Entry> entries, Light overall, List<Violation> violations) {
        public long count(Light l) { return entries.stream().filter(e -> e.light() == l).count(); }
    }

    private Assessment() {}

    public static Result of(Scorecard s, RoundInput in, MonitoringRules rules) {
        List<Violation> v = new ArrayList<>();
        List<Integer> months = rules.months(s.region());
        int m = in.month() == null ? 0 : in.month();
        if (in.month() == null || !months.contains(in.month())) {
            String zh = String.join("、", months.stream().map(x -> "1–" + x + "月").toList());
            String en = String.join(", ", months.stream().map(x -> "1–" + x).toList());
            v.add(new Violation("month", "监控期应为 " + zh + " 之一（按" + (s.region() == null ? "全国" : s.region()) + "的规则）",
                    "the round must be one of months " + en + " (data up to the end of that month, by the rules of "
                            + (s.region() == null ? "the country" : "“" + s.region() + "”") + ")"));
        }
        if (in.paid() == null) v.add(new Violation("paid", "截至监控月实际支付数不能为空", "paid to date is required"));
        money(v, "paid", in.paid());
        money(v, "committed", in.committed());
        Budget budget = budget(s, in, m, rules);
        List<Entry> entries = new ArrayList<>();
        Light overall = budget.light();
        for (int i = 0; i < in.entries().size(); i++) {
            RoundInput.Entry e = in.entries().get(i);
            String p = "entries[" + i + "]";
            if (e == null || e.indicator() == null || e.indicator() < 0 || e.indicator() >= s.indicators().size()) {
                v.add(new Violation(p + ".indicator", "指标序号应在 0 到 " + (s.indicators().size() - 1) + " 之间",
                        "indicator must be between 0 and " + (s.indicators().size() - 1)));
                continue;
            }
            Possibility poss;
            try {
                poss = Possibility.parse(e.possibility());
            } catch (IllegalArgumentException x) {
                v.add(new Violation(p + ".possibility", "完成目标可能性应为 确定能、有可能 或 不可能", "possibility must be 确定能, 有可能 or 不可能"));
                poss = null;
            }
            Indicator row = s.indicators().get(e.indicator());
            Entry judged = indicator(e.indicator(), row, e, poss, m, rules);
            entries.add(judged);
            overall = overall.worse(judged.light());
            boolean needs = judged.light() == Light.RED || poss == Possibility.LIKELY || poss == Possibility.UNLIKELY;
            if (needs && blank(e.reason())) {
                v.add(new Violation(p + ".reason", "「" + row.name() + "」" + judged.light().zh() + "，须填写偏差原因",
                        "\"" + row.name() + "\" is " + judged.light().en() + ": a reason for the deviation is required"));
            }
            if (needs && blank(e.measure())) {
                v.add(new Violation(p + ".measure", "「" + row.name() + "」" + judged.light().zh() + "，须填写纠偏措施",
                        "\"" + row.name() + "\" is " + judged.light().en() + ": a corrective measure is required"));
            }
        }
        if (budget.light() == Light.RED && blank(in.note())) {
            v.add(new Violation("note", "预算执行" + budget.light().zh() + "（" + budget.zh() + "），须说明原因和纠偏措施",
                    "budget execution is red (" + budget.en() + "): explain the reason and the corrective measure"));
        }
        return new Result(m, budget, entries, overall, v);
    }

    static Budget budget(Scorecard s, RoundInput in, int m, MonitoringRules rules) {
        BigDecimal a = s.budget().planned();
        if (a == null || a.signum() == 0 || in.paid() == null || m <= 0) {
            return new Budget(a, in.paid(), in.committed(), null, null, null, Light.NONE, "无全年预算数，不判断", "no budget: not judged");
        }
        BigDecimal rate = pct(in.paid(), a);
        BigDecimal time = pct(BigDecimal.valueOf(m), TWELVE);
        BigDecimal ratio = in.paid().multiply(TWELVE).multiply(HUNDRED).divide(a.multiply(BigDecimal.valueOf(m)), 2, RoundingMode.HALF_UP);
        Light l = ratio.compareTo(rules.budgetRedBelow()) < 0 ? Light.RED
                : ratio.compareTo(rules.budgetYellowBelow()) < 0 ? Light.YELLOW : Light.GREEN;
        String zh = "执行率 " + rate.toPlainString() + "%，序时进度 " + time.toPlainString() + "%，比值 " + ratio.toPlainString();
        String en = "execution " + rate.toPlainString() + "%, time progress " + time.toPlainString() + "%, ratio " + ratio.toPlainString();
        return new Budget(a, in.paid(), in.committed(), rate, time, ratio, l, zh, en);
    }

    static Entry indicator(int index, Indicator row, RoundInput.Entry e, Possibility poss, int m, MonitoringRules rules) {
        Value target = row.targetReading().value();
        Quantity progress = quantity(Reading.of(e.progress()).value());
        Quantity expected = quantity(Reading.of(e.expected()).value());
        BigDecimal ratio = null;
        Light light = Light.NONE;
        String zh = "定性指标，按完成目标可能性判断", en = "qualitative: judged by the possibility";
        Comparator cmp = comparator(target);
        Quantity t = quantity(target);
        if (cmp != null && t != null && progress != null) {
            Optional<BigDecimal> pv = progress.in(t.unit());
            if (pv.isPresent()) {
                if (!cmp.higherIsBetter()) {
                    boolean ok = cmp == Comparator.LT ? pv.get().compareTo(t.amount()) < 0 : pv.get().compareTo(t.amount()) <= 0;
                    light = ok ? Light.GREEN : Light.RED;
                    zh = "反向指标：进度 " + e.progress() + (ok ? " 未超过" : " 超过") + "指标值 " + row.target();
                    en = "reverse indicator: progress " + q(e.progress()) + (ok ? " within" : " beyond") + " the target " + q(row.target());
                } else if (t.amount().signum() == 0) {
                    light = pv.get().compareTo(t.amount()) == 0 ? Light.GREEN : Light.RED;
                    zh = "指标值为 0：进度须等于 0"; en = "target 0: progress must equal 0";
                } else {
                    // cumulative amounts (counts, money) are pro-rated by the time schedule; rates and durations are not
                    boolean proRata = t.unit().dimension() != Dimension.RATE && t.unit().dimension() != Dimension.DURATION
                            && t.unit().dimension() != Dimension.SCORE;
                    BigDecimal expectedNow = proRata ? t.amount().multiply(BigDecimal.valueOf(m)).divide(TWELVE, MathContext.DECIMAL64) : t.amount();
                    ratio = pv.get().multiply(HUNDRED).divide(expectedNow, 2, RoundingMode.HALF_UP);
                    light = ratio.compareTo(rules.indicatorRedBelow()) < 0 ? Light.RED
                            : ratio.compareTo(rules.indicatorYellowBelow()) < 0 ? Light.YELLOW
                            : ratio.compareTo(rules.indicatorBlueFrom()) >= 0 ? Light.BLUE : Light.GREEN;
                    zh = "进度 " + e.progress() + (proRata ? " ÷ 序时目标 " + expectedNow.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                            : " ÷ 指标值 " + row.target()) + " = " + ratio.toPlainString() + "%";
                    en = "progress " + q(e.progress()) + (proRata ? " / pro-rata target " + expectedNow.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                            : " / target " + q(row.target())) + " = " + ratio.toPlainString() + "%";
                }
            } else {
                zh = "进度的单位与指标值不同，按完成目标可能性判断"; en = "progress and target units differ: judged by the possibility";
            }
        } else if (cmp != null && progress == null) {
            zh = "未填写可比较的进度数值，按完成目标可能性判断"; en = "no comparable progress figure: judged by the possibility";
        }
        // an expected year-end value that misses the target: unlikely to be met
        if (cmp != null && t != null && expected != null) {
            Optional<BigDecimal> ev = expected.in(t.unit());
            if (ev.isPresent()) {
                int c = ev.get().compareTo(t.amount());
                boolean met = switch (cmp) { case GE, EQ -> c >= 0; case GT -> c > 0; case LE -> c <= 0; case LT -> c < 0; };
                if (!met) {
                    light = Light.RED;
                    zh += "；全年预计 " + e.expected() + " 达不到指标值 " + row.target();
                    en += "; expected year-end " + q(e.expected()) + " misses the target " + q(row.target());
                }
            }
        }
        if (poss == Possibility.UNLIKELY) light = Light.RED.worse(light);
        else if (poss == Possibility.LIKELY) light = Light.YELLOW.worse(light);
        else if (poss == Possibility.CERTAIN && light == Light.NONE) light = Light.GREEN;
        return new Entry(index, row.name(), row.target(), e.progress(), e.expected(), poss, trim(e.reason()), trim(e.measure()),
                ratio, light, zh, en);
    }

    private static Comparator comparator(Value v) {
        return switch (v) {
            case Value.Bound b -> b.comparator();
            case Value.Measured m -> Comparator.GE;
            default -> null;
        };
    }

    private static Quantity quantity(Value v) {
        return switch (v) {
            case Value.Bound b -> b.quantity();
            case Value.Measured m -> m.quantity();
            default -> null;
        };
    }

    static BigDecimal pct(BigDecimal x, BigDecimal of) { return x.multiply(HUNDRED).divide(of, 2, RoundingMode.HALF_UP); }

    private static void money(List<Violation> v, String field, BigDecimal x) {
        if (x != null && x.signum() < 0) v.add(new Violation(field, "金额不能为负数", "amount cannot be negative"));
        if (x != null && x.abs().compareTo(new BigDecimal("1e15")) >= 0) v.add(new Violation(field, "金额过大", "amount too large"));
    }

    /** Data in an English explanation stays as written, quoted (docs/architecture.md: every explanation in both languages). */
    private static String q(String data) { return "“" + data + "”"; }

    private static String trim(String s) { return blank(s) ? null : s.trim(); }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
