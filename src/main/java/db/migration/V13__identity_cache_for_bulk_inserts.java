package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An import writes up to a million measurements in one transaction. On H2, each time the values an
 * identity holds ahead run out (32 by default), H2 writes the identity's state to its catalogue and
 * commits its store to disk: at a million rows that was a third of the import's time. Holding 100,000
 * values ahead makes it ten writes; the price is a gap in the ids after a restart, never a reused id (the
 * stored state is always ahead of the values handed out), and ids are 64-bit. PostgreSQL keeps its
 * default: its sequences are cheap, and its cache is per connection, so a large one would only waste ids.
 * Java rather than SQL only to ask which database this is.
 */
public class V13__identity_cache_for_bulk_inserts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table measurement alter column id set cache 100000");
            statement.execute("alter table rollout_event alter column id set cache 100000");
        }
    }
}
