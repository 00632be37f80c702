package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.Indicator;

/**
 * The 分值 of every indicator (RULES §1.2–1.3): the form's weights when given, else derived — each first-level
 * weight split equally over its 三级 indicators, rounding remainder on the last; a category without indicators
 * hands its weight on by the rules' policy.
 */
final class WeightPlan {

    record Result(List<Category> categories, List<BigDecimal> weights, List<Finding> findings) {}

    private WeightPlan() {}

    static Result of(List<Indicator> indicators, ScoringRules rules) {
        int n = indicators.size();
        List<Category> categories = new ArrayList<>(n);
        for (Indicator indicator : indicators) categories.add(categoryOf(indicator, rules));
        List<Finding> findings = new ArrayList<>();
        List<BigDecimal> weights;
        boolean given = false;
        boolean anyCategory = false;
        boolean anyDuty = false;
        for (int i = 0; i < n; i++) {
            given |= indicators.get(i).weight() != null;
            anyCategory |= categories.get(i) != null;
            anyDuty |= dutyOf(indicators.get(i)) != null;
        }
        BigDecimal pool = rules.indicatorWeightTotal();
        if (given) {
            weights = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BigDecimal w = indicators.get(i).weight();
                if (w == null) {
                    findings.add(Finding.at(i, Finding.Code.WEIGHT_MISSING, "第" + (i + 1) + "行「"
                                    + indicators.get(i).name() + "」未填分值（其他指标已填），按0分计，提交前须填写",
                            "row " + (i + 1) + " '" + indicators.get(i).name()
                                    + "' has no weight while others do; counted as 0, give one before submitting"));
                    w = BigDecimal.ZERO;
                }
                weights.add(Numbers.round2(w));
            }
        } else if (!anyCategory && anyDuty) {
            weights = byDuty(indicators, pool, findings);
        } else if (rules.indicatorPool() != null || !anyCategory) {
            // 四川 "绩效指标 90", or a table without 一级指标 (部门整体 targets): one pool split equally (RULES §3.2).
            weights = splitEqually(pool, n);
        } else {
            weights = derive(categories, rules, findings);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) sum = sum.add(w);
        if (n > 0 && sum.compareTo(pool) != 0) {
            BigDecimal all = sum.add(rules.executionWeight());
            findings.add(Finding.of(Finding.Code.WEIGHTS_DO_NOT_ADD_UP,
                    "指标分值合计" + Numbers.points(sum) + "加预算执行率" + Numbers.points(rules.executionWeight()) + "为"
                            + Numbers.points(all) + "，不等于" + Numbers.points(rules.nominalTotal()),
                    "indicator weights sum to " + Numbers.points(sum) + ", with execution " + Numbers.points(all)
                            + ", not " + Numbers.points(rules.nominalTotal())));
        }
        contiguity(indicators, findings);
        return new Result(categories, weights, findings);
    }

    private static String dutyOf(Indicator indicator) {
        String d = indicator.duty();
        return d == null || d.isBlank() ? null : d.strip();
    }

    /**
     * 部门整体 (RULES §3.2): the pool split equally across 职责 first, then equally across the indicators inside each
     * 职责; rows without a duty follow the duty above them.
     */
    private static List<BigDecimal> byDuty(List<Indicator> indicators, BigDecimal pool, List<Finding> findings) {
        Map<String, List<Integer>> members = new java.util.LinkedHashMap<>();
        String current = null;
        for (int i = 0; i < indicators.size(); i++) {
            String d = dutyOf(indicators.get(i));
            if (d != null) current = d;
            members.computeIfAbsent(current == null ? "" : current, k -> new ArrayList<>()).add(i);
        }
        List<BigDecimal> perDuty = splitEqually(pool, members.size());
        List<BigDecimal> weights = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) weights.add(Numbers.ZERO2);
        StringBuilder zh = new StringBuilder();
        int k = 0;
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            BigDecimal dutyWeight = perDuty.get(k++);
            List<BigDecimal> split = splitEqually(dutyWeight, e.getValue().size());
            for (int j = 0; j < split.size(); j++) weights.set(e.getValue().get(j), split.get(j));
            zh.append(zh.isEmpty() ? "" : "；").append("职责「").append(e.getKey()).append("」").append(Numbers.points(dutyWeight))
                    .append("分，").append(e.getValue().size()).append("项指标均分");
        }
        findings.add(Finding.of(Finding.Code.WEIGHTS_BY_DUTY,
                "部门整体指标分值" + Numbers.points(pool) + "分先按" + members.size() + "项职责均分，再在各职责内按指标均分：" + zh,
                "department table: " + Numbers.points(pool) + " points split equally across " + members.size()
                        + " duties first, then equally across the indicators of each duty (RULES §3.2)"));
        return weights;
    }

    /**
     * A category whose rows are split by another category's rows (产出, 效益, 产出) is refused at submission: one
     * finding per split category, naming the rows that stand apart from it (the scorecard pages show it above the
     * table, the submission lists it).
     */
    private static void contiguity(List<Indicator> indicators, List<Finding> findings) {
        Map<String, List<Integer>> apart = CategoryOrder.apart(indicators);
        apart.forEach((key, rows) -> {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (int i : rows) {
                String name = indicators.get(i).name();
                zh.append(zh.isEmpty() ? "" : "、").append("第").append(i + 1).append("行「").append(name).append("」");
                en.append(en.isEmpty() ? "" : ", ").append("row ").append(i + 1).append(" '").append(name).append("'");
            }
            String label = indicators.get(rows.getFirst()).level1().strip();
            findings.add(Finding.of(Finding.Code.CATEGORY_SPLIT,
                    "一级指标「" + label + "」的指标不相邻：" + zh + "与同类指标被其他一级指标隔开，请将其移回该类指标之间后再提交",
                    "the rows of the category " + label + " are not together: " + en
                            + " stand apart from the rest of their category; move them back among it before submitting"));
        });
    }

    /** 成本指标 is its own category only when the rules weigh it (2021 tree); otherwise it stands under 产出 (2020 tree). */
    private static Category categoryOf(Indicator indicator, ScoringRules rules) {
        Category c = Category.ofLevel1(indicator.level1());
        if (c == Category.COST && !rules.firstLevelWeights().containsKey(Category.COST)) return Category.OUTPUT;
        return c;
    }

    private static List<BigDecimal> derive(List<Category> categories, ScoringRules rules, List<Finding> findings) {
        Map<Category, List<Integer>> members = new EnumMap<>(Category.class);
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (c == null) {
                findings.add(Finding.at(i, Finding.Code.UNKNOWN_CATEGORY, "一级指标无法识别，未分配分值",
                        "the first-level category is not recognised; no weight derived"));
            } else {
                members.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Category, BigDecimal> categoryWeights = categoryWeights(members.keySet().stream().toList(), rules, findings);
        List<BigDecimal> weights = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size(); i++) weights.add(Numbers.ZERO2);
        members.forEach((c, rows) -> {
            List<BigDecimal> split = splitEqually(categoryWeights.get(c), rows.size());
            for (int k = 0; k < rows.size(); k++) weights.set(rows.get(k), split.get(k));
        });
        return weights;
    }

    /** Rule weights of the present categories, plus the weight of the absent ones handed on by the policy. */
    static Map<Category, BigDecimal> categoryWeights(List<Category> present, ScoringRules rules, List<Finding> findings) {
        Map<Category, BigDecimal> result = new EnumMap<>(Category.class);
        BigDecimal missing = BigDecimal.ZERO;
        List<String> missingNames = new ArrayList<>();
        for (Map.Entry<Category, BigDecimal> e : rules.firstLevelWeights().entrySet()) {
            if (present.contains(e.getKey())) {
                result.put(e.getKey(), e.getValue());
            } else if (e.getValue().signum() != 0) {
                missing = missing.add(e.getValue());
                missingNames.add(e.getKey().label());
            }
        }
        for (Category c : present) result.putIfAbsent(c, BigDecimal.ZERO);
        if (missing.signum() == 0) return result;
        Category receiver = switch (rules.missingCategoryPolicy()) {
            case TO_BENEFIT -> Category.BENEFIT;
            case TO_OUTPUT -> Category.OUTPUT;
            case PROPORTIONAL -> null;
        };
        BigDecimal presentTotal = result.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (receiver != null && result.containsKey(receiver)) {
            result.merge(receiver, missing, BigDecimal::add);
        } else if (presentTotal.signum() > 0) {
            BigDecimal target = presentTotal.add(missing);
            List<Category> order = new ArrayList<>(result.keySet());
            BigDecimal assigned = BigDecimal.ZERO;
            for (int k = 0; k < order.size(); k++) {
                Category c = order.get(k);
                BigDecimal w = k == order.size() - 1 ? target.subtract(assigned)
                        : Numbers.share(result.get(c), target, presentTotal);
                result.put(c, w);
                assigned = assigned.add(w);
            }
        } else {
            List<BigDecimal> split = splitEqually(missing, result.size());
            int k = 0;
            for (Category c : result.keySet()) result.put(c, split.get(k++));
        }
        StringBuilder to = new StringBuilder();
        result.forEach((c, w) -> to.append(to.isEmpty() ? "" : "、").append(c.label()).append(Numbers.points(w)));
        findings.add(Finding.of(Finding.Code.CATEGORY_REDISTRIBUTED,
                String.join("、", missingNames) + "未设置指标，其分值" + Numbers.points(missing) + "已分配：" + to,
                "no indicators under " + String.join(", ", missingNames) + "; their weight " + Numbers.points(missing)
                        + " was handed on (" + rules.missingCategoryPolicy() + ")"));
        return result;
    }

    /** total/n to 2 dp on each, remainder on the last: 50 over 3 → 16.67, 16.67, 16.66. */
    static List<BigDecimal> splitEqually(BigDecimal total, int n) {
        List<BigDecimal> parts = new ArrayList<>(n);
        if (n == 0) return parts;
        BigDecimal each = Numbers.share(total, BigDecimal.ONE, BigDecimal.valueOf(n));
        for (int k = 0; k < n - 1; k++) parts.add(each);
        parts.add(Numbers.round2(total.subtract(each.multiply(BigDecimal.valueOf(n - 1)))));
        return parts;
    }
}
