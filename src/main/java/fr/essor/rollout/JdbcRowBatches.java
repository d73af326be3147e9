package fr.essor.rollout;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * The intake's writes for one import, in JDBC batches (decision 0006), on the transaction's own connection: a
 * replaced row is first copied aside (so an undo can put it back) and deleted, then the new rows are inserted,
 * {@link #BATCH} at a time, so a million lines never sit in memory. Nothing is committed here.
 */
final class JdbcRowBatches implements AutoCloseable {

    static final int BATCH = 2000;
    static final String MEASUREMENT_COLUMNS = "id, version, deployment_id, happened_on, happened_precision, active_users,"
            + " registered_users, countries_reached, professional_groups, personal_groups, source, note, country_code";
    static final String EVENT_COLUMNS = "id, version, deployment_id, happened_on, happened_precision, kind, title, note";
    private static final String SAME_MEASUREMENT = " from measurement where deployment_id = ? and happened_on = ?"
            + " and (country_code = ? or (country_code is null and ? is null))";
    private static final String EVENT_BY_ID = " from rollout_event where id = ?";

    private final DataSource dataSource;
    private final Connection connection;
    private final long deploymentId;
    private final long importId;
    private final List<PreparedStatement> opened = new ArrayList<>();
    private @Nullable PreparedStatement keepMeasurement, dropMeasurement, addMeasurement;
    private @Nullable PreparedStatement keepEvent, dropEvent, addEvent, dayEvents;
    private int pending;

    JdbcRowBatches(DataSource dataSource, long deploymentId, long importId) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.deploymentId = deploymentId;
        this.importId = importId;
    }

    /** @param replacing whether a stored row has this day (and country) and the file's row takes its place */
    void add(Measurement measurement, boolean replacing) {
        try {
            Date day = Date.valueOf(measurement.getDate().start());
            if (replacing) {
                keepMeasurement = sameMeasurement(keep(keepMeasurement, "insert into import_replaced_measurement ("
                        + MEASUREMENT_COLUMNS + ", import_id, origin_import_id) select " + MEASUREMENT_COLUMNS
                        + ", " + importId + ", import_id" + SAME_MEASUREMENT), day, measurement.getCountryCode());
                dropMeasurement = sameMeasurement(keep(dropMeasurement, "delete" + SAME_MEASUREMENT), day, measurement.getCountryCode());
            }
            PreparedStatement add = keep(addMeasurement, "insert into measurement (version, deployment_id, happened_on,"
                    + " happened_precision, active_users, registered_users, countries_reached, professional_groups,"
                    + " personal_groups, country_code, source, note, import_id) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            addMeasurement = add;
            add.setLong(1, deploymentId);
            add.setDate(2, day);
            add.setString(3, measurement.getDate().precision().name());
            integer(add, 4, measurement.getActiveUsers());
            integer(add, 5, measurement.getRegisteredUsers());
            integer(add, 6, measurement.getCountriesReached());
            integer(add, 7, measurement.getProfessionalGroups());
            integer(add, 8, measurement.getPersonalGroups());
            text(add, 9, measurement.getCountryCode());
            text(add, 10, measurement.getSource());
            text(add, 11, measurement.getNote());
            add.setLong(12, importId);
            add.addBatch();
            rowAdded();
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    void add(RolloutEvent event, boolean replacing) {
        try {
            Date day = Date.valueOf(event.getDate().start());
            if (replacing) {
                for (long stored : sameEvents(day, event.getTitle())) {
                    keepEvent = byId(keep(keepEvent, "insert into import_replaced_event (" + EVENT_COLUMNS
                            + ", import_id, origin_import_id) select " + EVENT_COLUMNS + ", " + importId + ", import_id"
                            + EVENT_BY_ID), stored);
                    dropEvent = byId(keep(dropEvent, "delete" + EVENT_BY_ID), stored);
                }
            }
            PreparedStatement add = keep(addEvent, "insert into rollout_event (version, deployment_id, happened_on,"
                    + " happened_precision, kind, title, note, import_id) values (0, ?, ?, ?, ?, ?, ?, ?)");
            addEvent = add;
            add.setLong(1, deploymentId);
            add.setDate(2, day);
            add.setString(3, event.getDate().precision().name());
            add.setString(4, String.valueOf(event.getKind()));
            add.setString(5, event.getTitle());
            text(add, 6, event.getNote());
            add.setLong(7, importId);
            add.addBatch();
            rowAdded();
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    /** Sends what is batched: the copies aside first, then the deletions, then the new rows. */
    void flush() {
        try {
            for (PreparedStatement statement : new PreparedStatement[] {keepMeasurement, dropMeasurement, addMeasurement,
                    keepEvent, dropEvent, addEvent}) {
                if (statement != null) {
                    statement.executeBatch();
                }
            }
            pending = 0;
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            for (PreparedStatement statement : opened) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // closing after the batch ran; the transaction decides what stays
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void rowAdded() {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private PreparedStatement keep(@Nullable PreparedStatement existing, String statement) throws SQLException {
        if (existing != null) {
            return existing;
        }
        PreparedStatement prepared = connection.prepareStatement(statement);
        opened.add(prepared);
        return prepared;
    }

    private PreparedStatement sameMeasurement(PreparedStatement statement, Date day, @Nullable String country) throws SQLException {
        statement.setLong(1, deploymentId);
        statement.setDate(2, day);
        text(statement, 3, country);
        text(statement, 4, country);
        statement.addBatch();
        return statement;
    }

    /**
     * The stored events of the day that the intake took for this one: found by {@link MilestoneRules#sameTitle}, as it
     * compared them, since SQL's equality would miss "Go live" for " GO  live" and leave both.
     */
    private List<Long> sameEvents(Date day, String title) throws SQLException {
        PreparedStatement query = keep(dayEvents, "select id, title from rollout_event where deployment_id = ? and happened_on = ?");
        dayEvents = query;
        query.setLong(1, deploymentId);
        query.setDate(2, day);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (MilestoneRules.sameTitle(rows.getString(2), title)) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static PreparedStatement byId(PreparedStatement statement, long id) throws SQLException {
        statement.setLong(1, id);
        statement.addBatch();
        return statement;
    }

    private static void integer(PreparedStatement statement, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void text(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private DataAccessException translated(SQLException e) {
        DataAccessException translated = new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("import batch", null, e);
        return translated != null ? translated : new org.springframework.dao.DataIntegrityViolationException(e.getMessage(), e);
    }
}
