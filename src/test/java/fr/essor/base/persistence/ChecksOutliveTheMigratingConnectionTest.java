package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a fresh data folder the migrations create the tables, and their {@code in (...)} check constraints, on one
 * pooled connection, which the pool retires after its lifetime (about half an hour). With H2 2.4.240 those
 * checks kept a reference to the connection that created them: once it was closed, every save to a checked
 * table (users, the audit trail behind each change) failed with "Check constraint invalid … The database has
 * been closed" until Essor restarted. Here Flyway migrates through its own connections and closes them, and a
 * later connection saves, as the pool's next connection does.
 */
class ChecksOutliveTheMigratingConnectionTest {

    @TempDir
    Path dataDir;

    @Test
    void a_user_and_an_audit_line_are_saved_once_the_migrating_connection_is_closed() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("essor") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        try (Connection kept = DriverManager.getConnection(url, "sa", "")) { // keeps the database open throughout
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

            try (Connection next = DriverManager.getConnection(url, "sa", "")) {
                long user = insert(next, "insert into app_user (version, username, display_name, password_hash, role)"
                        + " values (0, 'lead', 'Lead', '{noop}x', 'LEAD')");
                insert(next, "insert into audit_entry (version, changed_at, username, action, subject, subject_id, deployment_id)"
                        + " values (0, current_timestamp, 'lead', 'CREATE', 'DEPLOYMENT', 1, 1)");

                assertThat(user).isPositive();
                assertThat(count(next, "audit_entry")).isEqualTo(1);
            }
        }
    }

    private static long insert(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static int count(Connection connection, String table) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
