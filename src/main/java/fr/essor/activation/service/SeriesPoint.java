package fr.essor.activation.service;

import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;
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

    /** Where the point is drawn: {@link PartialDate#middle()}, as events are. */
    public LocalDate plottedOn() {
        return date.middle();
    }
}
