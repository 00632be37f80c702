package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * 评分规则: every number and choice of RULES.md §1 that is not verified official text, as data. One instance per
 * region and first year of validity, so a rule change never alters an earlier year's results.
 *
 * @param region              province name ("四川省"); null for the national default
 * @param validFrom           first 年度 the rules apply to
 * @param source              where the rules come from (a RULES.md source label), shown with the result
 * @param firstLevelWeights   一级指标 weights (产出 50 / 效益 30 / 满意度 10); empty in pool mode
 * @param executionWeight     分值 of 预算执行率 (10)
 * @param overAchievementThreshold completion ratio from which over-achievement is flagged (1.30)
 * @param indicatorPool       non-null for the 四川 2023 layout "绩效指标 90": one pool the unit splits itself;
 *                            with no weights on the form it is split equally over all indicators
 * @param warnings            thresholds of the advisory execution findings (RULES §1.7, §1.9)
 */
public record ScoringRules(String id, String region, int validFrom, String source,
                           Map<Category, BigDecimal> firstLevelWeights, BigDecimal executionWeight,
                           MissingCategoryPolicy missingCategoryPolicy, ReverseMethod reverseMethod,
                           BigDecimal overAchievementThreshold, GradeBands gradeBands, BigDecimal indicatorPool,
                           BudgetScoreRounding budgetScoreRounding, Warnings warnings) {

    /** Where the weight of a first-level category without indicators goes (RULES §1.2, §8.2–3). */
    public enum MissingCategoryPolicy { PROPORTIONAL, TO_BENEFIT, TO_OUTPUT }

    /** 反向 (≤, <) formula (RULES §1.5(b)): RATIO w·T/A, or LINEAR w·(1 − (A−T)/T), 0 from 2T. */
    public enum ReverseMethod { RATIO, LINEAR }

    /** 预算执行率得分 rounding (RULES §1.7): proportional to 2 dp, or to whole points. */
    public enum BudgetScoreRounding { TWO_DECIMALS, INTEGER_HALF_UP }

    /**
     * Advisory thresholds; null switches a check off.
     *
     * @param explainExecutionBelowPercent execution rate (%) under which an explanation is demanded (四川 90 [LOCAL P-SC23])
     * @param completionAheadOfSpending    RED when (S/ΣwIndicators − E/wExecution) / (S/ΣwIndicators) exceeds it (0.05 [VENDOR selfwarnproject])
     * @param unspentShare                 YELLOW when (A − B) / A exceeds it (0.20 [VENDOR selfwarnproject])
     */
    public record Warnings(BigDecimal explainExecutionBelowPercent, BigDecimal completionAheadOfSpending,
                           BigDecimal unspentShare) {
        public static final Warnings NONE = new Warnings(null, null, null);
    }

    public ScoringRules {
        Objects.requireNonNull(id, "评分规则缺少 id / scoring rules need an id");
        EnumMap<Category, BigDecimal> weights = new EnumMap<>(Category.class);
        if (firstLevelWeights != null) weights.putAll(firstLevelWeights);
        firstLevelWeights = Collections.unmodifiableMap(weights);
        if (weights.isEmpty() && indicatorPool == null) {
            throw new IllegalArgumentException("评分规则 " + id + " 既无一级指标权重也无绩效指标总分 / rules " + id
                    + " have neither first-level weights nor an indicator pool");
        }
        executionWeight = executionWeight == null ? BigDecimal.TEN : executionWeight;
        missingCategoryPolicy = missingCategoryPolicy == null ? MissingCategoryPolicy.PROPORTIONAL : missingCategoryPolicy;
        reverseMethod = reverseMethod == null ? ReverseMethod.RATIO : reverseMethod;
        overAchievementThreshold = overAchievementThreshold == null ? new BigDecimal("1.30") : overAchievementThreshold;
        gradeBands = gradeBands == null ? GradeBands.standard() : gradeBands;
        budgetScoreRounding = budgetScoreRounding == null ? BudgetScoreRounding.TWO_DECIMALS : budgetScoreRounding;
        warnings = warnings == null ? Warnings.NONE : warnings;
    }

    /** The points the indicators share: the pool, else Σ first-level weights (90 by default). */
    public BigDecimal indicatorWeightTotal() {
        if (indicatorPool != null) return indicatorPool;
        return firstLevelWeights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Full marks of the form: indicators plus execution (100). */
    public BigDecimal nominalTotal() { return indicatorWeightTotal().add(executionWeight); }

    public ScoringRules withReverseMethod(ReverseMethod method) {
        return new ScoringRules(id, region, validFrom, source, firstLevelWeights, executionWeight, missingCategoryPolicy,
                method, overAchievementThreshold, gradeBands, indicatorPool, budgetScoreRounding,
                warnings);
    }

    public ScoringRules withMissingCategoryPolicy(MissingCategoryPolicy policy) {
        return new ScoringRules(id, region, validFrom, source, firstLevelWeights, executionWeight, policy,
                reverseMethod, overAchievementThreshold, gradeBands, indicatorPool, budgetScoreRounding,
                warnings);
    }

    public ScoringRules withOverAchievementThreshold(BigDecimal threshold) {
        return new ScoringRules(id, region, validFrom, source, firstLevelWeights, executionWeight, missingCategoryPolicy,
                reverseMethod, threshold, gradeBands, indicatorPool, budgetScoreRounding,
                warnings);
    }

    /**
     * Reads a rules file (keys: id, region, validFrom, source, weight.OUTPUT..., executionWeight, missingCategoryPolicy,
     * reverseMethod, overAchievementThreshold, grade.EXCELLENT/GOOD/FAIR, indicatorPool, budgetScoreRounding,
     * warning.explainExecutionBelowPercent, warning.completionAheadOfSpending, warning.unspentShare). Errors name the file and the key, in Chinese and English.
     */
    public static ScoringRules fromProperties(Properties p, String origin) {
        Map<Category, BigDecimal> weights = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            BigDecimal w = decimal(p, "weight." + c.name(), origin);
            if (w != null) weights.put(c, w);
        }
        String validFrom = text(p, "validFrom");
        if (validFrom == null) throw error(origin, "validFrom", "缺少生效年度", "missing");
        int year;
        try {
            year = Integer.parseInt(validFrom);
        } catch (NumberFormatException e) {
            throw error(origin, "validFrom", "不是年度：" + validFrom, "not a year: " + validFrom);
        }
        GradeBands bands = p.containsKey("grade.EXCELLENT")
                ? new GradeBands(decimal(p, "grade.EXCELLENT", origin), decimal(p, "grade.GOOD", origin),
                decimal(p, "grade.FAIR", origin))
                : null;
        return new ScoringRules(text(p, "id") == null ? origin : text(p, "id"), text(p, "region"), year, text(p, "source"),
                weights, decimal(p, "executionWeight", origin),
                option(p, "missingCategoryPolicy", MissingCategoryPolicy.class, origin),
                option(p, "reverseMethod", ReverseMethod.class, origin),
                decimal(p, "overAchievementThreshold", origin), bands, decimal(p, "indicatorPool", origin),
                option(p, "budgetScoreRounding", BudgetScoreRounding.class, origin),
                new Warnings(decimal(p, "warning.explainExecutionBelowPercent", origin),
                        decimal(p, "warning.completionAheadOfSpending", origin), decimal(p, "warning.unspentShare", origin)));
    }

    private static String text(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static BigDecimal decimal(Properties p, String key, String origin) {
        String v = text(p, key);
        if (v == null) return null;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw error(origin, key, "不是数字：" + v, "not a number: " + v);
        }
    }

    private static <E extends Enum<E>> E option(Properties p, String key, Class<E> type, String origin) {
        String v = text(p, key);
        if (v == null) return null;
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw error(origin, key, "取值无效：" + v, "invalid value: " + v);
        }
    }

    private static IllegalArgumentException error(String origin, String key, String zh, String en) {
        return new IllegalArgumentException("评分规则 " + origin + " 的 " + key + " " + zh + " / scoring rules " + origin
                + ", key " + key + ": " + en);
    }
}
