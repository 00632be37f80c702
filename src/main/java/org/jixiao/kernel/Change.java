package org.jixiao.kernel;

/** One field that changed: its path in the scorecard ("indicators[2].target") and both values as text. */
public record Change(String field, String oldValue, String newValue) {}
