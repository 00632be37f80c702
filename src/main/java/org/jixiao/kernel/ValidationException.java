package org.jixiao.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** Data that must not be saved, with every violation found (not just the first). */
public class ValidationException extends IllegalArgumentException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() { return violations; }
}
