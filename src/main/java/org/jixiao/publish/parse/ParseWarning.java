package org.jixiao.publish.parse;

/** Something the parser skipped or guessed, with the 1-based line of the input it concerns. */
public record ParseWarning(int line, String message) {

    static ParseWarning of(int line, String zh, String en) {
        return new ParseWarning(line, "第" + line + "行: " + zh + " / line " + line + ": " + en);
    }
}
