package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import org.jspecify.annotations.Nullable;

/** A deployment's event as a chart marks it; a copy of the stored event, so it may be shared between sessions. */
public record LoggedEvent(long deploymentId, PartialDate date, EventKind kind, String title, @Nullable String note) {
}
