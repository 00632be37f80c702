package org.jixiao.scoring;

import java.math.BigDecimal;
import org.jixiao.measure.QualitativeGrade;

/**
 * The scores a qualitative grade admits for a weight w (RULES §1.6, vendor selfqualscorecheck):
 * 达成 [round(0.8w), w], 部分达成 [round(0.6w), round(0.8w)), 未达成 [0, round(0.6w)).
 */
public record ScoreBand(QualitativeGrade grade, BigDecimal min, BigDecimal max, boolean maxInclusive) {

    public static ScoreBand of(QualitativeGrade grade, BigDecimal weight) {
        BigDecimal min = Numbers.round2(weight.multiply(grade.lowerPercent()).movePointLeft(2));
        BigDecimal max = Numbers.round2(weight.multiply(grade.upperPercent()).movePointLeft(2));
        return new ScoreBand(grade, min, max, grade == QualitativeGrade.MET);
    }

    public boolean admits(BigDecimal score) {
        if (score.compareTo(min) < 0) return false;
        return maxInclusive ? score.compareTo(max) <= 0 : score.compareTo(max) < 0;
    }

    /** "[8.00, 10.00]" or "[6.00, 8.00)". */
    public String text() {
        return "[" + min.toPlainString() + ", " + max.toPlainString() + (maxInclusive ? "]" : ")");
    }
}
