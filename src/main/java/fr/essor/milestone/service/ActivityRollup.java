package fr.essor.milestone.service;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps activity_day in step with the measurements: a day's row is the whole-network measurement when
 * one was logged, else the sum of that day's country rows (countries reached = countries with active
 * users). Plain SQL that H2 and PostgreSQL both run; always inside the caller's transaction.
 */
@Component
public class ActivityRollup {

    private static final String ROLLUP = """
            insert into activity_day (deployment_id, on_day, day_precision, active_users, countries_reached, source)
            select deployment_id, happened_on, min(happened_precision),
                   coalesce(max(case when country_code is null then active_users end),
                            sum(case when country_code is not null then active_users end)),
                   coalesce(max(case when country_code is null then countries_reached end),
                            nullif(count(case when country_code is not null and active_users > 0 then 1 end), 0)),
                   max(source)
            from measurement
            where deployment_id = :deployment %s
            group by deployment_id, happened_on
            """;

    private final JdbcClient sql;

    ActivityRollup(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refreshDay(long deploymentId, LocalDate day) {
        sql.sql("delete from activity_day where deployment_id = :deployment and on_day = :day")
                .param("deployment", deploymentId).param("day", day).update();
        sql.sql(ROLLUP.formatted("and happened_on = :day"))
                .param("deployment", deploymentId).param("day", day).update();
    }

    /** Rebuilds a whole deployment, after a bulk load such as an import. */
    @Transactional
    public void rebuild(long deploymentId) {
        sql.sql("delete from activity_day where deployment_id = :deployment").param("deployment", deploymentId).update();
        sql.sql(ROLLUP.formatted("")).param("deployment", deploymentId).update();
    }
}
