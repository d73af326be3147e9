package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import org.jspecify.annotations.Nullable;

/** An event to add: what happened (or is planned), when, and what it is called. */
public record EventDraft(@Nullable PartialDate date, @Nullable EventKind kind, @Nullable String title,
                         @Nullable String note) implements MilestoneDraft {

    RolloutEvent toEvent() {
        RolloutEvent event = new RolloutEvent();
        event.setDate(date);
        event.setKind(kind);
        event.setTitle(title == null ? "" : title);
        event.setNote(note);
        return event;
    }
}
