package db.migration;

import fr.essor.rollout.RollupRebuild;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Rebuilds activity_day with the service's own rollup (V3 carried a copy of its SQL, whose precision
 * came from the names' alphabetical order): one definition, run here and on every write.
 */
public class V5__rollup_precision_in_explicit_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        // Flyway's connection, in its transaction; left open for Flyway to commit and close.
        RollupRebuild.run(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
