package db.migration;

import fr.essor.rollout.ActivityRollup;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rebuilds activity_day with the service's own rollup (V3 carried a copy of its SQL, whose precision
 * came from the names' alphabetical order): one definition, run here and on every write.
 */
public class V5__rollup_precision_in_explicit_order extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("delete from activity_day");
            statement.execute(ActivityRollup.ROLLUP_ALL);
        }
    }
}
