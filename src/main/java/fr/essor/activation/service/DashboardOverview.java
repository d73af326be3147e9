package fr.essor.activation.service;

import fr.essor.base.domain.PartialDate;
import fr.essor.forecast.domain.Projection;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The home page's figures: headline numbers and one trend per deployment. */
public record DashboardOverview(
        int deploymentsTracked,
        int fictitiousLeftOut,
        long totalActiveUsers,
        @Nullable BigDecimal medianRatePct,
        @Nullable Growth fastestGrowing,
        List<DeploymentTrend> trends) {

    /** Percentage points of activation gained over the last three months. */
    /** @param since the measurement the gain is counted from, at least three and at most six months old */
    public record Growth(long deploymentId, String organisation, boolean demo, BigDecimal pointsGained, PartialDate since) {
    }

    /**
     * A rollout behind its target: by its projection (reached after the target date, or never), or, without
     * one, against the straight path to its target at its latest measurement.
     *
     * @param expectedPct the straight path's rate; null when the projection decided
     * @param projection  the projection that decided; null when the straight path did
     */
    public record BehindTarget(BigDecimal actualPct, @Nullable BigDecimal expectedPct, PartialDate measuredOn,
                               Projection.@Nullable Drawn projection) {
    }

    public record DeploymentTrend(
            long deploymentId,
            String organisation,
            boolean referenceCase,
            boolean demo,
            @Nullable SeriesPoint latest,
            @Nullable BehindTarget behindTarget,
            ActivationSeries monthly) {
    }
}
