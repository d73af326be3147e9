package fr.essor;

import fr.essor.rollout.ActivityRollup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests and benchmarks that write measurements with SQL, past the services: the daily rollup rebuilt from
 * all measurements, as a migration rebuilds it ({@link ActivityRollup#ROLLUP_ALL}). Every deployment's days are
 * rewritten with what they already held, so the others' are unchanged.
 */
public final class TestRollup {

    private TestRollup() {
    }

    public static void rebuild(JdbcClient sql) {
        sql.sql("delete from activity_day").update();
        sql.sql(ActivityRollup.ROLLUP_ALL).update();
    }
}
