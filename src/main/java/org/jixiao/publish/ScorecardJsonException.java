package org.jixiao.publish;

import java.util.List;

/** A scorecard JSON document that cannot be read: every problem names its field path, in Chinese and English. */
public class ScorecardJsonException extends IllegalArgumentException {

    /** One bad field: its path (e.g. {@code tables[0].indicators[3].weight}) and what is wrong. */
    public record Problem(String path, String zh, String en) {
        @Override public String toString() { return path + ": " + zh + " / " + en; }
    }

    private final List<Problem> problems;

    public ScorecardJsonException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }

    private static String message(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("JSON 内容有误 / invalid scorecard JSON");
        for (Problem p : problems) sb.append("\n  ").append(p);
        return sb.toString();
    }
}
