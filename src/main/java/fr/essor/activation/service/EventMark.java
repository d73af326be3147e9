package fr.essor.activation.service;

import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.EventKind;
import org.jspecify.annotations.Nullable;

/** An event drawn on the curve. */
public record EventMark(PartialDate date, EventKind kind, String title, @Nullable String note) {

    /** Where the event is drawn: the same rule as a measurement's, so both agree on a month. */
    public java.time.LocalDate plottedOn() {
        return date.middle();
    }
}
