package org.jixiao.kernel;

import java.util.List;

/** A step the current state does not allow (a workflow transition, an edit of a locked record), with the reason in Chinese and English. */
public class RefusedException extends RuntimeException {
    private final String zh;
    private final String en;
    private final List<Violation> violations;

    public RefusedException(String zh, String en) { this(zh, en, List.of()); }

    public RefusedException(String zh, String en, List<Violation> violations) {
        super(zh + " / " + en);
        this.zh = zh;
        this.en = en;
        this.violations = List.copyOf(violations);
    }

    public String zh() { return zh; }

    public String en() { return en; }

    public List<Violation> violations() { return violations; }
}
