package fr.essor.base.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why JSON sent to Essor could not be read, as a broken rule naming its place from Jackson's path
 * ("[1].activeUsers", "measurements[0].country"): one wording for the API's bodies and the exports brought back in.
 */
public final class UnreadableJson {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class);

    private UnreadableJson() {
    }

    public static Violation violation(JacksonException failure) {
        return Violation.of(path(failure), reason(failure));
    }

    /** A count given as 12.5, "many" or with twenty digits gets the form's message for a count, not a vaguer one. */
    private static String reason(@Nullable Throwable cause) {
        return switch (cause) {
            // A mistyped field ("country" for "countryCode") was dropped and a whole-network figure saved (201).
            case UnrecognizedPropertyException unknown -> "api.field.unknown";
            case InputCoercionException tooLarge when tooLarge.getTargetType() != null
                    && WHOLE_NUMBERS.contains(tooLarge.getTargetType()) -> "validation.tooManyDigits";
            case MismatchedInputException mismatch when mismatch.getTargetType() != null
                    && WHOLE_NUMBERS.contains(mismatch.getTargetType()) -> "validation.notANumber";
            case null, default -> "api.value.unreadable";
        };
    }

    private static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
