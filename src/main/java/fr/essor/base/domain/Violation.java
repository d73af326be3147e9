package fr.essor.base.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One broken rule: the field it concerns, a message-bundle key and the values the message names.
 * Services produce them; the UI, the import and the API each show them their own way.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.copyOf(Arrays.asList(arguments)));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
