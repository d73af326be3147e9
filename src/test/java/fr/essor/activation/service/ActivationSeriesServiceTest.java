package fr.essor.activation.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.TestDeployments;
import fr.essor.TestRollup;
import fr.essor.base.domain.DatePrecision;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.Measurement;
import fr.essor.rollout.RolloutEvent;
import fr.essor.rollout.MilestoneService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@WithUserDetails("admin")
class ActivationSeriesServiceTest {

    @Autowired
    ActivationSeriesService service;
    @Autowired
    DeploymentService deployments;
    @Autowired
    MilestoneService milestones;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    JdbcClient sql;

    private long referenceCase(String organisation) {
        return testDeployments.idOf(organisation);
    }

    /** Per-country daily rows, as a platform's usage export gives them: 3 countries, 10 + day users each. */
    private Deployment withDailyCountryRows(LocalDate first, int days) {
        Deployment deployment = testDeployments.create(100_000, 30);
        sql.sql("""
                insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, country_code)
                select 0, cast(:deployment as bigint), dateadd('DAY', x, cast(:first as date)), 'DAY', 10 + x, c.code
                from system_range(0, cast(:last as int)) cross join (values ('FR'), ('DE'), ('IN')) as c(code)""")
                .param("deployment", deployment.getId()).param("first", first).param("last", days - 1).update();
        TestRollup.rebuild(sql);
        return deployment;
    }

    @Test
    void the_reference_cases_show_exactly_their_published_count_dated_2012_and_no_invented_point() {
        for (var expected : List.of(new Object[] {"Orange", 33_000, "19.4"}, new Object[] {"Air France-KLM Cargo", 1_230, "24.6"},
                new Object[] {"Carlson Wagonlit Travel", 9_500, "50.0"})) {
            ActivationSeries series = service.series(referenceCase((String) expected[0]), ChartPeriod.ALL_TIME, Bucketing.MONTH);

            assertThat(series.activeUsers()).singleElement().satisfies(point -> {
                assertThat(point.value()).isEqualTo(expected[1]);
                assertThat(point.ratePct()).isEqualByComparingTo((String) expected[2]);
                assertThat(point.date()).isEqualTo(PartialDate.ofYear(2012));
                assertThat(point.approximate()).isTrue();
                assertThat(point.plottedOn()).isEqualTo(LocalDate.of(2012, 7, 1));
                assertThat(point.source()).contains("2012");
            });
        }
    }

    @Test
    void a_deployment_without_an_active_user_count_has_no_activation_point() {
        assertThat(service.series(referenceCase("Alcatel-Lucent"), ChartPeriod.ALL_TIME, Bucketing.MONTH).activeUsers()).isEmpty();
    }

    @Test
    void country_rows_add_up_and_each_month_keeps_its_last_day() {
        Deployment deployment = withDailyCountryRows(LocalDate.of(2024, 1, 1), 91); // 1 January to 31 March 2024

        ActivationSeries monthly = service.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.MONTH);

        assertThat(monthly.activeUsers()).extracting(point -> point.date().start())
                .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
        // 31 January is day 30: 3 countries × (10 + 30) users.
        assertThat(monthly.activeUsers().getFirst().value()).isEqualTo(120);
        assertThat(monthly.countriesReached()).extracting(SeriesPoint::value).containsOnly(3);
        assertThat(monthly.countriesReached().getFirst().ratePct()).isEqualByComparingTo("10.0");

