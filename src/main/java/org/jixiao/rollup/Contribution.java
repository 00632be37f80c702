package org.jixiao.rollup;

import java.math.BigDecimal;

/**
 * One unit's share in a regional number: its fund amount Fᵢ, the value xᵢ it reported (in the regional unit,
 * or the completion % for a qualitative indicator) and its weight share — Fᵢ/ΣF for fund-weighted means,
 * xᵢ/Σx for sums (null when Σx is 0).
 */
public record Contribution(String unit, BigDecimal fund, BigDecimal value, BigDecimal weightShare) {}
