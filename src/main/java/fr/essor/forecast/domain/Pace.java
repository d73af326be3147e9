package fr.essor.forecast.domain;

import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import java.util.List;

/**
 * Where a deployment's rate stands, at its current month since launch, among the other deployments with a
 * figure near that month.
 *
 * @param month      the deployment's month since launch (launch month = 0)
 * @param ratePct    its rate then
 * @param measuredOn the date of that figure (the deployment's latest measured rate)
 * @param ahead      how many of the others it is ahead of (strictly above their figure)
 * @param references the others' figures near that month, the ones it is compared with
 */
public record Pace(int month, double ratePct, PartialDate measuredOn, int ahead, List<PaceReference> references) {

    public Pace {
        references = List.copyOf(references);
    }

    /** Its figure is dated only to the month or year: its month is the middle of that period. */
    public boolean approximate() {
        return measuredOn.precision() != DatePrecision.DAY;
    }

    public int cases() {
        return references.size();
    }

    /**
     * Another deployment's figure near the month: which, at what month since its launch, and its rate.
     *
     * @param approximate dated only to the month or year: its month is where a chart draws it, the middle of its period
     */
    public record PaceReference(long deploymentId, String organisation, int month, double ratePct, boolean approximate) {
    }
}
