package fr.essor.comparison.service;

import fr.essor.activation.service.EventMark;
import org.jspecify.annotations.Nullable;

/** An event placed at its number of months since the deployment's launch; null when the launch is unknown. */
public record AlignedEvent(@Nullable Integer monthsSinceLaunch, EventMark event) {
}
