package fr.essor.forecast.domain;

import fr.essor.base.domain.PartialDate;

/** One measured activation rate (active users ÷ headcount, in percent), at a date known to some precision. */
public record RateMeasurement(PartialDate date, double ratePct) {
}
