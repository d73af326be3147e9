package fr.essor.activation.service;

import fr.essor.activation.service.DashboardOverview.BehindTarget;
import fr.essor.activation.service.DashboardOverview.DeploymentTrend;
import fr.essor.activation.service.DashboardOverview.Growth;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.forecast.domain.Projection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's headline figures, computed here once for whoever shows them. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final int GROWTH_MONTHS = 3;

    private final DeploymentService deployments;
    private final ActivationSeriesService series;
    private final OutlookService outlook;
    private final Clock clock;

    DashboardService(DeploymentService deployments, ActivationSeriesService series, OutlookService outlook, Clock clock) {
        this.deployments = deployments;
        this.series = series;
        this.outlook = outlook;
        this.clock = clock;
    }

    public DashboardOverview overview() {
        LocalDate today = LocalDate.now(clock);
        List<DeploymentSummary> summaries = deployments.summaries();
        List<DeploymentTrend> trends = new ArrayList<>();
        List<Growth> growths = new ArrayList<>();
        Map<Long, ActivationSeries> allMonthly = series.allSeries(Bucketing.MONTH);
        for (DeploymentSummary summary : summaries) {
            ActivationSeries monthly = allMonthly.get(summary.id());
            if (monthly == null) {
                continue; // created between the two reads: on the next page load
            }
            SeriesPoint latest = monthly.activeUsers().isEmpty() ? null : monthly.activeUsers().getLast();
            trends.add(new DeploymentTrend(summary.id(), summary.organisation(), summary.referenceCase(), summary.demo(),
                    latest, behindTarget(monthly, latest, outlook.projectionWithoutBand(monthly)), monthly));
            RecentGain gained = recentGain(monthly.activeUsers(), today);
            if (gained != null) {
                growths.add(new Growth(summary.id(), summary.organisation(), summary.demo(), gained.points(), gained.since()));
            }
        }
        // Fictitious deployments are shown, labelled, but never counted in the totals.
        List<DeploymentSummary> real = summaries.stream().filter(summary -> !summary.demo()).toList();
        long totalActive = real.stream().map(DeploymentSummary::latestActiveUsers).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
        List<BigDecimal> rates = trends.stream().filter(trend -> !trend.demo()).map(DeploymentTrend::latest)
                .filter(Objects::nonNull).map(SeriesPoint::ratePct).filter(Objects::nonNull).sorted().toList();
        Growth fastest = growths.stream().filter(growth -> !growth.demo())
                .max(Comparator.comparing(Growth::pointsGained)).orElse(null);
        return new DashboardOverview(real.size(), summaries.size() - real.size(), totalActive, median(rates), fastest, trends);
    }

    /** Percentage points gained since a measurement, dated so the page can say over what span. */
    record RecentGain(BigDecimal points, PartialDate since) {
    }

    /**
     * Percentage points gained between the last measurement at least three months old and the latest
     * one; null unless the latest falls within the last three months and an older one exists, no older
     * than six months: a deployment measured once a year has no recent progression to rank.
     */
    static @Nullable RecentGain recentGain(List<SeriesPoint> points, LocalDate today) {
        LocalDate windowStart = today.minusMonths(GROWTH_MONTHS);
        List<SeriesPoint> rated = points.stream().filter(point -> point.ratePct() != null).toList();
        if (rated.isEmpty() || rated.getLast().date().end().isBefore(windowStart)) {
            return null;
        }
        SeriesPoint before = null;
        for (SeriesPoint point : rated) {
            if (!point.date().end().isAfter(windowStart)) {
                before = point;
            }
        }
        if (before == null || before.date().start().isBefore(today.minusMonths(2L * GROWTH_MONTHS))) {
            return null;
        }
        return new RecentGain(rated.getLast().ratePct().subtract(before.ratePct()), before.date());
    }

    /**
     * Behind when the projection, where there is one, reaches the target after the target date or never (the
     * latter with or without a target date);
     * without a projection, when the latest rate is below the straight path from launch to the target.
     */
    static @Nullable BehindTarget behindTarget(ActivationSeries monthly, @Nullable SeriesPoint latest, Projection projection) {
        if (latest == null || latest.ratePct() == null || monthly.launch() == null) {
            return null;
        }
        if (projection instanceof Projection.Drawn drawn && drawn.targetPct() != null) {
            // Levelling off below the target is behind with or without a date to reach it by.
            boolean late = drawn.levelsOffBelowTarget() || monthly.targetDate() != null && drawn.crossing() != null
                    && drawn.crossing().around().isAfter(YearMonth.from(monthly.targetDate()));
            if (late) {
                return new BehindTarget(latest.ratePct(), null, latest.date(), drawn);
            }
            if (monthly.targetDate() != null) {
                return null;
            }
        }
        return TargetPath.expectedAt(monthly.launch().start(), monthly.targetDate(), monthly.targetPct(), latest.date().end())
                .filter(expected -> latest.ratePct().compareTo(expected) < 0)
                .map(expected -> new BehindTarget(latest.ratePct(), expected, latest.date(), null))
                .orElse(null);
    }

    static @Nullable BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
