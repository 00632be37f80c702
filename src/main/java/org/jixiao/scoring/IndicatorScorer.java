package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.measure.Comparator;
import org.jixiao.measure.Dimension;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.measure.Quantity;
import org.jixiao.measure.Unit;
import org.jixiao.measure.Value;
import org.jixiao.scorecard.Indicator;

/**
 * Scores one 三级指标 against its target (RULES §1.5–1.6). Decisions beyond the rules text:
 * <ul>
 *   <li>a quantitative target with an actual that cannot be compared (free text such as "实时响应", another
 *       unit, a multi-part actual) is a manual judgement: scored like a qualitative indicator, provisionally
 *       达成 100 % with a {@code MANUAL_JUDGEMENT} finding until the evaluator grades it;</li>
 *   <li>a multi-part target ("职工≥80% / 居民≥55%") scores w × the mean of the parts' completion ratios;</li>
 *   <li>a range target "80%-90%" is met inside the range, scored A/min below it and max/A above it;</li>
 *   <li>an actual written as a bound ("≥90%") meets the target when the bound implies it, otherwise its value is used.</li>
 * </ul>
 */
final class IndicatorScorer {
    private static final int QUOTE_LENGTH = 24;

    private final ScoringRules rules;

    IndicatorScorer(ScoringRules rules) { this.rules = rules; }

    private record Scored(BigDecimal score, Explanation explanation) {
        Scored(BigDecimal score, String zh, String en) { this(score, new Explanation(zh, en)); }
    }

    /** Completion of a quantitative comparison: full marks, or the share num/den of the weight. */
    /** How far a met actual beats its target: gain / base, e.g. (A − T) / T; divided only when flagged. */
    private record Deviation(BigDecimal gain, BigDecimal base) {}

    private record Outcome(boolean full, BigDecimal num, BigDecimal den, String formula, Deviation deviation, Phrase phrase) {
        BigDecimal fraction() { return full ? BigDecimal.ONE : Numbers.divide(num, den); }
    }

    /** How the actual stands against the target, in both languages. */
    private enum Verdict {
        MET("达到", "meets"), SHORT("未达到", "falls short of"), EXCEEDS("超过", "exceeds"),
        TWICE_OR_MORE("达到或超过指标值的2倍，未达到", "is 2 times the target or more and misses"),
        BELOW("低于", "is below"), ABOVE("高于", "is above"), WITHIN("处于", "is within");
        final String zh;
        final String en;
        Verdict(String zh, String en) { this.zh = zh; this.en = en; }
    }

    /**
     * "完成值8次，达到指标值≥4次" / "actual “8次” meets the target “≥4次”": the actual as shown (with its conversion),
     * whether it is a lower bound, and the verdict.
     */
    private record Phrase(String shownZh, String shownEn, boolean lowerBound, Verdict verdict) {
        Phrase as(boolean bound, Verdict v) { return new Phrase(shownZh, shownEn, bound, v); }

        String zh(String target) {
            return "完成值" + shownZh + (lowerBound ? "（完成值为下限）" : "") + "，" + verdict.zh + "指标值" + target;
        }

        String en(String target) {
            return "actual " + shownEn + (lowerBound ? " (a lower bound)" : "") + " " + verdict.en + " the target "
                    + Explanation.quoted(target);
        }
    }

    /** What a target demands: comparator and quantity, or a range (comparator null). */
    private record Criterion(Comparator comparator, Quantity low, Quantity high) {
        Unit unit() { return low.unit(); }
    }

