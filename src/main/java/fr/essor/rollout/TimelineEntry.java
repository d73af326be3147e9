package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import java.util.Comparator;

/** One line of a deployment's milestone log: a measurement or an event, at its date. */
public sealed interface TimelineEntry permits TimelineEntry.MeasurementEntry, TimelineEntry.EventEntry {

    /** Newest first; on the same date, events before measurements, since what was done explains what was measured. */
    Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing((TimelineEntry entry) -> entry.date()).reversed()
            .thenComparing(entry -> entry instanceof MeasurementEntry);

    Milestone milestone();

    default PartialDate date() {
        PartialDate date = milestone().getDate();
        if (date == null) {
            throw new IllegalStateException("a saved milestone always has a date");
        }
        return date;
    }

    record MeasurementEntry(Measurement milestone) implements TimelineEntry {
    }

    record EventEntry(RolloutEvent milestone) implements TimelineEntry {
    }
}
