package fr.essor.rollout;

import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deployment's row in the list: its own figures and the latest ones logged for it, each taken from
 * the most recent measurement that has that figure.
 */
public record DeploymentSummary(
        long id,
        String organisation,
        @Nullable Platform platform,
        @Nullable String platformName,
        @Nullable LocalDate launchDate,
        @Nullable DatePrecision launchPrecision,
        int headcount,
        @Nullable Integer countriesPresent,
        boolean referenceCase,
        @Nullable Integer latestActiveUsers,
        @Nullable Integer latestCountriesReached,
        boolean demo) {

    public @Nullable PartialDate launch() {
        return launchDate == null || launchPrecision == null ? null : new PartialDate(launchDate, launchPrecision);
    }
}
