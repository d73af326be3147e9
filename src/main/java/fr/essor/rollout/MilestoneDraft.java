package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as a way in read it (the API, the JSON import, the CSV import), before any rule is checked: each
 * builds drafts and hands them to {@link MilestoneIntake}, which checks every rule once, the same for all.
 */
public sealed interface MilestoneDraft permits MeasurementDraft, EventDraft {

    @Nullable PartialDate date();
}