    IndicatorScore score(int index, Indicator indicator, Category category, BigDecimal weight) {
        List<Finding> findings = new ArrayList<>();
        if (!indicator.applicable()) {
            findings.add(Finding.at(index, Finding.Code.NOT_APPLICABLE, "指标不适用，不计分，总分按适用指标折算为百分制",
                    "not applicable: excluded, the total is rescaled to 100"));
            return new IndicatorScore(index, indicator.name(), category, weight, null, false,
                    new Explanation("不适用，不计分，总分按适用指标折算为百分制",
                            "Not applicable: not scored; the total is rescaled as a percentage of the applicable indicators' weights"),
                    findings);
        }
        Value target = indicator.targetReading().value();
        Value actual = indicator.actualReading().value();
        Scored scored = evaluate(index, indicator, target, actual, weight, findings);
        BigDecimal score = scored.score();
        Explanation explanation = scored.explanation();
        if (indicator.deduction() != null && indicator.deduction().signum() > 0) {
            BigDecimal before = score;
            score = Numbers.clamp(Numbers.round2(score.subtract(indicator.deduction())), weight);
            explanation = explanation.plus("；按偏离度调减" + Numbers.points(indicator.deduction()) + "分，由" + Numbers.points(before)
                    + "分调为" + Numbers.points(score) + "分", "; reduced by " + Numbers.points(indicator.deduction())
                    + " for the deviation, from " + Numbers.points(before) + " to " + Numbers.points(score)
                    + " of its weight " + Numbers.points(weight));
        }
        // A blank actual already has its ACTUAL_MISSING finding; asking for a shortfall reason too would only be noise.
        boolean unreadable = findings.stream().anyMatch(f -> f.code() == Finding.Code.UNREADABLE_ACTUAL);
        if (score.compareTo(weight) < 0 && isBlank(indicator.reason()) && !(actual instanceof Value.Blank) && !unreadable) {
            findings.add(Finding.at(index, Finding.Code.MISSING_REASON,
                    "得分" + Numbers.points(score) + "低于分值" + Numbers.points(weight) + "，须填写未完成原因和改进措施",
                    "score " + Numbers.points(score) + " is below the weight " + Numbers.points(weight)
                            + " but no shortfall reason is given"));
        }
        return new IndicatorScore(index, indicator.name(), category, weight, score, true, explanation, findings);
    }

    private Scored evaluate(int index, Indicator indicator, Value target, Value actual, BigDecimal w, List<Finding> findings) {
        if (target instanceof Value.MultiPart parts) return multiPart(index, indicator, parts, actual, w, findings);
        Optional<Criterion> criterion = criterion(target);
        if (criterion.isEmpty()) {
            if (target instanceof Value.Blank) {
                findings.add(Finding.at(index, Finding.Code.TARGET_MISSING, "未填写年度指标值，按定性指标评定",
                        "no target value; judged as a qualitative indicator"));
            }
            return qualitative(index, indicator, actual, w, findings, null);
        }
        Criterion c = criterion.get();
        if (actual instanceof Value.NotOccurred) return notOccurred(actual, w);
        if (actual instanceof Value.Blank) return blank(index, w, findings);
        Optional<Outcome> outcome = compare(c, target, actual);
        if (outcome.isEmpty()) {
            boolean unitMismatch = actual instanceof Value.Measured || actual instanceof Value.Bound || actual instanceof Value.Range;
            if (unitMismatch) {
                findings.add(Finding.at(index, Finding.Code.UNIT_MISMATCH,
                        "完成值「" + quote(actual.raw()) + "」的单位无法换算为指标值「" + target.raw() + "」的单位",
                        "the actual's unit cannot be converted to the target's (" + actual.raw() + " vs " + target.raw() + ")"));
            }
            if (!gradedByHand(indicator, actual)) return unreadable(index, indicator, target, actual, w, findings);
            findings.add(Finding.at(index, Finding.Code.MANUAL_JUDGEMENT,
                    "完成值「" + quote(actual.raw()) + "」无法与指标值「" + target.raw() + "」直接比较，已人工评定等级",
                    "the actual cannot be compared with the target; graded by hand"));
            return qualitative(index, indicator, actual, w, findings, new Explanation("完成值「" + quote(actual.raw())
                    + "」无法与指标值" + target.raw() + "直接比较，", "Actual " + Explanation.quoted(quote(actual.raw()))
                    + " cannot be compared directly with the target " + Explanation.quoted(target.raw()) + "; "));
        }
        Outcome o = outcome.get();
        overAchievement(index, indicator, o, findings);
        String zh = o.phrase().zh(target.raw());
        String en = capitalized(o.phrase().en(target.raw()));
        if (o.full()) return new Scored(Numbers.round2(w), zh + "，得满分" + Numbers.points(w), en + ": full marks " + Numbers.points(w));
        BigDecimal s = Numbers.clamp(Numbers.share(w, o.num(), o.den()), w);
        return new Scored(s, zh + "，" + (o.formula() == null ? "" : "按" + o.formula() + "计分，")
                + "得" + Numbers.points(s) + "分（满分" + Numbers.points(w) + "）",
                en + ": " + (o.formula() == null ? "" : "scored in proportion " + o.formula() + ", ") + below(s, w));
    }

    /** "scores 7.50 of its weight 10.00": a row below its weight says so. */
    private static String below(BigDecimal s, BigDecimal w) {
        return "scores " + Numbers.points(s) + " of its weight " + Numbers.points(w);
    }

