package fr.essor.forecast.domain;

import java.time.LocalDate;

/** A point of the projection: the fitted curve's rate on a day, and the band a measurement would likely fall in. */
public record ProjectedPoint(LocalDate day, double ratePct, double lowPct, double highPct) {
}
