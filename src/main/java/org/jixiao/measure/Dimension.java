package org.jixiao.measure;

/** What a unit measures; only units of one dimension convert into each other. */
public enum Dimension {
    COUNT, MONEY, RATE, DURATION, WORKDAY, SCORE, PER_CAPITA, NONE
}