    private static String capitalized(String en) {
        return en.isEmpty() ? en : Character.toUpperCase(en.charAt(0)) + en.substring(1);
    }

    private static Scored notOccurred(Value actual, BigDecimal w) {
        return new Scored(Numbers.round2(w), "完成情况为「" + quote(actual.raw()) + "」，事项未发生视为达成，得满分" + Numbers.points(w),
                "Actual " + Explanation.quoted(quote(actual.raw())) + ": the event did not occur, which counts as met; full marks "
                        + Numbers.points(w));
    }

    private Scored multiPart(int index, Indicator indicator, Value.MultiPart target, Value actual, BigDecimal w,
                             List<Finding> findings) {
        if (actual instanceof Value.Blank) return blank(index, w, findings);
        if (actual instanceof Value.NotOccurred) return notOccurred(actual, w);
        List<Value.Part> targets = target.parts();
        if (actual instanceof Value.MultiPart actuals && actuals.parts().size() == targets.size()) {
            BigDecimal sum = BigDecimal.ZERO;
            StringBuilder text = new StringBuilder();
            StringBuilder english = new StringBuilder();
            List<Outcome> outcomes = new ArrayList<>();
            for (int k = 0; k < targets.size(); k++) {
                Value.Part t = targets.get(k);
                Value.Part a = matching(actuals.parts(), t.label(), k);
                Optional<Criterion> c = criterion(t.value());
                Optional<Outcome> o = c.isEmpty() ? Optional.empty() : compare(c.get(), t.value(), a.value());
                if (o.isEmpty()) { outcomes = null; break; }
                outcomes.add(o.get());
                sum = sum.add(o.get().fraction().min(BigDecimal.ONE).max(BigDecimal.ZERO));
                text.append(text.isEmpty() ? "" : "；").append(t.label() == null ? "" : t.label())
                        .append(o.get().phrase().zh(t.value().raw()));
                english.append(english.isEmpty() ? "" : "; ").append(t.label() == null ? "" : Explanation.quoted(t.label()) + ": ")
                        .append(o.get().phrase().en(t.value().raw()));
            }
            if (outcomes != null) {
                outcomes.forEach(o -> overAchievement(index, indicator, o, findings));
                BigDecimal mean = Numbers.divide(sum, BigDecimal.valueOf(targets.size()));
                BigDecimal s = Numbers.clamp(Numbers.share(w, sum, BigDecimal.valueOf(targets.size())), w);
                String percent = Numbers.points(mean.multiply(Numbers.HUNDRED));
                boolean full = s.compareTo(w) >= 0;
                return new Scored(s, text + "；各分项完成比例平均" + percent
                        + "%，" + (full ? "得满分" + Numbers.points(w) : "得" + Numbers.points(s) + "分（满分"
                        + Numbers.points(w) + "）"), capitalized(english + "; the parts' completion averages " + percent
                        + " %: " + (full ? "full marks " + Numbers.points(w) : below(s, w))));
            }
        }
        if (!gradedByHand(indicator, actual)) return unreadable(index, indicator, target, actual, w, findings);
        findings.add(Finding.at(index, Finding.Code.MANUAL_JUDGEMENT,
                "分项指标值「" + target.raw() + "」与完成值「" + quote(actual.raw()) + "」无法逐项比较，已人工评定等级",
                "the parts of the target cannot be matched with the actual; graded by hand"));
        return qualitative(index, indicator, actual, w, findings, new Explanation("分项完成值无法逐项比较，",
                "The parts of the actual cannot be matched with the target's parts; "));
    }

    private static Value.Part matching(List<Value.Part> parts, String label, int position) {
        for (Value.Part p : parts) if (label != null && label.equals(p.label())) return p;
        return parts.get(position);
    }

