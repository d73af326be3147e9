package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.essor.HeadlessEssor;
import fr.essor.TestDeployments;
import fr.essor.activation.service.ActivationSeriesService;
import fr.essor.activation.service.Bucketing;
import fr.essor.activation.service.ChartPeriod;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.MilestoneService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Essor on a real PostgreSQL server, as in production: every migration applies, Hibernate accepts the
 * schema, and the queries the charts and the list run (rollup, buckets, latest figures) give the same answers.
 */
class PostgresIT {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext essor;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // The way docs/operations.md gives: the postgres profile, the server given as ESSOR_DB_* (here as arguments).
        essor = HeadlessEssor.start("--spring.profiles.active=demo,postgres",
                "--ESSOR_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--ESSOR_DB_USER=postgres", "--ESSOR_DB_PASSWORD=");
    }

    @AfterAll
    static void stop() throws Exception {
        if (essor != null) {
            essor.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_reference_cases_and_their_latest_figures_come_out_of_postgresql() throws Exception {
        try (var connection = essor.getBean(javax.sql.DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var orange = essor.getBean(DeploymentService.class).summaries().stream()
                .filter(summary -> summary.organisation().equals("Orange")).findFirst().orElseThrow();

        assertThat(orange.latestActiveUsers()).isEqualTo(33_000);
        assertThat(orange.launch()).isEqualTo(PartialDate.ofMonth(2010, 12));
        var series = essor.getBean(ActivationSeriesService.class).series(orange.id(), ChartPeriod.ALL_TIME, Bucketing.QUARTER);
        assertThat(series.activeUsers()).singleElement().satisfies(point ->
                assertThat(point.ratePct()).isEqualByComparingTo("19.4"));
    }

    @Test
    void measurements_roll_up_by_month_and_one_whole_network_measurement_per_date_holds() {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(TestDeployments.uniqueName("Postgres"));
        deployment.setHeadcount(1_000);
        long id = essor.getBean(DeploymentService.class).save(deployment).getId();
        MilestoneService milestones = essor.getBean(MilestoneService.class);
        for (int day : new int[] {3, 17, 28}) {
            Measurement measurement = new Measurement();
            measurement.setDate(PartialDate.ofDay(LocalDate.of(2025, 3, day)));
            measurement.setActiveUsers(100 + day);
            milestones.saveMeasurement(id, measurement, null);
        }

        var monthly = essor.getBean(ActivationSeriesService.class).series(id, ChartPeriod.ALL_TIME, Bucketing.MONTH);
        assertThat(monthly.activeUsers()).singleElement().satisfies(point -> assertThat(point.value()).isEqualTo(128));

        Measurement again = new Measurement();
        again.setDate(PartialDate.ofDay(LocalDate.of(2025, 3, 17)));
        again.setActiveUsers(5);
        assertThatThrownBy(() -> milestones.saveMeasurement(id, again, null)).isInstanceOf(RuleViolationException.class);
        // The database holds the rule too (NULLS NOT DISTINCT), whatever writes to it.
        JdbcClient sql = essor.getBean(JdbcClient.class);
        assertThatThrownBy(() -> sql.sql("""
                insert into measurement (version, deployment_id, happened_on, happened_precision, active_users)
                values (0, ?, date '2025-03-17', 'DAY', 5)""").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_milestone_log_offers_each_country_that_has_rows_of_its_own_once() {
        Deployment deployment = new Deployment();
        deployment.setOrganisation(TestDeployments.uniqueName("Postgres countries"));
        deployment.setHeadcount(1_000);
        long id = essor.getBean(DeploymentService.class).save(deployment).getId();
        JdbcClient sql = essor.getBean(JdbcClient.class);
        for (String country : new String[] {"IN", "FR", "DE", null}) {
            for (int day = 1; day <= 3; day++) {
                sql.sql("""
                        insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, country_code)
                        values (0, ?, ?, 'DAY', 5, ?)""").params(id, LocalDate.of(2025, 3, day), country).update();
            }
        }

        // The index walk of TimelinePages.countries, on PostgreSQL's recursive query.
        assertThat(essor.getBean(MilestoneService.class).timelineCountries(id)).containsExactly("DE", "FR", "IN");
    }
}
