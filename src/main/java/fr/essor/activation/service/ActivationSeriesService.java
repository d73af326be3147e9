package fr.essor.activation.service;

import fr.essor.activation.ActivationRate;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RemovedMeanwhile;
import fr.essor.deployment.domain.Deployment;
import fr.essor.deployment.domain.DeploymentRepository;
import fr.essor.milestone.domain.RolloutEvent;
import fr.essor.milestone.domain.RolloutEventRepository;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
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

    ActivationSeriesService(JdbcClient sql, DeploymentRepository deployments, RolloutEventRepository events) {
        this.sql = sql;
        this.deployments = deployments;
        this.events = events;
    }

    public ActivationSeries series(long deploymentId, ChartPeriod period, Bucketing bucketing) {
        Deployment deployment = deployments.findById(deploymentId)
                .orElseThrow(() -> RemovedMeanwhile.of("deployment", deploymentId));
        Integer headcount = deployment.getHeadcount();
        Integer countriesPresent = deployment.getCountriesPresent();
        List<EventMark> marks = events.findByDeploymentNewestFirst(deploymentId).stream()
                .filter(event -> event.getDate() != null && period.contains(event.getDate().start()))
                .map(ActivationSeriesService::mark)
                .toList().reversed();
        return new ActivationSeries(deployment.getOrganisation(), headcount == null ? 0 : headcount, countriesPresent,
                deployment.getLaunch(), deployment.getTargetActivationPct(), deployment.getTargetDate(), bucketing,
                points(deploymentId, period, bucketing, Figure.ACTIVE_USERS, headcount),
                points(deploymentId, period, bucketing, Figure.COUNTRIES_REACHED, countriesPresent),
                marks);
    }

    private List<SeriesPoint> points(long deploymentId, ChartPeriod period, Bucketing bucketing, Figure figure,
                                     @Nullable Integer whole) {
        String column = figure.column;
        String days = bucketing == Bucketing.EACH_MEASUREMENT
                ? "select on_day from activity_day where deployment_id = :deployment"
                  + " and on_day between :from and :to and " + column + " is not null"
                : "select max(on_day) from activity_day where deployment_id = :deployment"
                  + " and on_day between :from and :to and " + column + " is not null"
                  + " group by extract(year from on_day), floor((extract(month from on_day) - 1) / " + bucketing.months() + ")";
        List<SeriesPoint> points = sql.sql("select on_day, day_precision, " + column + " as figure, source from activity_day"
                        + " where deployment_id = :deployment and on_day in (" + days + ") order by on_day")
                .param("deployment", deploymentId)
                .param("from", Date.valueOf(period.fromOrEarliest()))
                .param("to", Date.valueOf(period.toOrLatest()))
                .query((row, index) -> {
                    int value = row.getInt("figure");
                    BigDecimal rate = ActivationRate.of(value, whole).map(ActivationRate::percent).orElse(null);
                    PartialDate date = new PartialDate(row.getDate("on_day").toLocalDate(),
                            DatePrecision.valueOf(row.getString("day_precision")));
                    return new SeriesPoint(date, value, rate, row.getString("source"));
                })
                .list();
        return Downsampler.largestTriangleThreeBuckets(points, MAX_POINTS,
                point -> point.plottedOn().toEpochDay(), SeriesPoint::value);
    }

    private static EventMark mark(RolloutEvent event) {
        return new EventMark(event.getDate(), event.getKind(), event.getTitle(), event.getNote());
    }
}
