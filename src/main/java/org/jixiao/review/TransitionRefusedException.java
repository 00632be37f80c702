package org.jixiao.review;

import java.util.List;
import org.jixiao.scorecard.Violation;

/** A workflow step the scorecard's state does not allow, with the reason in Chinese and English. */
public class TransitionRefusedException extends RuntimeException {
    private final String zh;
    private final String en;
    private final List<Violation> violations;

    public TransitionRefusedException(String zh, String en) { this(zh, en, List.of()); }

    public TransitionRefusedException(String zh, String en, List<Violation> violations) {
        super(zh + " / " + en);
        this.zh = zh;
        this.en = en;
        this.violations = List.copyOf(violations);
    }

    public String zh() { return zh; }

    public String en() { return en; }

    public List<Violation> violations() { return violations; }
}
