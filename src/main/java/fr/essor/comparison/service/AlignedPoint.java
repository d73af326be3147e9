package fr.essor.comparison.service;

import fr.essor.activation.service.SeriesPoint;

/** A monthly point placed at its number of months since the deployment's launch. */
public record AlignedPoint(int monthsSinceLaunch, SeriesPoint point) {
}