    /**
     * Qualitative scoring (RULES §1.6): the evaluator's grade and completion % when given (band validated), else
     * 达成 at 100 % when an actual is written. {@code manual} is the lead-in text when a quantitative target
     * ended up here.
     */
    private Scored qualitative(int index, Indicator indicator, Value actual, BigDecimal w, List<Finding> findings,
                               Explanation manual) {
        // the actual as written ("增长率288.15%"), never a completion it was turned into
        Explanation lead = manual != null ? manual : actual instanceof Value.Blank
                ? new Explanation("定性指标，", "Qualitative indicator: ")
                : new Explanation("定性指标，完成值「" + quote(actual.raw()) + "」，",
                        "Qualitative indicator, actual " + Explanation.quoted(quote(actual.raw())) + ": ");
        QualitativeGrade grade = indicator.grade();
        if (grade == null && actual instanceof Value.Qualitative q) grade = q.grade();
        BigDecimal percent = indicator.completionPercent();
        if (grade == null && percent != null) grade = QualitativeGrade.ofPercent(percent);
        if (grade == null) {
            if (actual instanceof Value.Blank) return blank(index, w, findings);
            if (manual == null) {
                findings.add(Finding.at(index, Finding.Code.GRADE_DEFAULTED,
                        "已填写完成情况但未评定等级，暂按「达成年度指标」100%计分，请评价人确认",
                        "an actual is written but no grade chosen; provisionally 'met' at 100 %, to be confirmed"));
            }
            return new Scored(Numbers.round2(w), lead.zh() + "未评定等级，暂按「" + QualitativeGrade.MET.label()
                    + "」100%计满分" + Numbers.points(w), lead.en() + "no grade chosen yet; provisionally "
                    + QualitativeGrade.MET.english() + " at 100 %, full marks " + Numbers.points(w));
        }
        ScoreBand band = ScoreBand.of(grade, w);
        BigDecimal score;
        String how;
        String howEn;
        if (percent != null) {
            if (!grade.admits(percent)) {
                findings.add(Finding.at(index, Finding.Code.SCORE_OUT_OF_BAND,
                        "完成度" + Numbers.plain(percent) + "%不在「" + grade.label() + "」的区间" + percentBand(grade) + "内",
                        "completion " + Numbers.plain(percent) + " % lies outside the band of '" + grade.english() + "'"));
            }
            score = Numbers.clamp(Numbers.share(w, percent, Numbers.HUNDRED), w);
            how = "完成度" + Numbers.plain(percent) + "%，";
            howEn = "completion " + Numbers.plain(percent) + " %, ";
        } else if (indicator.score() != null) {
            score = Numbers.clamp(Numbers.round2(indicator.score()), w);
            how = "评分" + Numbers.points(indicator.score()) + "，";
            howEn = "score given " + Numbers.points(indicator.score()) + ", ";
        } else if (grade == QualitativeGrade.MET) {
            score = Numbers.round2(w);
            how = "完成度100%，";
            howEn = "completion 100 %, ";
        } else {
            findings.add(Finding.at(index, Finding.Code.COMPLETION_MISSING,
                    "已评定「" + grade.label() + "」但未填写完成度，暂按区间下限计分",
                    "grade '" + grade.english() + "' chosen without a completion %; scored at the band's lower bound"));
            score = band.min();
            how = "未填写完成度，按区间下限，";
            howEn = "no completion % given, so the band's lower bound: ";
        }
        if (percent == null && !band.admits(score)) {
            findings.add(Finding.at(index, Finding.Code.SCORE_OUT_OF_BAND,
                    "得分" + Numbers.points(score) + "不在「" + grade.label() + "」的分值区间" + band.text() + "内",
                    "score " + Numbers.points(score) + " lies outside the band " + band.text() + " of '" + grade.english() + "'"));
        }
        return new Scored(score, lead.zh() + "评定为「" + grade.label() + "」，" + how + "得" + Numbers.points(score)
                + "分（区间" + band.text() + "）", lead.en() + "graded " + grade.english() + ", " + howEn
                + (score.compareTo(w) >= 0 ? "full marks " + Numbers.points(w) : below(score, w)) + " (band " + band.text() + ")");
    }

    private static String percentBand(QualitativeGrade grade) {
        return "[" + Numbers.plain(grade.lowerPercent()) + "%, " + Numbers.plain(grade.upperPercent()) + "%"
                + (grade == QualitativeGrade.MET ? "]" : ")");
    }

    /** The evaluator chose a grade or a completion % (or the actual is an official grade string). */
    private static boolean gradedByHand(Indicator indicator, Value actual) {
        return indicator.grade() != null || indicator.completionPercent() != null
                || actual instanceof Value.Qualitative q && q.grade() != null;
    }

