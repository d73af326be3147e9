package fr.essor.base.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves every H2 identity past the largest id its table holds, at each start, right after the migrations
 * and before anything else writes. H2 keeps an identity's next value in memory and writes it lazily, so a
 * killed process can leave rows in the file whose ids the identity hands out again: on a fresh install
 * killed after its first start, the first new deployment collided with the shipped demo's id. Only ever
 * raises an identity, so the id of a deleted record is never given to another one.
 * PostgreSQL's sequences are WAL-logged with each commit and need none of this.
 */
@Component
class IdentityRepair implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityRepair.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                repair(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the identities after the migrations", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "identity-repair";
    }

    private static void repair(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (Identity identity : identities(sql)) {
                long largest = largestId(sql, identity);
                if (largest >= identity.next()) {
                    LOG.warn("{}.{} would have handed out {} again (largest stored id {}): moved past it, as after a crash",
                            identity.table(), identity.column(), identity.next(), largest);
                    sql.execute("alter table " + quoted(identity.table()) + " alter column " + quoted(identity.column())
                            + " restart with " + (largest + 1));
                }
            }
        }
    }

    private record Identity(String table, String column, long next) {
    }

    private static List<Identity> identities(Statement sql) throws SQLException {
        List<Identity> found = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                select table_name, column_name, identity_base from information_schema.columns
                where table_schema = current_schema and is_identity = 'YES'""")) {
            while (rows.next()) {
                found.add(new Identity(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return found;
    }

    private static long largestId(Statement sql, Identity identity) throws SQLException {
        try (ResultSet max = sql.executeQuery("select coalesce(max(" + quoted(identity.column()) + "), 0) from "
                + quoted(identity.table()))) {
            max.next();
            return max.getLong(1);
        }
    }

    /** Names come from the catalogue, not from users; quoting keeps them as H2 stores them (upper case). */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
