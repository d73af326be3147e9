package fr.essor.activation.service;

import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One figure on a curve, at a date known to some precision.
 *
 * @param ratePct the figure divided by its whole (headcount, countries present), in percent; null when the whole is unknown
 */
public record SeriesPoint(PartialDate date, int value, java.math.@Nullable BigDecimal ratePct, @Nullable String source) {

    public boolean approximate() {
        return date.precision() != DatePrecision.DAY;
    }

    /**
     * Where the point is drawn: a date known only to the month or the year sits in the middle of its
     * period, so "2012" is not read as January 2012.
     */
    public LocalDate plottedOn() {
        LocalDate start = date.start();
        return start.plusDays(ChronoUnit.DAYS.between(start, date.end()) / 2);
    }
}
