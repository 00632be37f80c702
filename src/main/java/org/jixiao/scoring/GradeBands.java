package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Lower bounds of the half-open grade bands (RULES §1.8): 优 ≥ excellent, 良 [good, excellent),
 * 中 [fair, good), 差 below fair. The national default is 90 / 80 / 60.
 */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal fair) {

    public GradeBands {
        Objects.requireNonNull(excellent, "优 lower bound missing / grade band 'excellent' missing");
        Objects.requireNonNull(good, "良 lower bound missing / grade band 'good' missing");
        Objects.requireNonNull(fair, "中 lower bound missing / grade band 'fair' missing");
        if (excellent.compareTo(good) <= 0 || good.compareTo(fair) <= 0) {
            throw new IllegalArgumentException("等级分界须满足 优 > 良 > 中 / grade bands must satisfy excellent > good > fair: "
                    + excellent + ", " + good + ", " + fair);
        }
    }

    public static GradeBands standard() {
        return new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"));
    }

    public Grade gradeOf(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) return Grade.EXCELLENT;
        if (total.compareTo(good) >= 0) return Grade.GOOD;
        if (total.compareTo(fair) >= 0) return Grade.FAIR;
        return Grade.POOR;
    }
}