    /**
     * A quantitative target with an actual that cannot be compared (「abc」 against 「≥10次」, another unit): never full
     * marks. It scores 0 and blocks submission until the actual is corrected or the evaluator grades it by hand.
     */
    private static Scored unreadable(int index, Indicator indicator, Value target, Value actual, BigDecimal w,
                                     List<Finding> findings) {
        String row = "第" + (index + 1) + "行「" + quote(indicator.name()) + "」";
        findings.add(Finding.at(index, Finding.Code.UNREADABLE_ACTUAL,
                row + "：完成值「" + quote(actual.raw()) + "」无法与指标值「" + target.raw()
                        + "」比较，须更正完成值或人工评定等级后才能提交",
                "row " + (index + 1) + " '" + indicator.name() + "': the actual '" + quote(actual.raw())
                        + "' cannot be compared with the target '" + target.raw()
                        + "'; correct it or grade it by hand before submitting"));
        return new Scored(Numbers.ZERO2, "完成值「" + quote(actual.raw()) + "」无法与指标值" + target.raw()
                + "比较，须更正或人工评定等级，暂得0分（满分" + Numbers.points(w) + "）", "Actual "
                + Explanation.quoted(quote(actual.raw())) + " cannot be compared with the target "
                + Explanation.quoted(target.raw()) + ": correct it or grade it by hand; for now it scores 0 of its weight "
                + Numbers.points(w));
    }

    private static Scored blank(int index, BigDecimal w, List<Finding> findings) {
        findings.add(Finding.at(index, Finding.Code.ACTUAL_MISSING, "未填写全年完成值，得0分", "no actual written; scored 0"));
        return new Scored(Numbers.ZERO2, "未填写完成值，得0分（满分" + Numbers.points(w) + "）",
                "No actual written: scores 0 of its weight " + Numbers.points(w));
    }

    private void overAchievement(int index, Indicator indicator, Outcome o, List<Finding> findings) {
        Deviation d = o.deviation();
        if (d == null) return;
        BigDecimal limit = rules.overAchievementThreshold().subtract(BigDecimal.ONE);
        if (d.gain().compareTo(limit.multiply(d.base())) < 0) return;
        String percent = Numbers.points(Numbers.divide(d.gain().multiply(Numbers.HUNDRED), d.base()));
        String need = isBlank(indicator.reason()) ? "并填写偏差原因" : "";
        findings.add(Finding.at(index, Finding.Code.OVER_ACHIEVEMENT,
                "完成值优于指标值" + percent + "%（阈值" + Numbers.plain(limit.multiply(Numbers.HUNDRED))
                        + "%），须分析指标值是否设定偏低" + need,
                "the actual beats the target by " + percent + " %; check whether the target was set too low"
                        + (need.isEmpty() ? "" : " and give the reason")));
    }

    /** Target reading: "≥4次" → GE 4次; a bare rate "100%" → GE; any other bare number → EQ; a range → range. */
    private static Optional<Criterion> criterion(Value target) {
        return switch (target) {
            case Value.Bound b -> Optional.of(new Criterion(b.comparator(), b.quantity(), b.quantity()));
            case Value.Measured m -> Optional.of(new Criterion(
                    m.quantity().unit().dimension() == Dimension.RATE ? Comparator.GE : Comparator.EQ,
                    m.quantity(), m.quantity()));
            case Value.Range r -> Optional.of(new Criterion(null, r.min(), r.max()));
            default -> Optional.empty();
        };
    }

