package fr.essor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same journey with Essor on a real PostgreSQL server (zonky's binaries from Maven Central), as
 * production runs it: Flyway's migrations on PostgreSQL, the same pages.
 */
class JourneyOnPostgresInBrowserIT extends JourneyInBrowserIT {

    private static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            // Stopped when the test JVM ends, after Spring has closed the context that uses it.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the server's folder is temporary.
                }
            }));
            return postgres;
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        // Directly: a profile named here comes too late for its file to be read (PostgresIT starts Essor the
        // way docs/operations.md gives, with the postgres profile and ESSOR_DB_*).
        properties.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "");
    }

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void reallyOnPostgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
