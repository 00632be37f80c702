package org.jixiao.kernel;

/** One problem with submitted data: the field path (e.g. "indicators[3].weight") and a message in Chinese and English. */
public record Violation(String field, String zh, String en) {

    @Override
    public String toString() { return field + ": " + zh + " / " + en; }
}
