package fr.essor.rollout;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which part of a deployment's log to show: what kind of milestone, between which days (inclusive), and
 * whose figures: the whole network's (a null country, with the events) or one country's rows, as a
 * platform's per-country export gives them (events belong to the whole network, so they are left out).
 */
public record TimelineFilter(Kind kind, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String countryCode) {

    public enum Kind { ALL, MEASUREMENTS, EVENTS }

    public static final TimelineFilter EVERYTHING = new TimelineFilter(Kind.ALL, null, null, null);

    boolean showsMeasurements() {
        return kind != Kind.EVENTS;
    }

    boolean showsEvents() {
        return kind != Kind.MEASUREMENTS && countryCode == null;
    }
}
