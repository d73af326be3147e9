package fr.essor.activation.service;

import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a deployment's activation charts show for one period and bucketing: active users (with their
 * rate of the headcount), countries reached (with their share of countries present), events and target.
 */
public record ActivationSeries(
        String organisation,
        int headcount,
        @Nullable Integer countriesPresent,
        @Nullable PartialDate launch,
        @Nullable Integer targetPct,
        @Nullable LocalDate targetDate,
        Bucketing bucketing,
        List<SeriesPoint> activeUsers,
        List<SeriesPoint> countriesReached,
        List<EventMark> events) {

    /** Unchangeable, as everyone's monthly series are shared between sessions. */
    public ActivationSeries {
        activeUsers = List.copyOf(activeUsers);
        countriesReached = List.copyOf(countriesReached);
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return activeUsers.isEmpty() && countriesReached.isEmpty();
    }
}