        ActivationSeries quarterly = service.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.QUARTER);
        assertThat(quarterly.activeUsers()).extracting(point -> point.date().start()).containsExactly(LocalDate.of(2024, 3, 31));
    }

    @Test
    void a_long_daily_series_is_bounded_to_a_thousand_points() {
        Deployment deployment = withDailyCountryRows(LocalDate.of(2020, 1, 1), 1_500);

        ActivationSeries daily = service.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.EACH_MEASUREMENT);

        assertThat(daily.activeUsers()).hasSize(ActivationSeriesService.MAX_POINTS);
        assertThat(daily.activeUsers().getFirst().date().start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(daily.activeUsers().getLast().date().start()).isEqualTo(LocalDate.of(2020, 1, 1).plusDays(1_499));
    }

    @Test
    void a_period_keeps_only_its_points_and_events() {
        Deployment deployment = testDeployments.create(1_000, 10);
        for (int month = 1; month <= 6; month++) {
            Measurement measurement = new Measurement();
            measurement.setDate(PartialDate.ofDay(LocalDate.of(2024, month, 10)));
            measurement.setActiveUsers(month * 100);
            milestones.saveMeasurement(deployment.getId(), measurement, null);
        }
        RolloutEvent charter = new RolloutEvent();
        charter.setDate(PartialDate.ofMonth(2024, 2));
        charter.setKind(EventKind.USAGE_CHARTER);
        charter.setTitle("Charte");
        milestones.saveEvent(deployment.getId(), charter, null);
        RolloutEvent training = new RolloutEvent();
        training.setDate(PartialDate.ofDay(LocalDate.of(2024, 5, 2)));
        training.setKind(EventKind.TRAINING_WAVE);
        training.setTitle("Formation");
        milestones.saveEvent(deployment.getId(), training, null);

        ActivationSeries spring = service.series(deployment.getId(),
                new ChartPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31)), Bucketing.EACH_MEASUREMENT);

        assertThat(spring.activeUsers()).extracting(SeriesPoint::value).containsExactly(300, 400, 500);
        assertThat(spring.activeUsers()).allSatisfy(point -> assertThat(point.date().precision()).isEqualTo(DatePrecision.DAY));
        assertThat(spring.events()).extracting(EventMark::title).containsExactly("Formation");
    }

    @Test
    void a_day_whose_country_rows_mix_precisions_is_as_approximate_as_its_coarsest_row() {
        Deployment deployment = testDeployments.create(100_000, 30);
        // June 2024 for France (known to the month), 1 June 2024 for Germany: one rollup day, 2024-06-01.
        sql.sql("""
                insert into measurement (version, deployment_id, happened_on, happened_precision, active_users, country_code)
                values (0, :deployment, date '2024-06-01', 'MONTH', 500, 'FR'), (0, :deployment, date '2024-06-01', 'DAY', 300, 'DE')""")
                .param("deployment", deployment.getId()).update();
        TestRollup.rebuild(sql);

        assertThat(service.series(deployment.getId(), ChartPeriod.ALL_TIME, Bucketing.EACH_MEASUREMENT).activeUsers())
                .singleElement().satisfies(point -> {
                    assertThat(point.value()).isEqualTo(800);
                    assertThat(point.date()).isEqualTo(PartialDate.ofMonth(2024, 6));
                    assertThat(point.approximate()).isTrue();
                });
    }

    @Test
    void the_dashboards_all_at_once_series_are_each_deployments_own_series() {
        Deployment daily = withDailyCountryRows(LocalDate.of(2024, 1, 20), 400);
        testDeployments.event(daily, PartialDate.ofDay(LocalDate.of(2024, 3, 1)), EventKind.OTHER, "Vague 1");
        testDeployments.event(daily, PartialDate.ofDay(LocalDate.of(2024, 3, 1)), EventKind.OTHER, "Même jour");

        for (Bucketing bucketing : Bucketing.values()) {
            var all = service.allSeries(bucketing);
            assertThat(all).containsKeys(daily.getId(), referenceCase("Orange"));
            for (DeploymentSummary summary : deployments.summaries()) {
                assertThat(all.get(summary.id())).as(summary.organisation() + " " + bucketing)
                        .isEqualTo(service.series(summary.id(), ChartPeriod.ALL_TIME, bucketing));
            }
        }
        assertThat(service.allSeries(Bucketing.MONTH).get(daily.getId()).activeUsers()).hasSize(14);
    }

    @Test
    void everyones_monthly_series_show_each_saved_change_at_once_though_they_are_shared() {
        Deployment deployment = testDeployments.create(1_000, 10);
        assertThat(service.allSeries(Bucketing.MONTH).get(deployment.getId()).activeUsers()).isEmpty();

        Measurement measurement = new Measurement();
        measurement.setDate(PartialDate.ofDay(LocalDate.of(2024, 3, 10)));
        measurement.setActiveUsers(250);
        Measurement saved = milestones.saveMeasurement(deployment.getId(), measurement, null);
        assertThat(service.allSeries(Bucketing.MONTH).get(deployment.getId()).activeUsers())
                .extracting(SeriesPoint::value).containsExactly(250);

        RolloutEvent training = new RolloutEvent();
        training.setDate(PartialDate.ofDay(LocalDate.of(2024, 3, 2)));
        training.setKind(EventKind.TRAINING_WAVE);
        training.setTitle("Formation");
        milestones.saveEvent(deployment.getId(), training, null);
        assertThat(service.allSeries(Bucketing.MONTH).get(deployment.getId()).events())
                .extracting(EventMark::title).containsExactly("Formation");

        Deployment changed = deployments.find(deployment.getId()).orElseThrow();
        changed.setHeadcount(500);
        deployments.save(changed);
        assertThat(service.allSeries(Bucketing.MONTH).get(deployment.getId()).activeUsers())
                .extracting(SeriesPoint::ratePct).containsExactly(new java.math.BigDecimal("50.0"));

        milestones.deleteMeasurement(saved);
        assertThat(service.allSeries(Bucketing.MONTH).get(deployment.getId()).activeUsers()).isEmpty();
        deployments.delete(deployments.find(deployment.getId()).orElseThrow());
        assertThat(service.allSeries(Bucketing.MONTH)).doesNotContainKey(deployment.getId());
    }
}
