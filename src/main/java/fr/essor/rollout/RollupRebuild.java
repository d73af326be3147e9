package fr.essor.rollout;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilds activity_day whole from the measurements, with the rollup's own SQL: for a Flyway migration that
 * changes how days roll up, which runs before any bean exists. Public for that alone; the SQL stays in
 * {@link ActivityRollup}, the one definition of the rollup.
 */
public final class RollupRebuild {

    private RollupRebuild() {
    }

    /** Empties activity_day and fills it again, in the transaction the given client works in. */
    public static void run(JdbcClient sql) {
        sql.sql("delete from activity_day").update();
        sql.sql(ActivityRollup.ROLLUP_ALL).update();
    }
}
