package fr.essor.comparison.service;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Months from launch to the first measurement at or above a threshold. {@code atMost} when that
 * measurement is the first one logged or its date is approximate: the threshold may have been crossed
 * earlier, so the figure is an upper bound ("≤ 24 months"), never a made-up exact month.
 */
public record MonthsToReach(int months, boolean atMost) {

    /** The fewest months this figure allows: an upper bound allows any number down to zero. */
    int fewestPossible() {
        return atMost ? 0 : months;
    }

    /**
     * The deployments that certainly reached the threshold soonest: their figure is no later than the
     * earliest any other figure allows. "≤ 17 months" beside an exact "10 months" ranks neither, since
     * the bound may hide 5 months; two exact figures rank as usual. Empty when fewer than two have a figure.
     */
    public static Set<Long> certainlyFewest(Map<Long, MonthsToReach> figures) {
        if (figures.size() < 2) {
            return Set.of();
        }
        return figures.entrySet().stream()
                .filter(candidate -> figures.entrySet().stream()
                        .filter(other -> !other.getKey().equals(candidate.getKey()))
                        .allMatch(other -> candidate.getValue().months() <= other.getValue().fewestPossible()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
