package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.measure.Value;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scoring.Finding;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.ScoreBand;
import org.jixiao.scoring.SelfEvaluation;

/**
 * What the scorecard and self-evaluation pages show: the stored scorecard, its evaluation, and each indicator row
 * with the row spans of the official form (一级/二级, or 职责/职责目标 for a department, as merged cells) and the
 * grammar's reading of its target and actual.
 */
public record Sheet(StoredScorecard stored, SelfEvaluation evaluation, List<Row> rows, BigDecimal weightSum,
             List<Finding> scorecardFindings, List<Category> categories,
             org.jixiao.scoring.PublishedScores.Comparison comparison, Basis basis) {

    /**
     * Under which rules the evaluation shown was computed (issue 11): the rules' id and version, and when and why it was
     * stored — {@code storedAt} and {@code reason} null when nothing is stored yet and the page shows what the rules in
     * force compute. A stored result is pinned: a later rules file does not change it unless it is re-scored.
     */
    public record Basis(String rulesId, String rulesVersion, java.time.Instant storedAt, String reason) {
        public boolean stored() { return storedAt != null; }
    }

    /** The same sheet, saying under which rules its evaluation was computed. */
    Sheet withBasis(Basis b) {
        return new Sheet(stored, evaluation, rows, weightSum, scorecardFindings, categories, comparison, b);
    }

    /** One indicator row; a span of 0 means the cell is covered by a merged cell above it. */
    public record Row(int index, Indicator indicator, int span1, int span2, IndicatorScore score, String targetReading,
               String actualReading, boolean qualitative, List<Finding> findings, List<ScoreBand> bands,
               boolean reasonRequired) {}

    /** Score against weight of one first-level category, for the chart. */
    public record Category(String name, BigDecimal weight, BigDecimal score) {}

    /** Whether the workflow lets the unit edit the table in place (approved tables take adjustments instead). */
    public boolean editable() { return stored.status().editable(); }

    /** The sheet of a scorecard with a given evaluation: the stored one (issue 11), read back and not re-scored. */
    static Sheet of(StoredScorecard stored, SelfEvaluation e) {
        var s = stored.scorecard();
        List<Indicator> inds = s.indicators();
        boolean department = departmentTargets(s);
        Function<Indicator, String> outer = department ? Indicator::duty : Indicator::level1;
        Function<Indicator, String> inner = department ? Indicator::dutyGoal : Indicator::level2;
        int[] span1 = spans(inds, outer, null);
        int[] span2 = spans(inds, inner, span1);
        List<Row> rows = new ArrayList<>(inds.size());
        BigDecimal sum = BigDecimal.ZERO;
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            IndicatorScore sc = i < e.indicators().size() ? e.indicators().get(i) : null;
            Value target = ind.targetReading().value();
            Value actual = ind.actualReading().value();
            boolean qualitative = target instanceof Value.Qualitative || actual instanceof Value.Qualitative;
            final int index = i;
            List<Finding> findings = e.findings().stream().filter(f -> Objects.equals(f.indicatorIndex(), index)).toList();
            List<ScoreBand> bands = new ArrayList<>();
            if (qualitative && sc != null && sc.weight() != null) {
                for (var g : org.jixiao.measure.QualitativeGrade.values()) bands.add(ScoreBand.of(g, sc.weight()));
            }
            boolean reasonRequired = findings.stream().anyMatch(f -> f.code() == Finding.Code.MISSING_REASON)
                    || sc != null && sc.score() != null && sc.weight() != null && sc.score().compareTo(sc.weight()) < 0;
            rows.add(new Row(i, ind, span1[i], span2[i], sc, ind.targetReading().describe(), ind.actualReading().describe(),
                    qualitative, findings, bands, reasonRequired));
            if (sc != null && sc.weight() != null) {
                sum = sum.add(sc.weight());
                String cat = sc.category() != null ? sc.category().label()
                        : ind.level1() != null ? ind.level1() : "—";
                BigDecimal[] acc = byCategory.computeIfAbsent(cat, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                acc[0] = acc[0].add(sc.weight());
                if (sc.score() != null) acc[1] = acc[1].add(sc.score());
            }
        }
        List<Category> categories = new ArrayList<>();
        byCategory.forEach((k, v) -> categories.add(new Category(k, v[0], v[1])));
        List<Finding> general = e.findings().stream().filter(f -> f.indicatorIndex() == null).toList();
        return new Sheet(stored, e, rows, sum, general, categories, org.jixiao.scoring.PublishedScores.compare(s, e), null);
    }

    /**
     * Row spans of equal consecutive cells, as the official form merges them; an inner column never spans across a
     * boundary of the outer one.
     */
    private static int[] spans(List<Indicator> rows, Function<Indicator, String> key, int[] outer) {
        int[] span = new int[rows.size()];
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean same = i < rows.size() && key.apply(rows.get(i)) != null
                    && Objects.equals(key.apply(rows.get(i)), key.apply(rows.get(start)))
                    && (outer == null || outer[i] == 0);
            if (!same) {
                span[start] = i - start;
                start = i;
            }
        }
        return span;
    }

    /** Σ indicator weights plus the execution-rate weight of the rules applied: what must come to the nominal 100. */
    public BigDecimal weightTotal() {
        return org.jixiao.scoring.RuleBook.standard().byId(evaluation.rulesId())
                .map(r -> weightSum.add(r.executionWeight())).orElse(weightSum);
    }

    /** The nominal total the weights must add up to (100 under the national rules). */
    public BigDecimal nominalTotal() {
        return org.jixiao.scoring.RuleBook.standard().byId(evaluation.rulesId())
                .map(org.jixiao.scoring.ScoringRules::nominalTotal).orElse(new BigDecimal("100"));
    }

    /**
     * Whether the page lays the table out as a department's target table (职责/职责目标, 指标解释, 工作活动, 指标参考值).
     * A department's self-evaluation (部门整体(支出)绩效自评表) is laid out like every 自评表 — budget, 一级/二级,
     * 完成值, 分值, 得分 — as the form prints it and as its Excel export does; in the target layout its actuals and
     * scores were not shown at all.
     */
    public boolean department() { return departmentTargets(stored.scorecard()); }

    static boolean departmentTargets(Scorecard s) {
        return s.kind() == Kind.DEPARTMENT && !"department-self-evaluation".equals(s.form());
    }

    public long version() { return stored.version(); }

    public long id() { return stored.id(); }
}
