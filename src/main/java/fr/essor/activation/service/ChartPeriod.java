package fr.essor.activation.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The dates a chart covers; an open end means "from the first" or "to the last" measurement. */
public record ChartPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {

    public static final ChartPeriod ALL_TIME = new ChartPeriod(null, null);

    public static ChartPeriod lastMonths(int months, LocalDate today) {
        return new ChartPeriod(today.minusMonths(months), today);
    }

    LocalDate fromOrEarliest() {
        return from == null ? LocalDate.of(1900, 1, 1) : from;
    }

    LocalDate toOrLatest() {
        return to == null ? LocalDate.of(9999, 12, 31) : to;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(fromOrEarliest()) && !day.isAfter(toOrLatest());
    }
}
