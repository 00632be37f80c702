package org.jixiao.scorecard;

/** 绝对值 (counts, sums: added up across units) or 相对值 (rates, per-capita standards: fund-weighted means). */
public enum ValueKind { ABSOLUTE, RELATIVE }
