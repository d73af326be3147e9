package fr.essor.base.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs the Jakarta constraints declared on an entity and turns them into {@link Violation}s. The
 * constraints' messages are bundle keys; their limits (max length, min, max) become the message
 * arguments, so "at most 200 characters" says the number.
 */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    public static <T> List<Violation> of(Validator validator, T bean) {
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(bean)) {
            found.add(new Violation(violation.getPropertyPath().toString(), violation.getMessageTemplate(),
                    limitsOf(violation.getConstraintDescriptor().getAttributes())));
        }
        found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::messageKey));
        return found;
    }

    static List<Object> limitsOf(Map<String, Object> attributes) {
        if (attributes.containsKey("max") && attributes.containsKey("min")) {
            return List.of(attributes.get("max")); // @Size: only the maximum matters to a user here
        }
        Object value = attributes.get("value"); // @Min, @Max
        return value == null ? List.of() : List.of(value);
    }
}
