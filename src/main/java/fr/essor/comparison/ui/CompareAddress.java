package fr.essor.comparison.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.essor.comparison.service.CaseComparisonService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the comparison's address says: the deployments compared and the time axis
 * ({@code compare?ids=1,2,3&axis=calendar}), so a comparison can be bookmarked or sent as it is seen.
 *
 * @param unreadable  what the address gives as ids but is not one (a word, a number too long): left out, and said
 * @param beyondLimit ids past the most that are compared, in the address's order: left out, and said
 */
record CompareAddress(List<Long> ids, boolean calendar, List<String> unreadable, List<Long> beyondLimit) {

    private static final String CALENDAR = "calendar";
    /** An unreadable id is quoted back to the reader up to this length. */
    private static final int QUOTED_CHARS = 24;

    CompareAddress(List<Long> ids, boolean calendar) {
        this(ids, calendar, List.of(), List.of());
    }

    /** Unknown ids are kept, so the page can name them. */
    static CompareAddress of(QueryParameters parameters) {
        List<String> given = parameters.getParameters().getOrDefault("ids", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(text -> !text.isEmpty()).toList();
        List<Long> readable = given.stream().map(CompareAddress::parseId).filter(Objects::nonNull).distinct().toList();
        List<String> unreadable = given.stream().filter(text -> parseId(text) == null).distinct()
                .map(text -> text.length() > QUOTED_CHARS ? text.substring(0, QUOTED_CHARS - 1) + "…" : text).toList();
        int kept = Math.min(readable.size(), CaseComparisonService.MAX_COMPARED);
        return new CompareAddress(readable.subList(0, kept), parameters.getSingleParameter("axis").filter(CALENDAR::equals).isPresent(),
                unreadable, readable.subList(kept, readable.size()));
    }

    String location() {
        List<String> parameters = new ArrayList<>();
        if (!ids.isEmpty()) {
            parameters.add("ids=" + ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (calendar) {
            parameters.add("axis=" + CALENDAR);
        }
        return "compare" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static @Nullable Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
