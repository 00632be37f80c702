package org.jixiao.measure;

import java.math.BigDecimal;

/**
 * The three official grades of a qualitative actual and their completion bands:
 * 达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %) — "（含）" puts 80 in 达成 and 60 in 部分达成.
 */
public enum QualitativeGrade {
    MET("达成年度指标", "met", new BigDecimal("80"), new BigDecimal("100")),
    PARTLY_MET("部分达成年度指标并具有一定效果", "partly met", new BigDecimal("60"), new BigDecimal("80")),
    NOT_MET("未达成年度指标且效果较差", "not met", BigDecimal.ZERO, new BigDecimal("60"));

    private final String label;
    private final String english;
    private final BigDecimal lowerPercent;
    private final BigDecimal upperPercent;

    QualitativeGrade(String label, String english, BigDecimal lowerPercent, BigDecimal upperPercent) {
        this.label = label;
        this.english = english;
        this.lowerPercent = lowerPercent;
        this.upperPercent = upperPercent;
    }

    public String label() { return label; }
    public String english() { return english; }
    public BigDecimal lowerPercent() { return lowerPercent; }
    public BigDecimal upperPercent() { return upperPercent; }

    /** Whether a completion percentage lies in this grade's band (upper bound inclusive only for MET). */
    public boolean admits(BigDecimal percent) {
        if (percent.compareTo(lowerPercent) < 0) return false;
        return this == MET ? percent.compareTo(upperPercent) <= 0 : percent.compareTo(upperPercent) < 0;
    }

    /** The grade whose band holds a completion percentage (used when a region's mean is mapped back). */
    public static QualitativeGrade ofPercent(BigDecimal percent) {
        if (percent.compareTo(MET.lowerPercent) >= 0) return MET;
        if (percent.compareTo(PARTLY_MET.lowerPercent) >= 0) return PARTLY_MET;
        return NOT_MET;
    }
}
