package fr.essor;

import fr.essor.rollout.RollupRebuild;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests and benchmarks that write measurements with SQL, past the services: the daily rollup rebuilt from
 * all measurements, as a migration rebuilds it ({@link RollupRebuild}). Every deployment's days are
 * rewritten with what they already held, so the others' are unchanged.
 */
public final class TestRollup {

    private TestRollup() {
    }

    public static void rebuild(JdbcClient sql) {
        RollupRebuild.run(sql);
    }
}
