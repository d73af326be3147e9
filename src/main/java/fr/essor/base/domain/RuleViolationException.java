package fr.essor.base.domain;

import java.util.List;

/** Thrown by a service when what it was asked to save breaks a rule; nothing has been written. */
public class RuleViolationException extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super("Rules broken: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation given");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
