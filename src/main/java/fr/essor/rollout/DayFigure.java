package fr.essor.rollout;

import fr.essor.base.domain.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a deployment's day in the daily rollup, dated as precisely as the measurements it sums were.
 *
 * @param source the source of the day's measurements, as the rollup keeps it
 */
public record DayFigure(long deploymentId, PartialDate date, int value, @Nullable String source) {

    /** The figures the rollup keeps for each day. */
    public enum Kind {
        ACTIVE_USERS, COUNTRIES_REACHED
    }
}
