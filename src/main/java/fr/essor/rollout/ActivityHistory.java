package fr.essor.rollout;

import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the activation charts are drawn from: the deployments' wholes and targets, their events and the daily
 * rollup's figures, as records. The rollup is read here, where it is written, so its table and SQL stay inside
 * this module. Read by every signed-in user's charts and dashboard, and by the caches shared between them, with
 * no check of its own: the charts never had one, and a cache fills outside any user's request.
 */
@Service
@Transactional(readOnly = true)
public class ActivityHistory {

    private final JdbcClient sql;
    private final DeploymentRepository deployments;
    private final RolloutEventRepository events;

    ActivityHistory(JdbcClient sql, DeploymentRepository deployments, RolloutEventRepository events) {
        this.sql = sql;
        this.deployments = deployments;
        this.events = events;
    }

    public Optional<ChartedDeployment> deployment(long deploymentId) {
        return deployments.findById(deploymentId).map(ChartedDeployment::of);
    }

    public List<ChartedDeployment> deployments() {
        return deployments.findAll().stream().map(ChartedDeployment::of).toList();
    }

    /** A deployment's events, in the order they happened, same-day events in the order they were logged. */
    public List<LoggedEvent> events(long deploymentId) {
        return logged(events.findByDeploymentOldestFirst(deploymentId), event -> deploymentId);
    }

    /** Every deployment's events at once, each deployment's in the order they happened. */
    public List<LoggedEvent> events() {
        return logged(events.findAllOldestFirst(), event -> Objects.requireNonNull(event.getDeployment()).getId());
    }

    /**
     * One figure of the days from..to that have it, of one deployment or of all (deploymentId null), ordered by
     * deployment then day. With monthsPerPoint 0, every day; with 1 or 3, the last such day of each month or
     * quarter, chosen by the database so that years of daily rows never reach this process.
     */
    public List<DayFigure> figures(DayFigure.Kind kind, int monthsPerPoint, LocalDate from, LocalDate to,
                                   @Nullable Long deploymentId) {
        String column = switch (kind) {
            case ACTIVE_USERS -> "active_users";
            case COUNTRIES_REACHED -> "countries_reached";
        };
        String inRange = " where on_day between :from and :to and " + column + " is not null"
                         + (deploymentId != null ? " and deployment_id = :deployment" : "");
        // One pass: each row numbered within its deployment's month or quarter, newest first; the first is
        // kept. (A join on a grouped subquery made H2 regroup the table for every row.)
        String rows = monthsPerPoint == 0
                ? "select deployment_id, on_day, day_precision, " + column + " as figure, source, 1 as newest"
                  + " from activity_day" + inRange
                : "select deployment_id, on_day, day_precision, " + column + " as figure, source,"
                  + " row_number() over (partition by deployment_id, extract(year from on_day),"
                  + " floor((extract(month from on_day) - 1) / " + monthsPerPoint + ") order by on_day desc) as newest"
                  + " from activity_day" + inRange;
        var query = sql.sql("select deployment_id, on_day, day_precision, figure, source from (" + rows + ") bucketed"
                        + " where newest = 1 order by deployment_id, on_day")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to));
        if (deploymentId != null) {
            query = query.param("deployment", deploymentId);
        }
        return List.copyOf(query.query((row, number) -> new DayFigure(row.getLong("deployment_id"),
                new PartialDate(row.getDate("on_day").toLocalDate(), DatePrecision.valueOf(row.getString("day_precision"))),
                row.getInt("figure"), row.getString("source"))).list());
    }

    private static List<LoggedEvent> logged(List<RolloutEvent> stored, Function<RolloutEvent, Long> deploymentOf) {
        List<LoggedEvent> logged = new ArrayList<>();
        for (RolloutEvent event : stored) {
            PartialDate date = event.getDate();
            if (date != null) { // a saved event always has one
                logged.add(new LoggedEvent(deploymentOf.apply(event), date, event.getKind(), event.getTitle(),
                        event.getNote()));
            }
        }
        return List.copyOf(logged);
    }
}
