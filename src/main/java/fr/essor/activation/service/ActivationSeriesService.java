package fr.essor.activation.service;

import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import fr.essor.base.domain.RemovedMeanwhile;
import fr.essor.rollout.ActivationRate;
import fr.essor.rollout.ActivityHistory;
import fr.essor.rollout.ChartedDeployment;
import fr.essor.rollout.DayFigure;
import fr.essor.rollout.LoggedEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a deployment's activation series from the daily rollup, which the rollout module reads
 * ({@link ActivityHistory}). Bucketing runs in the database (each month's or quarter's last day); whatever
 * the range, a series sent to the browser has at most {@link #MAX_POINTS} points.
 */
@Service
@Transactional(readOnly = true)
public class ActivationSeriesService {

    public static final int MAX_POINTS = 1000;

    private final ActivityHistory history;
    /**
     * Everyone's monthly series, read once for all sessions until the next write: the dashboard and every
     * deployment page's pace ask for it, and reading it was a tenth of the server's work under load.
     */
    private final SharedCache<Bucketing, Map<Long, ActivationSeries>> everyonesMonthly;

    ActivationSeriesService(ActivityHistory history, SharedCaches caches) {
        this.history = history;
        this.everyonesMonthly = caches.ofReads("everyones-monthly-series", 1, this::read);
    }

    public ActivationSeries series(long deploymentId, ChartPeriod period, Bucketing bucketing) {
        if (bucketing == Bucketing.MONTH && period.equals(ChartPeriod.ALL_TIME)) {
            // A deployment page's chart and projection, as it opens: the same series as in everyone's.
            ActivationSeries shared = allSeries(Bucketing.MONTH).get(deploymentId);
            if (shared != null) {
                return shared;
            }
        }
        ChartedDeployment deployment = history.deployment(deploymentId)
                .orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
        List<EventMark> marks = history.events(deploymentId).stream()
                .filter(event -> period.contains(event.date().start()))
                .map(ActivationSeriesService::mark)
                .toList();
        Map<Long, ChartedDeployment> one = Map.of(deploymentId, deployment);
        return series(deployment, bucketing, marks,
                points(one, period, bucketing, DayFigure.Kind.ACTIVE_USERS, ChartedDeployment::headcount),
                points(one, period, bucketing, DayFigure.Kind.COUNTRIES_REACHED, ChartedDeployment::countriesPresent));
    }

    /**
     * Every deployment's whole history at once, from a fixed number of queries however many deployments
     * there are (one grouped query per figure): the dashboard shows them all. The monthly ones are shared
     * until a write is committed; the map is not to be changed.
     */
    public Map<Long, ActivationSeries> allSeries(Bucketing bucketing) {
        return bucketing == Bucketing.MONTH ? everyonesMonthly.get(bucketing) : read(bucketing);
    }

    private Map<Long, ActivationSeries> read(Bucketing bucketing) {
        Map<Long, ChartedDeployment> all = history.deployments().stream()
                .collect(Collectors.toMap(ChartedDeployment::id, deployment -> deployment));
        Map<Long, List<EventMark>> marks = history.events().stream()
                .collect(Collectors.groupingBy(LoggedEvent::deploymentId,
                        Collectors.mapping(ActivationSeriesService::mark, Collectors.toList())));
        Map<Long, List<SeriesPoint>> active = points(all, ChartPeriod.ALL_TIME, bucketing, DayFigure.Kind.ACTIVE_USERS,
                ChartedDeployment::headcount);
        Map<Long, List<SeriesPoint>> reached = points(all, ChartPeriod.ALL_TIME, bucketing,
                DayFigure.Kind.COUNTRIES_REACHED, ChartedDeployment::countriesPresent);
        Map<Long, ActivationSeries> series = new HashMap<>();
        all.forEach((id, deployment) -> series.put(id, series(deployment, bucketing,
                marks.getOrDefault(id, List.of()), active, reached)));
        return Map.copyOf(series);
    }

    private static ActivationSeries series(ChartedDeployment deployment, Bucketing bucketing, List<EventMark> marks,
                                           Map<Long, List<SeriesPoint>> active, Map<Long, List<SeriesPoint>> reached) {
        Integer headcount = deployment.headcount();
        return new ActivationSeries(deployment.organisation(), headcount == null ? 0 : headcount,
                deployment.countriesPresent(), deployment.launch(), deployment.targetPct(), deployment.targetDate(),
                bucketing, active.getOrDefault(deployment.id(), List.of()), reached.getOrDefault(deployment.id(), List.of()),
                marks);
    }

    /**
     * The points of the given deployments, each deployment's list oldest first, with their rate of the whole:
     * the bucketing (the last day of each month or quarter per deployment) is done by the database.
     */
    private Map<Long, List<SeriesPoint>> points(Map<Long, ChartedDeployment> of, ChartPeriod period, Bucketing bucketing,
                                                DayFigure.Kind figure, Function<ChartedDeployment, @Nullable Integer> whole) {
        @Nullable Long one = of.size() == 1 ? of.keySet().iterator().next() : null;
        Map<Long, List<SeriesPoint>> points = new HashMap<>();
        for (DayFigure day : history.figures(figure, bucketing.months(), period.fromOrEarliest(), period.toOrLatest(), one)) {
            ChartedDeployment deployment = of.get(day.deploymentId());
            if (deployment == null) {
                continue; // created after the deployments were read: on the next page load
            }
            BigDecimal rate = ActivationRate.of(day.value(), whole.apply(deployment)).map(ActivationRate::percent).orElse(null);
            points.computeIfAbsent(deployment.id(), id -> new ArrayList<>())
                    .add(new SeriesPoint(day.date(), day.value(), rate, day.source()));
        }
        points.replaceAll((id, list) -> Downsampler.largestTriangleThreeBuckets(list, MAX_POINTS,
                point -> point.plottedOn().toEpochDay(), SeriesPoint::value));
        return points;
    }

    private static EventMark mark(LoggedEvent event) {
        return new EventMark(event.date(), event.kind(), event.title(), event.note());
    }
}
