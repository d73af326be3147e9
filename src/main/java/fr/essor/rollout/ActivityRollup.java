package fr.essor.rollout;

import fr.essor.base.domain.DatePrecision;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps activity_day in step with the measurements: a day's row is the whole-network measurement when
 * one was logged, else the sum of that day's country rows (countries reached = countries with active
 * users). Plain SQL that H2 and PostgreSQL both run; always inside the caller's transaction. The one
 * definition of the rollup: migrations that rebuild activity_day run {@link #ROLLUP_ALL} too, through
 * {@link RollupRebuild}.
 */
@Component
class ActivityRollup {

    /**
     * A day's precision is the coarsest of its rows, in DatePrecision's order (not the names' alphabetical
     * one): a total that includes a figure known only to the month is itself known only to the month.
     */
    private static final String COARSEST_PRECISION =
            DatePrecision.sqlNamed("min(" + DatePrecision.sqlRank("happened_precision") + ")");

    private static final String ROLLUP = """
            insert into activity_day (deployment_id, on_day, day_precision, active_users, countries_reached, source)
            select deployment_id, happened_on, {precision},
                   coalesce(max(case when country_code is null then active_users end),
                            sum(case when country_code is not null then active_users end)),
                   coalesce(max(case when country_code is null then countries_reached end),
                            nullif(count(case when country_code is not null and active_users > 0 then 1 end), 0)),
                   max(source)
            from measurement
            where {where}
            group by deployment_id, happened_on
            """.replace("{precision}", COARSEST_PRECISION);

    /** The rollup of every deployment and day, for a migration that emptied activity_day first. */
    static final String ROLLUP_ALL = ROLLUP.replace("{where}", "1 = 1");

    private final JdbcClient sql;

    ActivityRollup(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refreshDay(long deploymentId, LocalDate day) {
        sql.sql("delete from activity_day where deployment_id = :deployment and on_day = :day")
                .param("deployment", deploymentId).param("day", day).update();
        sql.sql(ROLLUP.replace("{where}", "deployment_id = :deployment and happened_on = :day"))
                .param("deployment", deploymentId).param("day", day).update();
    }

    /** Every day from..to at once, after a bulk write such as an import: two statements, not one per day. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshDays(long deploymentId, LocalDate from, LocalDate to) {
        sql.sql("delete from activity_day where deployment_id = :deployment and on_day between :from and :to")
                .param("deployment", deploymentId).param("from", from).param("to", to).update();
        sql.sql(ROLLUP.replace("{where}", "deployment_id = :deployment and happened_on between :from and :to"))
                .param("deployment", deploymentId).param("from", from).param("to", to).update();
    }
}
