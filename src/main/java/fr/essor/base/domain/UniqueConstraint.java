package fr.essor.base.domain;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A rule that the database also holds as a unique constraint. A service checks the rule before it writes,
 * but two people saving at once can both pass that check; the constraint then refuses the second write.
 * {@link #guard} turns that refusal back into the rule it stands for, so the second person reads "a
 * measurement already exists on this date" next to the field, not an error.
 */
public final class UniqueConstraint {

    private final String name;
    private final Violation brokenRule;

    private UniqueConstraint(String name, Violation brokenRule) {
        this.name = name.toLowerCase(Locale.ROOT);
        this.brokenRule = brokenRule;
    }

    /** @param name the constraint's name in the migrations; H2 and PostgreSQL both quote it in their message. */
    public static UniqueConstraint named(String name, Violation brokenRule) {
        return new UniqueConstraint(name, brokenRule);
    }

    /** Runs the write (a save and flush); a refusal by this constraint becomes a {@link RuleViolationException}. */
    public <T> T guard(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException refused) {
            if (isBrokenBy(refused)) {
                throw new RuleViolationException(List.of(brokenRule));
            }
            throw refused;
        }
    }

    private boolean isBrokenBy(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
