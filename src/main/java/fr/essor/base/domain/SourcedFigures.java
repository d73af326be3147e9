package fr.essor.base.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Figures quoted from a published source (an article, a report) are only as good as that source: once
 * one of them changes, the source that was given no longer vouches for it. So a change to a sourced
 * figure must come with its new source, or the record would cite a page that says something else.
 * The figures are compared as the services record them for the audit trail (field key → value).
 */
public final class SourcedFigures {

    public static final String NEW_SOURCE_NEEDED = "source.newSourceNeeded";

    private SourcedFigures() {
    }

    /**
     * @param before the stored values, or null for a new record (which has nothing to vouch for yet)
     * @param after the values about to be saved
     * @param sourceKey the key of the source among the values
     * @param figureKeys the keys of the values the source vouches for
     * @param sourceField the form field that shows the message
     */
    public static Optional<Violation> check(@Nullable Map<String, @Nullable Object> before, Map<String, @Nullable Object> after,
                                            String sourceKey, Collection<String> figureKeys, String sourceField) {
        if (before == null || isBlank(before.get(sourceKey))) {
            return Optional.empty();
        }
        boolean figureChanged = figureKeys.stream().anyMatch(key -> !Objects.equals(before.get(key), after.get(key)));
        Object newSource = after.get(sourceKey);
        boolean sameSource = isBlank(newSource) || normalised(newSource).equals(normalised(before.get(sourceKey)));
        return figureChanged && sameSource
                ? Optional.of(Violation.of(sourceField, NEW_SOURCE_NEEDED, before.get(sourceKey)))
                : Optional.empty();
    }

    private static boolean isBlank(@Nullable Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String normalised(@Nullable Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
