package org.jixiao.scorecard;

/** 年度总体目标: the target text set at the start of the year and what was achieved. */
public record OverallGoal(String target, String achievement) {}
