package fr.essor.comparison.service;

import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.rollout.GroupPolicy;
import fr.essor.forecast.domain.Pace;
import fr.essor.rollout.Platform;
import fr.essor.rollout.EventKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One column of the comparison: a deployment's facts, derived figures and aligned curve.
 *
 * @param pace where its latest rate stands among the other (never fictitious) deployments near the same month
 */
public record ComparedDeployment(
        long id,
        String organisation,
        boolean referenceCase,
        boolean demo,
        @Nullable Platform platform,
        @Nullable String platformName,
        @Nullable Integer headcount,
        @Nullable Integer countriesPresent,
        @Nullable Integer professionalGroupsPct,
        @Nullable GroupPolicy groupPolicy,
        @Nullable String source,
        ActivationSeries monthly,
        @Nullable SeriesPoint latest,
        @Nullable SeriesPoint latestReach,
        @Nullable MonthsToReach monthsTo10,
        @Nullable MonthsToReach monthsTo25,
        List<AlignedPoint> aligned,
        Map<EventKind, GovernanceStep> governance,
        List<AlignedEvent> events,
        @Nullable Pace pace) {

    public boolean launchKnown() {
        return monthly.launch() != null;
    }
}
