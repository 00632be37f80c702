package org.jixiao.measure;

/** 指标性质: how an actual is compared with a target. */
public enum Comparator {
    GE("≥"), GT(">"), EQ("="), LE("≤"), LT("<");

    private final String symbol;

    Comparator(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    /** 正向 (≥, >) versus 反向 (≤, <); EQ counts as 正向 as in the vendor rules. */
    public boolean higherIsBetter() { return this == GE || this == GT || this == EQ; }
}
