package fr.essor.activation.service;

import fr.essor.rollout.ActivationRate;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RemovedMeanwhile;
import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentRepository;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.RolloutEventRepository;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a deployment's activation series from the daily rollup. Bucketing runs in the database
 * (GROUP BY month or quarter, keeping each bucket's last day); whatever the range, a series sent to the
 * browser has at most {@link #MAX_POINTS} points.
 */
@Service
@Transactional(readOnly = true)
public class ActivationSeriesService {

    public static final int MAX_POINTS = 1000;

    /** Figure columns of activity_day a series may read: fixed names, never user input. */
    private enum Figure {
        ACTIVE_USERS("active_users"), COUNTRIES_REACHED("countries_reached");

        final String column;

        Figure(String column) {
            this.column = column;
        }
    }

    private final JdbcClient sql;
    private final DeploymentRepository deployments;
    private final RolloutEventRepository events;
    /**
     * Everyone's monthly series, read once for all sessions until the next write: the dashboard and every
     * deployment page's pace ask for it, and reading it was a tenth of the server's work under load.
     */
    private final SharedCache<Bucketing, Map<Long, ActivationSeries>> everyonesMonthly;

    ActivationSeriesService(JdbcClient sql, DeploymentRepository deployments, RolloutEventRepository events,
                            SharedCaches caches) {
        this.sql = sql;
        this.deployments = deployments;
        this.events = events;
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
        Deployment deployment = deployments.findById(deploymentId)
                .orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
        List<EventMark> marks = events.findByDeploymentOldestFirst(deploymentId).stream()
                .filter(event -> event.getDate() != null && period.contains(event.getDate().start()))
                .map(ActivationSeriesService::mark)
                .toList();
        Map<Long, Deployment> one = Map.of(deploymentId, deployment);
        return series(deployment, bucketing, marks,
                points(one, period, bucketing, Figure.ACTIVE_USERS, Deployment::getHeadcount),
                points(one, period, bucketing, Figure.COUNTRIES_REACHED, Deployment::getCountriesPresent));
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
        Map<Long, Deployment> all = deployments.findAll().stream()
                .collect(Collectors.toMap(Deployment::getId, deployment -> deployment));
        Map<Long, List<EventMark>> marks = events.findAllOldestFirst().stream()
                .filter(event -> event.getDate() != null)
                .collect(Collectors.groupingBy(event -> event.getDeployment().getId(),
                        Collectors.mapping(ActivationSeriesService::mark, Collectors.toList())));
        Map<Long, List<SeriesPoint>> active = points(all, ChartPeriod.ALL_TIME, bucketing, Figure.ACTIVE_USERS,
                Deployment::getHeadcount);
        Map<Long, List<SeriesPoint>> reached = points(all, ChartPeriod.ALL_TIME, bucketing, Figure.COUNTRIES_REACHED,
                Deployment::getCountriesPresent);
        Map<Long, ActivationSeries> series = new HashMap<>();
        all.forEach((id, deployment) -> series.put(id, series(deployment, bucketing,
                marks.getOrDefault(id, List.of()), active, reached)));
        return Map.copyOf(series);
    }

    private static ActivationSeries series(Deployment deployment, Bucketing bucketing, List<EventMark> marks,
                                           Map<Long, List<SeriesPoint>> active, Map<Long, List<SeriesPoint>> reached) {
        Integer headcount = deployment.getHeadcount();
        return new ActivationSeries(deployment.getOrganisation(), headcount == null ? 0 : headcount,
                deployment.getCountriesPresent(), deployment.getLaunch(), deployment.getTargetActivationPct(),
                deployment.getTargetDate(), bucketing,
                active.getOrDefault(deployment.getId(), List.of()), reached.getOrDefault(deployment.getId(), List.of()),
                marks);
    }

    /**
     * The points of the given deployments, each deployment's list oldest first: one query, the bucketing
     * (the last day of each month or quarter per deployment) done by the database.
     */
    private Map<Long, List<SeriesPoint>> points(Map<Long, Deployment> of, ChartPeriod period, Bucketing bucketing,
                                                Figure figure, Function<Deployment, @Nullable Integer> whole) {
        String column = figure.column;
        String inRange = " where on_day between :from and :to and " + column + " is not null"
                         + (of.size() == 1 ? " and deployment_id = :deployment" : "");
        // One pass: each row numbered within its deployment's month or quarter, newest first; the first is
        // kept. (A join on a grouped subquery made H2 regroup the table for every row.)
        String rows = bucketing == Bucketing.EACH_MEASUREMENT
                ? "select deployment_id, on_day, day_precision, " + column + " as figure, source, 1 as newest"
                  + " from activity_day" + inRange
                : "select deployment_id, on_day, day_precision, " + column + " as figure, source,"
                  + " row_number() over (partition by deployment_id, extract(year from on_day),"
                  + " floor((extract(month from on_day) - 1) / " + bucketing.months() + ") order by on_day desc) as newest"
                  + " from activity_day" + inRange;
        var query = sql.sql("select deployment_id, on_day, day_precision, figure, source from (" + rows + ") bucketed"
                        + " where newest = 1 order by deployment_id, on_day")
                .param("from", Date.valueOf(period.fromOrEarliest()))
                .param("to", Date.valueOf(period.toOrLatest()));
        if (of.size() == 1) {
            query = query.param("deployment", of.keySet().iterator().next());
        }
        Map<Long, List<SeriesPoint>> points = new HashMap<>();
        query.query(row -> {
            Deployment deployment = of.get(row.getLong("deployment_id"));
            if (deployment == null) {
                return; // created after the deployments were read: on the next page load
            }
            int value = row.getInt("figure");
            BigDecimal rate = ActivationRate.of(value, whole.apply(deployment)).map(ActivationRate::percent).orElse(null);
            PartialDate date = new PartialDate(row.getDate("on_day").toLocalDate(),
                    DatePrecision.valueOf(row.getString("day_precision")));
            points.computeIfAbsent(deployment.getId(), id -> new ArrayList<>())
                    .add(new SeriesPoint(date, value, rate, row.getString("source")));
        });
        points.replaceAll((id, list) -> Downsampler.largestTriangleThreeBuckets(list, MAX_POINTS,
                point -> point.plottedOn().toEpochDay(), SeriesPoint::value));
        return points;
    }

    private static EventMark mark(RolloutEvent event) {
        return new EventMark(event.getDate(), event.getKind(), event.getTitle(), event.getNote());
    }
}