    /** Compares an actual with a quantitative criterion; empty when the actual cannot be read as a number in the target's unit. */
    private Optional<Outcome> compare(Criterion c, Value target, Value actual) {
        Unit unit = c.unit();
        boolean higher = c.comparator() == null || c.comparator().higherIsBetter();
        Quantity q;
        Comparator bound = null;
        switch (actual) {
            case Value.Measured m -> q = m.quantity();
            case Value.Bound b -> { q = b.quantity(); bound = b.comparator(); }
            case Value.Range r -> q = higher ? r.min() : r.max();
            default -> { return Optional.empty(); }
        }
        Optional<BigDecimal> converted = q.in(unit);
        if (converted.isEmpty()) return Optional.empty();
        BigDecimal a = converted.get();
        Phrase phrase = display(actual, q, a, unit);
        if (c.comparator() == null) return Optional.of(range(c, a, phrase));
        BigDecimal t = c.low().amount();
        Comparator cmp = c.comparator();
        if (cmp == Comparator.EQ && t.signum() == 0) {
            // "重大安全事故 = 0 起": met only at 0 (vendor selfindexequalzero).
            return Optional.of(a.signum() <= 0 ? new Outcome(true, null, null, null, null, phrase.as(false, Verdict.MET))
                    : new Outcome(false, BigDecimal.ZERO, BigDecimal.ONE, null, null, phrase.as(false, Verdict.SHORT)));
        }
        if (higher) {
            // ≥, > and = with a non-zero target score alike (vendor selfpositiveindex / selfequalindex).
            Deviation deviation = t.signum() > 0 ? new Deviation(a.subtract(t), t) : null;
            boolean implied = bound != null && (bound == Comparator.GE || bound == Comparator.GT);
            if (a.compareTo(t) >= 0) return Optional.of(new Outcome(true, null, null, null, deviation, phrase.as(false, Verdict.MET)));
            if (a.signum() <= 0 || t.signum() <= 0) {
                return Optional.of(new Outcome(false, BigDecimal.ZERO, BigDecimal.ONE, null, null, phrase.as(false, Verdict.SHORT)));
            }
            return Optional.of(new Outcome(false, a, t, Numbers.plain(a) + "/" + Numbers.plain(t), null,
                    phrase.as(implied, Verdict.SHORT)));
        }
        Deviation deviation = t.signum() > 0 ? new Deviation(t.subtract(a), t) : null;
        if (a.compareTo(t) <= 0) return Optional.of(new Outcome(true, null, null, null, deviation, phrase.as(false, Verdict.MET)));
        if (t.signum() <= 0) return Optional.of(new Outcome(false, BigDecimal.ZERO, BigDecimal.ONE, null, null, phrase.as(false, Verdict.EXCEEDS)));
        if (rules.reverseMethod() == ScoringRules.ReverseMethod.LINEAR) {
            BigDecimal num = t.add(t).subtract(a);
            if (num.signum() <= 0) {
                return Optional.of(new Outcome(false, BigDecimal.ZERO, BigDecimal.ONE, null, null,
                        phrase.as(false, Verdict.TWICE_OR_MORE)));
            }
            return Optional.of(new Outcome(false, num, t, "1-(" + Numbers.plain(a) + "-" + Numbers.plain(t) + ")/"
                    + Numbers.plain(t), null, phrase.as(false, Verdict.EXCEEDS)));
        }
        return Optional.of(new Outcome(false, t, a, Numbers.plain(t) + "/" + Numbers.plain(a), null, phrase.as(false, Verdict.EXCEEDS)));
    }

    private static Outcome range(Criterion c, BigDecimal a, Phrase phrase) {
        BigDecimal min = c.low().amount();
        Optional<BigDecimal> max = c.high().in(c.unit());
        if (a.compareTo(min) < 0) {
            return min.signum() > 0 && a.signum() > 0
                    ? new Outcome(false, a, min, Numbers.plain(a) + "/" + Numbers.plain(min), null, phrase.as(false, Verdict.BELOW))
                    : new Outcome(false, BigDecimal.ZERO, BigDecimal.ONE, null, null, phrase.as(false, Verdict.BELOW));
        }
        if (max.isPresent() && a.compareTo(max.get()) > 0) {
            return new Outcome(false, max.get(), a, Numbers.plain(max.get()) + "/" + Numbers.plain(a), null, phrase.as(false, Verdict.ABOVE));
        }
        return new Outcome(true, null, null, null, null, phrase.as(false, Verdict.WITHIN));
    }

    /** "8次" for a bare "8" against "≥4次"; "不少于6个月（折合180天）" when converted. */
    private static Phrase display(Value actual, Quantity q, BigDecimal converted, Unit targetUnit) {
        String raw = quote(actual.raw());
        String unit = targetUnit.symbol();
        if (q.unit().symbol().isEmpty()) {
            String shown = unit.isEmpty() || raw.endsWith(unit) ? raw : raw + unit;
            return new Phrase(shown, Explanation.quoted(shown), false, Verdict.MET);
        }
        if (!q.unit().symbol().equals(unit) && !unit.isEmpty()) {
            String to = Numbers.plain(converted) + unit;
            return new Phrase(raw + "（折合" + to + "）", Explanation.quoted(raw) + " (converted: " + Explanation.quoted(to) + ")", false, Verdict.MET);
        }
        return new Phrase(raw, Explanation.quoted(raw), false, Verdict.MET);
    }

    private static String quote(String raw) {
        if (raw == null) return "";
        // Cut before cleaning: narratives run to hundreds of characters and only the head is shown.
        int start = 0;
        while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) start++;
        String head = raw.length() - start > QUOTE_LENGTH + 8 ? raw.substring(start, start + QUOTE_LENGTH) + "…" : raw.strip();
        return head.indexOf('\n') < 0 ? head : head.replace('\n', ' ');
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank() || s.strip().replace("\u00a0", "").isEmpty();
    }
}
