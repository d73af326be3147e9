package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;

/**
 * One line of a deployment's whole timeline, with its stored milestone: a measurement or an event, at its date.
 * Read afresh for the one caller that asks ({@link MilestoneService#timeline}); what sessions share is
 * {@link TimelineRow}.
 */
public sealed interface TimelineEntry permits TimelineEntry.MeasurementEntry, TimelineEntry.EventEntry {

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
