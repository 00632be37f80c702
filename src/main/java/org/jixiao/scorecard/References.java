package org.jixiao.scorecard;

/** 指标参考值 of a department table: 规划值, 当年标准值 + 来源, 前三年均值, 上年值 + 来源 — each the cell text. */
public record References(String planned, String standard, String standardSource,
                         String threeYearAverage, String lastYear, String historySource) {}
