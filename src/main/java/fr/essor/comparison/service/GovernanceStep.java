package fr.essor.comparison.service;

import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.EventKind;
import org.jspecify.annotations.Nullable;

/** The first time a deployment logged a governance step, and how many months after launch that was. */
public record GovernanceStep(EventKind kind, PartialDate date, @Nullable Integer monthsSinceLaunch) {
}
