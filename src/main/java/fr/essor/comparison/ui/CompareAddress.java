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
 */
record CompareAddress(List<Long> ids, boolean calendar) {

    private static final String CALENDAR = "calendar";

    /** Ids that are not numbers are ignored; unknown ones are kept, so the page can name them. */
    static CompareAddress of(QueryParameters parameters) {
        List<Long> ids = parameters.getParameters().getOrDefault("ids", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(CompareAddress::parseId).filter(Objects::nonNull).distinct()
                .limit(CaseComparisonService.MAX_COMPARED).toList();
        return new CompareAddress(ids, parameters.getSingleParameter("axis").filter(CALENDAR::equals).isPresent());
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
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
