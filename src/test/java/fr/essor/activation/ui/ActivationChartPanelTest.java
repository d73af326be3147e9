package fr.essor.activation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.activation.service.Bucketing;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import fr.essor.base.domain.PartialDate;
import fr.essor.rollout.EventKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ActivationChartPanelTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DeploymentService deployments;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    fr.essor.rollout.MilestoneService milestones;

    private ActivationChartPanel open(long deploymentId) {
        UI.getCurrent().navigate("deployment/" + deploymentId);
        return _get(ActivationChartPanel.class);
    }

    private long idOf(String organisation) {
        return testDeployments.idOf(organisation);
    }

    /** Groupe Démo's chart on chosen dates: January to June 2026, six monthly measurements. */
    private ActivationChartPanel demoOnFirstHalfOf2026() {
        ActivationChartPanel panel = open(idOf("Groupe Démo"));
        _setValue(panel.period, PeriodChoice.RANGE);
        _setValue(panel.from, java.time.LocalDate.of(2026, 1, 1));
        _setValue(panel.to, java.time.LocalDate.of(2026, 6, 30));
        return panel;
    }

    private static JsonNode config(ActivationChartPanel panel) {
        return JSON.readTree(panel.activationChart.getElement().getProperty("config"));
    }

    @Test
    void a_reference_case_draws_its_single_published_point_hollow_and_labelled_approximate() {
        ActivationChartPanel panel = open(idOf("Orange"));

        JsonNode points = config(panel).get("series").get(0).get("points");
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("y").asDouble()).isEqualTo(19.4);
        assertThat(points.get(0).get("approximate").asBoolean()).isTrue();
        assertThat(points.get(0).get("xLabel").asString()).isEqualTo("2012 (date approximative)");
        assertThat(points.get(0).get("yLabel").asString()).isEqualTo("33\u202F000 utilisateurs actifs (19,4\u00A0% de l’effectif)");
        assertThat(points.get(0).get("note").asString()).startsWith("Source : Réseaux sociaux d'entreprise");
        assertThat(panel.help.getText()).startsWith("Chaque point est la dernière mesure du mois.");
    }

    @Test
    void the_demo_curve_shows_its_events_its_target_and_its_country_reach_in_english() {
        useLocale(Locale.ENGLISH);
        ActivationChartPanel panel = open(idOf("Groupe Démo"));

        JsonNode config = config(panel);
        assertThat(config.get("locale").asString()).isEqualTo("en");
        assertThat(config.get("series").get(0).get("points")).hasSize(12);
        assertThat(config.get("xMarkers").findValuesAsString("label"))
                .contains("Pilote RH et IT", "Charte d’utilisation", "Target date June 30, 2027");
        assertThat(config.get("yMarkers").get(0).get("label").asString()).isEqualTo("Target 80%");
        assertThat(panel.reachChart.isVisible()).isTrue();
        assertThat(JSON.readTree(panel.reachChart.getElement().getProperty("config")).get("series").get(0).get("points").get(11).get("y").asDouble())
                .isEqualTo(83.3);
        assertThat(GridKt._size(panel.tables().table)).isEqualTo(12);
        // The markers' texts, readable without hovering.
        assertThat(GridKt._getFormattedRow(panel.tables().eventTable, 0)).containsExactly("September 15, 2025", "Pilot",
                "Pilote RH et IT — 150 volontaires / 150 volunteers");
    }

    @Test
    void the_tables_are_built_when_opened_then_follow_the_chosen_grouping() {
        ActivationChartPanel panel = open(idOf("Groupe Démo"));
        assertThat(_find(panel, ChartDataTables.class)).isEmpty();

        _get(panel, com.vaadin.flow.component.details.Details.class).setOpened(true);
        ChartDataTables tables = _get(panel, ChartDataTables.class);
        assertThat(GridKt._size(tables.table)).isEqualTo(12);
        _setValue(panel.bucketing, Bucketing.QUARTER);

        assertThat(GridKt._size(tables.table)).isEqualTo(5);
        assertThat(_find(panel, ChartDataTables.class)).containsExactly(tables);
        assertThat(panel.tables()).isSameAs(tables);
    }

    @Test
    void an_end_date_before_the_start_date_is_flagged_on_the_field_and_the_chart_keeps_its_period() {
        ActivationChartPanel panel = demoOnFirstHalfOf2026();
        assertThat(config(panel).get("series").get(0).get("points")).hasSize(6);

        _setValue(panel.from, java.time.LocalDate.of(2026, 9, 1));

        assertThat(panel.to.isInvalid()).isTrue();
        assertThat(panel.to.getErrorMessage()).isEqualTo("La date de fin précède la date de début : le graphique garde la période précédente.");
        assertThat(config(panel).get("series").get(0).get("points")).hasSize(6);
        assertThat(panel.empty.isVisible()).isFalse();

        _setValue(panel.to, java.time.LocalDate.of(2026, 10, 31));
        assertThat(panel.to.isInvalid()).isFalse();
        assertThat(config(panel).get("series").get(0).get("points")).hasSize(2);
    }

    @Test
    void chosen_dates_keep_their_span_and_the_sentence_says_where_the_projection_is_drawn() {
        ActivationChartPanel panel = open(idOf("Groupe Démo"));
        assertThat(config(panel).get("xMarkers").findValuesAsString("label")).anyMatch(label -> label.contains("juin 2027"));
        assertThat(panel.projectionSentence.getText()).doesNotContain("La projection est tracée");

        _setValue(panel.period, PeriodChoice.RANGE);
        _setValue(panel.from, java.time.LocalDate.of(2026, 1, 1));
        _setValue(panel.to, java.time.LocalDate.of(2026, 6, 30));

        JsonNode config = config(panel);
        assertThat(config.get("xMarkers").findValuesAsString("label")).as("the target date, a year past the chosen end")
                .noneMatch(label -> label.contains("juin 2027"));
        assertThat(java.time.Instant.ofEpochMilli(config.get("xMax").asLong()))
                .isBefore(java.time.LocalDate.of(2026, 8, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(panel.projectionSentence.getText()).endsWith(
                "La projection est tracée sur le taux d’activation, sur toute la période ou les 12 derniers mois.");
        // What the browser says when typed text is not a date (it parses the text itself, so only the message is Essor's).
        assertThat(panel.from.getI18n().getBadInputErrorMessage())
                .isEqualTo("Date illisible : saisissez-la comme 31/12/2026, ou choisissez-la dans le calendrier.");

        _setValue(panel.period, PeriodChoice.ALL_TIME);
        _setValue(panel.metric, Metric.ACTIVE_USERS);
        assertThat(panel.projectionSentence.getText()).endsWith("sur toute la période ou les 12 derniers mois.");
        _setValue(panel.metric, Metric.RATE);
        assertThat(panel.projectionSentence.getText()).doesNotContain("La projection est tracée");
    }

    @Test
    void the_csv_of_chosen_dates_holds_what_the_chart_shows_and_dates_the_pace_by_the_latest_measurement() {
        ActivationChartPanel panel = demoOnFirstHalfOf2026();

        String csv = new String(panel.csvIn(Locale.ENGLISH), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).as("the chart draws no projection on chosen dates").doesNotContain("\"projection\"");
        assertThat(csv.lines().filter(line -> line.contains("\"measured\""))).hasSize(6);
        assertThat(csv.lines().filter(line -> line.contains("\"pace\"")))
                .singleElement().asString().startsWith("2026-10-31,\"day\",,47.1,").contains("Month 11: 47.1%");
    }

    @Test
    void switching_to_active_users_and_to_quarters_redraws_the_chart() {
        ActivationChartPanel panel = open(idOf("Groupe Démo"));

        _setValue(panel.metric, Metric.ACTIVE_USERS);
        assertThat(config(panel).get("valueFormat").asString()).isEqualTo("INTEGER");
        assertThat(config(panel).get("series").get(0).get("points").get(11).get("y").asDouble()).isEqualTo(5650);

        _setValue(panel.bucketing, Bucketing.QUARTER);
        assertThat(config(panel).get("series").get(0).get("points")).hasSize(5);
        assertThat(panel.help.getText()).startsWith("Chaque point est la dernière mesure du trimestre.");
    }

    @Test
    void a_new_deployment_says_what_to_do_and_its_chart_follows_a_logged_measurement_without_reload() {
        Deployment deployment = testDeployments.create(2_000, 10);
        ActivationChartPanel panel = open(deployment.getId());
        assertThat(panel.empty.isVisible()).isTrue();
        assertThat(panel.activationChart.isVisible()).isFalse();

        click("Saisir une mesure");
        _setValue(_get(fr.essor.base.ui.PartialDateField.class, spec -> spec.withLabel("Date")).getChildren()
                .findFirst().map(row -> _get(row, TextField.class)).orElseThrow(), "2024");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Utilisateurs actifs")), "500");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        assertThat(panel.empty.isVisible()).isFalse();
        assertThat(panel.activationChart.isVisible()).isTrue();
        assertThat(config(panel).get("series").get(0).get("points").get(0).get("y").asDouble()).isEqualTo(25.0);
    }

    private static long millis(java.time.LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void the_chart_starts_at_the_launch_with_a_launch_marker_and_places_month_events_as_month_measurements() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Lancée"), 1000, PartialDate.ofMonth(2025, 1));
        testDeployments.event(rollout, PartialDate.ofMonth(2025, 6), EventKind.TRAINING_WAVE, "Formation");
        testDeployments.measure(rollout, PartialDate.ofMonth(2025, 6), 120);
        testDeployments.measure(rollout, PartialDate.ofDay(java.time.LocalDate.of(2025, 11, 14)), 300);

        JsonNode chart = config(open(rollout.getId()));

        JsonNode launch = chart.get("xMarkers").get(0);
        assertThat(launch.get("label").asString()).isEqualTo("Lancement");
        assertThat(chart.get("xMin").asLong()).isLessThanOrEqualTo(launch.get("x").asLong());
        // June 2025, known to the month: the event and the measurement sit on the same day.
        JsonNode training = chart.get("xMarkers").get(1);
        assertThat(training.get("label").asString()).isEqualTo("Formation");
        assertThat(training.get("x").asLong()).isEqualTo(chart.get("series").get(0).get("points").get(0).get("x").asLong());
        // No target: the chart ends a fortnight after the last measurement.
        assertThat(chart.get("xMax").asLong()).isEqualTo(millis(java.time.LocalDate.of(2025, 11, 29)));
    }

    @Test
    void a_planned_event_is_labelled_planned_and_does_not_stretch_the_chart() {
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Prévue"), 1000, PartialDate.ofMonth(2025, 1));
        rollout.setTargetActivationPct(60);
        rollout.setTargetDate(java.time.LocalDate.of(2027, 3, 31));
        rollout = deployments.save(rollout);
        testDeployments.measure(rollout, PartialDate.ofDay(java.time.LocalDate.of(2026, 10, 31)), 300);
        testDeployments.event(rollout, PartialDate.ofMonth(2026, 12), EventKind.TRAINING_WAVE, "Formation d’hiver");
        testDeployments.event(rollout, PartialDate.ofYear(2029), EventKind.ROI_REVIEW, "Bilan");

        ActivationChartPanel panel = open(rollout.getId());
        JsonNode chart = config(panel);

        // Today is 25 November 2026: December is planned, before the target date, so drawn dashed and
        // labelled planned; 2029 is past the target date and is left to the table.
        assertThat(chart.get("xMarkers").findValuesAsString("label"))
                .containsExactly("Lancement", "Échéance 31 mars 2027", "Formation d’hiver (prévu)");
        assertThat(chart.get("xMarkers").get(2).get("dashed").asBoolean()).isTrue();
        assertThat(chart.get("xMax").asLong()).isEqualTo(millis(java.time.LocalDate.of(2027, 4, 15)));
        assertThat(GridKt._findAll(panel.tables().eventTable)).hasSize(2);
        assertThat(GridKt._getFormattedRow(panel.tables().eventTable, GridKt._findAll(panel.tables().eventTable).getLast()).get(1))
                .isEqualTo("Revue du ROI · prévu");
    }

    @Autowired
    fr.essor.activation.service.ActivationSeriesService seriesService;

    @Test
    void the_series_export_follows_the_readers_language_and_neutralises_a_formula_in_a_source() {
        // The page is in French here: the export must use the language it is given, as a download request
        // has no page to ask.
        Deployment rollout = testDeployments.launched(TestDeployments.uniqueName("Export"), 1000, PartialDate.ofMonth(2025, 1));
        var measurement = new fr.essor.rollout.Measurement();
        measurement.setDate(PartialDate.ofMonth(2025, 6));
        measurement.setActiveUsers(125);
        measurement.setSource("=HYPERLINK(\"http://evil\")");
        milestones.saveMeasurement(rollout.getId(), measurement);
        ActivationChartPanel panel = open(rollout.getId());

        var series = seriesService.series(rollout.getId(), fr.essor.activation.service.ChartPeriod.ALL_TIME, Bucketing.MONTH);
        String csv = new String(SeriesCsv.of(series, panel, Locale.ENGLISH), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF\"Date\",\"Precision\",\"Active users\",\"Activation rate (%)\",\"Countries reached\","
                + "\"Reach (%)\",\"Source\",\"Kind\",\"Band low (%)\",\"Band high (%)\"\r\n"
                + "2025-06-01,\"month\",125,12.5,,,\"'=HYPERLINK(\"\"http://evil\"\")\",\"measured\",,\r\n");
    }
}
