package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.HeadlessEssor;
import fr.essor.base.persistence.crash.ChildJvm;
import fr.essor.base.persistence.crash.CrashingWriter;
import fr.essor.base.persistence.crash.PostgresHost;
import fr.essor.base.persistence.crash.RestartCheck;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Essor's process killed with SIGKILL (a power cut, the out-of-memory killer), on the embedded H2 file
 * and on a PostgreSQL server killed with it: what the user was told had been saved is there after the
 * restart, nothing is half-written, and new records get ids of their own.
 */
class CrashRecoveryIT {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_measurement_survives_a_kill_right_after_a_burst_of_saves() throws Exception {
        Path journal = dataDir.resolve("acknowledged.txt");
        burstThenKill(journal, List.of(HeadlessEssor.h2UrlArgument(dataDir)));

        try (ConfigurableApplicationContext restarted = HeadlessEssor.start(HeadlessEssor.h2UrlArgument(dataDir))) {
            assertNothingLost(RestartCheck.of(restarted, journal));
        }
    }

    @Test
    void on_postgresql_every_acknowledged_measurement_survives_the_server_and_essor_killed_together() throws Exception {
        Path journal = dataDir.resolve("acknowledged.txt");
        Path database = dataDir.resolve("postgres");
        int port = PostgresHost.freePort();
        ChildJvm server = PostgresHost.start(database, port, true, dataDir.resolve("postgres.log"));
        burstThenKill(journal, PostgresHost.essorArguments(port));
        PostgresHost.killAll(server, database);

        server = PostgresHost.start(database, port, true, dataDir.resolve("postgres-restart.log"));
        try (ConfigurableApplicationContext restarted = HeadlessEssor.start(PostgresHost.essorArguments(port).toArray(String[]::new))) {
            assertNothingLost(RestartCheck.of(restarted, journal));
        } finally {
            PostgresHost.killAll(server, database);
        }
    }

    /** Three writers save 40 measurements each; the JVM is killed the moment the last save is acknowledged. */
    private void burstThenKill(Path journal, List<String> essorArguments) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(journal.toString(), "3", "burst:40", "--logging.level.root=warn"));
        arguments.addAll(essorArguments);
        try (ChildJvm writer = ChildJvm.start(CrashingWriter.class, dataDir.resolve("writer.log"), arguments)) {
            writer.await(CrashingWriter.ACKNOWLEDGED, START);
            writer.kill(); // at once: with H2's default write delay the last half second was still in memory
        }
    }

    private static void assertNothingLost(RestartCheck check) {
        assertThat(check.acknowledged()).as("acknowledged saves").isEqualTo(120);
        assertThat(check.missing()).as("acknowledged saves missing after the restart").isEmpty();
        assertThat(check.rollupDaysWrong()).as("days whose rollup disagrees with the measurements").isZero();
        assertThat(check.newDeploymentSaved()).as("a new deployment saved after the restart").isTrue();
    }

    @Test
    void a_fresh_install_killed_just_after_its_first_start_gives_the_next_deployment_a_new_id() throws Exception {
        try (ChildJvm firstStart = ChildJvm.start(CrashingWriter.class, dataDir.resolve("first-start.log"),
                List.of(dataDir.resolve("unused.txt").toString(), "0", "idle", HeadlessEssor.h2UrlArgument(dataDir),
                        "--logging.level.root=warn"))) {
            firstStart.await("READY", START);
            firstStart.kill();
        }

        try (ConfigurableApplicationContext restarted = HeadlessEssor.start(HeadlessEssor.h2UrlArgument(dataDir))) {
            DeploymentService deployments = restarted.getBean(DeploymentService.class);
            long highestShipped = deployments.summaries().stream().mapToLong(DeploymentSummary::id).max().orElseThrow();
            Deployment first = new Deployment();
            first.setOrganisation("First after the crash");
            first.setHeadcount(1_200);

            long id = deployments.save(first).getId();

            assertThat(id).as("the new deployment's id").isGreaterThan(highestShipped);
            assertThat(deployments.summaries()).extracting(DeploymentSummary::organisation)
                    .contains("Groupe Démo", "Orange", "First after the crash");
        }
    }

    @Test
    void a_fresh_install_killed_in_the_middle_of_its_migrations_starts_on_the_next_try() throws Exception {
        for (String version : List.of("1", "4")) {
            Path folder = dataDir.resolve("killed-in-V" + version);
            try (ChildJvm firstStart = ChildJvm.start(CrashingWriter.class, folder.resolveSibling("first-start-V" + version + ".log"),
                    List.of(folder.resolveSibling("unused.txt").toString(), "0", "idle", HeadlessEssor.h2UrlArgument(folder),
                            "--essor.test.pause-after-migration=" + version, "--logging.level.root=warn"))) {
                firstStart.await("PAUSED IN MIGRATION", START); // its statements ran; Flyway has not recorded it
                firstStart.kill();
            }

            try (ConfigurableApplicationContext restarted = HeadlessEssor.start(HeadlessEssor.h2UrlArgument(folder))) {
                assertThat(restarted.getBean(DeploymentService.class).summaries())
                        .as("after a kill in V" + version).extracting(DeploymentSummary::organisation)
                        .contains("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel", "Groupe Démo");
            }
        }
    }

    @Test
    void an_upgrade_killed_in_the_middle_of_a_migration_keeps_what_was_saved_before_it() throws Exception {
        Path journal = dataDir.resolve("acknowledged.txt");
        // An install with saves acknowledged…
        burstThenKill(journal, List.of(HeadlessEssor.h2UrlArgument(dataDir)));
        // …upgraded with a migration that cannot run twice, and killed after its statements ran.
        String withUpgrade = "--spring.flyway.locations=classpath:db/migration,classpath:db/crash-test";
        try (ChildJvm upgrade = ChildJvm.start(CrashingWriter.class, dataDir.resolve("upgrade.log"),
                List.of(dataDir.resolve("unused.txt").toString(), "0", "idle", HeadlessEssor.h2UrlArgument(dataDir),
                        withUpgrade, "--essor.test.pause-after-migration=99", "--logging.level.root=warn"))) {
            upgrade.await("PAUSED IN MIGRATION", START);
            upgrade.kill();
        }

        try (ConfigurableApplicationContext restarted = HeadlessEssor.start(HeadlessEssor.h2UrlArgument(dataDir), withUpgrade)) {
            assertNothingLost(RestartCheck.of(restarted, journal));
            assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from crash_test_upgrade").query(Integer.class).single())
                    .as("the upgrade's rows").isEqualTo(1);
        }
    }
}
