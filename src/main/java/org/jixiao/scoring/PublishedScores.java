package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/**
 * A published table that carries its own 得分 column, compared row by row with the computed score, saying why they
 * differ: the table rounded locally, gave discretionary full marks, or scored a shortfall otherwise than the rules'
 * proportional share (or the other way round), the actual cannot be compared at all, or the table states no 分值 (its
 * scores are out of weights it does not print, the rules derived others).
 */
public final class PublishedScores {
    private PublishedScores() {}

    /** One row: the table's 得分 against the computed one; {@code why} in Chinese, {@code whyEn} in English. */
    public record Row(int index, String name, BigDecimal weight, BigDecimal published, BigDecimal computed,
                      BigDecimal difference, boolean agrees, String why, String whyEn) {}

    /** The rows, the sums of the table's 得分 and of the computed indicator scores. */
    public record Comparison(List<Row> rows, BigDecimal publishedSum, BigDecimal computedSum, int differing) {
        public Comparison { rows = List.copyOf(rows); }
    }

    private static final BigDecimal ROUNDING = new BigDecimal("0.5");

    /** Compares each row that has a published 得分 with its score in {@code e} (an evaluation of {@code s}). */
    public static Comparison compare(Scorecard s, SelfEvaluation e) {
        List<Row> rows = new ArrayList<>();
        BigDecimal publishedSum = BigDecimal.ZERO, computedSum = BigDecimal.ZERO;
        int differing = 0;
        for (int i = 0; i < s.indicators().size() && i < e.indicators().size(); i++) {
            Indicator ind = s.indicators().get(i);
            IndicatorScore sc = e.indicators().get(i);
            if (ind.score() == null || sc.score() == null) continue;
            BigDecimal published = ind.score();
            BigDecimal computed = sc.score();
            BigDecimal diff = Numbers.round2(published.subtract(computed));
            publishedSum = publishedSum.add(published);
            computedSum = computedSum.add(computed);
            Row row = row(i, ind, sc, published, computed, diff);
            if (!row.agrees()) differing++;
            rows.add(row);
        }
        return new Comparison(rows, Numbers.round2(publishedSum), Numbers.round2(computedSum), differing);
    }

    private static Row row(int i, Indicator ind, IndicatorScore sc, BigDecimal published, BigDecimal computed,
                           BigDecimal diff) {
        BigDecimal w = sc.weight();
        String p = Numbers.points(published), c = Numbers.points(computed);
        if (diff.signum() == 0) {
            return new Row(i, ind.name(), w, published, computed, diff, true, "一致", "the same");
        }
        boolean unreadable = sc.findings().stream().anyMatch(f -> f.code() == Finding.Code.UNREADABLE_ACTUAL);
        if (unreadable) {
            return new Row(i, ind.name(), w, published, computed, diff, false,
                    "表中得分" + p + "；完成值无法与指标值比较，须更正或人工评定等级：" + sc.explanation().zh(),
                    "the table says " + p + "; the actual cannot be compared with the target and must be graded by hand: "
                            + sc.explanation().en());
        }
        if (ind.weight() == null && w != null) {
            // the table prints 得分 but no 分值: its scores are out of weights it never states, the rules derived others
            return new Row(i, ind.name(), w, published, computed, diff, false,
                    "表中未列分值，其得分" + p + "按表自己的分值给出；按规则推算分值为" + Numbers.points(w) + "：" + sc.explanation().zh(),
                    "the table states no weight and its " + p + " is out of its own; the rules derive the weight "
                            + Numbers.points(w) + ": " + sc.explanation().en());
        }
        if (diff.abs().compareTo(ROUNDING) < 0 && (isRoundedTo(published, 0) || isRoundedTo(published, 1))
                && Numbers.round2(computed.setScale(published.stripTrailingZeros().scale() <= 0 ? 0 : 1,
                java.math.RoundingMode.HALF_UP)).compareTo(Numbers.round2(published)) == 0) {
            return new Row(i, ind.name(), w, published, computed, diff, false,
                    "本地取整：表中得分" + p + "为计算得分" + c + "取整的结果",
                    "local rounding: the table's " + p + " is the computed " + c + " rounded");
        }
        if (w != null && published.compareTo(w) >= 0 && computed.compareTo(w) < 0) {
            return new Row(i, ind.name(), w, published, computed, diff, false,
                    "表中酌情给了满分" + p + "；按规则：" + sc.explanation().zh(),
                    "the table gives discretionary full marks " + p + "; by the rules: " + sc.explanation().en());
        }
        if (w != null && computed.compareTo(w) >= 0 && published.compareTo(w) < 0) {
            return new Row(i, ind.name(), w, published, computed, diff, false,
                    "表中扣分为" + p + "；按规则完成值达到指标值，得满分" + c,
                    "the table deducts to " + p + "; by the rules the target is met, full marks " + c);
        }
        return new Row(i, ind.name(), w, published, computed, diff, false,
                "表中得分" + p + "；按规则未完成部分按比例计分：" + sc.explanation().zh(),
                "the table says " + p + "; by the rules a shortfall is scored proportionally: " + sc.explanation().en());
    }

    private static boolean isRoundedTo(BigDecimal v, int scale) {
        return v.stripTrailingZeros().scale() <= scale;
    }
}
