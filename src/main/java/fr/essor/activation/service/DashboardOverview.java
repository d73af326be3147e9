package fr.essor.activation.service;

import fr.essor.base.domain.PartialDate;
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
    public record Growth(long deploymentId, String organisation, boolean demo, BigDecimal pointsGained) {
    }

    /** Where a rollout stands against the straight path to its target, at its latest measurement. */
    public record BehindTarget(BigDecimal actualPct, BigDecimal expectedPct, PartialDate measuredOn) {
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
