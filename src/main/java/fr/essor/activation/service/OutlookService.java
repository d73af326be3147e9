package fr.essor.activation.service;

import fr.essor.base.domain.PartialDate;
import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.Pace.PaceReference;
import fr.essor.forecast.domain.Projection;
import fr.essor.forecast.domain.RateMeasurement;
import fr.essor.forecast.service.ForecastService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a deployment is heading and how its pace compares: the forecast model fed with the deployment's
 * monthly series (the last measurement of each month, over its whole history, whatever period a chart shows).
 */
@Service
@Transactional(readOnly = true)
public class OutlookService {

    /** More than the deployments Essor is measured with (500): a pace is a few hundred bytes. */
    private static final int PACES_KEPT = 2_000;
    /**
     * How many projections are kept, each with its question (a few kilobytes; 5 MB for 500 deployments of five
     * years each, page and dashboard): more than the deployments a dashboard lists, or it would work out all
     * of them again at each visit.
     */
    private static final int PROJECTIONS_KEPT = 2_000;

    /** What a projection is worked out from, all of it: the same question always has the same answer. */
    private record Question(List<RateMeasurement> measured, @Nullable PartialDate launch, @Nullable Integer targetPct,
                            @Nullable LocalDate targetDate, boolean withBand) {
    }

    private final ActivationSeriesService series;
    private final DeploymentService deployments;
    private final ForecastService forecast;
    /**
     * Each deployment's pace until a write commits: working it out walks every other deployment's monthly
     * figures, and every visit of a deployment's page asked for it again (7 % of the page's processor).
     */
    private final SharedCache<Long, Optional<Pace>> kept;
    private final SharedCache<Boolean, References> references;
    /**
     * Projections already worked out, for everyone: one takes a few tens of milliseconds of processor (200 refits
     * for its band), and everyone who opens a deployment's page asks the same question until its figures, launch
     * or target change, which makes another question. Never stale, so no write empties it.
     */
    private final SharedCache<Question, Projection> projections;

    OutlookService(ActivationSeriesService series, DeploymentService deployments, ForecastService forecast,
                   SharedCaches caches) {
        this.series = series;
        this.deployments = deployments;
        this.forecast = forecast;
        this.kept = caches.ofReads("paces", PACES_KEPT, (Long id) -> workOut(id, references()));
        this.references = caches.ofReads("pace-references", 1, (Boolean all) -> readReferences());
        this.projections = caches.ofResults("projections", PROJECTIONS_KEPT, (Question asked) -> asked.withBand()
                ? forecast.project(asked.measured(), asked.launch(), asked.targetPct(), asked.targetDate())
                : forecast.projectWithoutBand(asked.measured(), asked.launch(), asked.targetPct(), asked.targetDate()));
    }

    public Projection projection(long deploymentId) {
        return projection(series.series(deploymentId, ChartPeriod.ALL_TIME, Bucketing.MONTH));
    }

    /** The projection of a deployment's whole monthly series. */
    public Projection projection(ActivationSeries monthly) {
        return projections.get(new Question(rates(monthly), monthly.launch(), monthly.targetPct(), monthly.targetDate(), true));
    }

    /** The same without its band: whether and when the curve crosses the target (the dashboard's list). */
    public Projection projectionWithoutBand(ActivationSeries monthly) {
        return projections.get(new Question(rates(monthly), monthly.launch(), monthly.targetPct(), monthly.targetDate(), false));
    }

    /** The pace of one deployment; empty without a launch or a measured rate. */
    public Optional<Pace> pace(long deploymentId) {
        return paces(Set.of(deploymentId)).getOrDefault(deploymentId, Optional.empty());
    }

    /**
     * The pace of each given deployment, among every other deployment with a launch and a figure near the same
     * month since launch. Fictitious deployments are never references: a rollout is not measured against a demo.
     */
    public Map<Long, Optional<Pace>> paces(Set<Long> deploymentIds) {
        return deploymentIds.stream().collect(Collectors.toMap(id -> id, kept::get));
    }

    /** Everyone's monthly series, and the figures of those that may serve as references (never a demo). */
    private record References(Map<Long, ActivationSeries> all, List<PaceReference> figures) {
    }

    private References references() {
        return references.get(Boolean.TRUE);
    }

    private References readReferences() {
        Map<Long, ActivationSeries> all = series.allSeries(Bucketing.MONTH);
        Set<Long> fictitious = deployments.summaries().stream().filter(DeploymentSummary::demo)
                .map(DeploymentSummary::id).collect(Collectors.toSet());
        List<PaceReference> figures = new ArrayList<>();
        all.forEach((id, monthly) -> {
            if (!fictitious.contains(id) && monthly.launch() != null) {
                rated(monthly).forEach(point -> figures.add(new PaceReference(id, monthly.organisation(),
                        monthly.launch().wholeMonthsUntil(point.plottedOn()), point.ratePct().doubleValue(), point.approximate())));
            }
        });
        return new References(all, List.copyOf(figures));
    }

    private Optional<Pace> workOut(long deploymentId, References references) {
        ActivationSeries monthly = references.all().get(deploymentId);
        if (monthly == null || monthly.launch() == null || rated(monthly).isEmpty()) {
            return Optional.empty();
        }
        SeriesPoint latest = rated(monthly).getLast();
        List<PaceReference> others = references.figures().stream().filter(figure -> figure.deploymentId() != deploymentId).toList();
        return Optional.of(forecast.pace(monthly.launch().wholeMonthsUntil(latest.plottedOn()),
                latest.ratePct().doubleValue(), latest.date(), others));
    }

    private static List<SeriesPoint> rated(ActivationSeries monthly) {
        return monthly.activeUsers().stream().filter(point -> point.ratePct() != null).toList();
    }

    private static List<RateMeasurement> rates(ActivationSeries monthly) {
        return rated(monthly).stream().map(point -> new RateMeasurement(point.date(), point.ratePct().doubleValue())).toList();
    }
}
