package fr.essor.activation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.essor.activation.ui.ChartOnPage.activation;
import static fr.essor.activation.ui.ChartOnPage.activationShown;
import static fr.essor.activation.ui.ChartOnPage.control;
import static fr.essor.activation.ui.ChartOnPage.csv;
import static fr.essor.activation.ui.ChartOnPage.panel;
import static fr.essor.activation.ui.ChartOnPage.reach;
import static fr.essor.activation.ui.ChartOnPage.says;
import static fr.essor.activation.ui.ChartOnPage.sentence;
import static fr.essor.activation.ui.ChartOnPage.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
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

class ActivationChartPanelTest extends KaribuTest {

    @Autowired
    DeploymentService deployments;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    fr.essor.rollout.MilestoneService milestones;

    private static void open(long deploymentId) {
        UI.getCurrent().navigate("deployment/" + deploymentId);
    }

    private long idOf(String organisation) {
        return testDeployments.idOf(organisation);
    }

    /** Groupe Démo's chart on chosen dates: January to June 2026, six monthly measurements. */
    private void demoOnFirstHalfOf2026(String period, String from, String to) {
        open(idOf("Groupe Démo"));
        _setValue(period(period), PeriodChoice.RANGE);
        _setValue(control(DatePicker.class, from), java.time.LocalDate.of(2026, 1, 1));
        _setValue(control(DatePicker.class, to), java.time.LocalDate.of(2026, 6, 30));
    }

    @SuppressWarnings("unchecked")
    private static Select<PeriodChoice> period(String label) {
        return control(Select.class, label);
    }

    @SuppressWarnings("unchecked")
    private static Select<Bucketing> grouping() {
        return control(Select.class, "Regroupement");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Metric> metric() {
        return control(RadioButtonGroup.class, "Afficher");
    }

    @Test
    void a_reference_case_draws_its_single_published_point_hollow_and_labelled_approximate() {
        open(idOf("Orange"));

        JsonNode points = activation().get("series").get(0).get("points");
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("y").asDouble()).isEqualTo(19.4);
        assertThat(points.get(0).get("approximate").asBoolean()).isTrue();
        assertThat(points.get(0).get("xLabel").asString()).isEqualTo("2012 (date approximative)");
        assertThat(points.get(0).get("yLabel").asString()).isEqualTo("33\u202F000 utilisateurs actifs (19,4\u00A0% de l’effectif)");
        assertThat(points.get(0).get("note").asString()).startsWith("Source : Réseaux sociaux d'entreprise");
        assertThat(says("Chaque point est la dernière mesure du mois.")).isTrue();
    }

    @Test
    void the_demo_curve_shows_its_events_its_target_and_its_country_reach_in_english() {
        useLocale(Locale.ENGLISH);
        open(idOf("Groupe Démo"));

        JsonNode config = activation();
        assertThat(config.get("locale").asString()).isEqualTo("en");
        assertThat(config.get("series").get(0).get("points")).hasSize(12);
        assertThat(config.get("xMarkers").findValuesAsString("label"))
                .contains("Pilote RH et IT", "Charte d’utilisation", "Target date June 30, 2027");
        assertThat(config.get("yMarkers").get(0).get("label").asString()).isEqualTo("Target 80%");
        assertThat(reach().get("series").get(0).get("points").get(11).get("y").asDouble()).isEqualTo(83.3);
        assertThat(GridKt._size(table("Active users"))).isEqualTo(12);
        // The markers' texts, readable without hovering.
        assertThat(GridKt._getFormattedRow(table("Details"), 0)).containsExactly("September 15, 2025", "Pilot",
                "Pilote RH et IT — 150 volontaires / 150 volunteers");
    }

    @Test
    void the_tables_are_built_when_opened_then_follow_the_chosen_grouping() {
        open(idOf("Groupe Démo"));
        assertThat(_find(panel(), ChartDataTables.class)).isEmpty();

        _get(panel(), com.vaadin.flow.component.details.Details.class).setOpened(true);
        ChartDataTables tables = _get(panel(), ChartDataTables.class);
        assertThat(GridKt._size(table("Utilisateurs actifs"))).isEqualTo(12);
        _setValue(grouping(), Bucketing.QUARTER);

        assertThat(GridKt._size(table("Utilisateurs actifs"))).isEqualTo(5);
        assertThat(_find(panel(), ChartDataTables.class)).as("the same tables, not built again").containsExactly(tables);
    }

    @Test
    void an_end_date_before_the_start_date_is_flagged_on_the_field_and_the_chart_keeps_its_period() {
        demoOnFirstHalfOf2026("Période", "Du", "Au");
        assertThat(activation().get("series").get(0).get("points")).hasSize(6);

        _setValue(control(DatePicker.class, "Du"), java.time.LocalDate.of(2026, 9, 1));

        DatePicker to = control(DatePicker.class, "Au");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("La date de fin précède la date de début : le graphique garde la période précédente.");
        assertThat(activation().get("series").get(0).get("points")).hasSize(6);
        assertThat(says("Aucune mesure pour cette période")).isFalse();

        _setValue(to, java.time.LocalDate.of(2026, 10, 31));
        assertThat(to.isInvalid()).isFalse();
        assertThat(activation().get("series").get(0).get("points")).hasSize(2);
    }

    @Test
    void chosen_dates_keep_their_span_and_the_sentence_says_where_the_projection_is_drawn() {
        open(idOf("Groupe Démo"));
        assertThat(activation().get("xMarkers").findValuesAsString("label")).anyMatch(label -> label.contains("juin 2027"));
        assertThat(sentence()).doesNotContain("La projection est tracée");

        _setValue(period("Période"), PeriodChoice.RANGE);
        _setValue(control(DatePicker.class, "Du"), java.time.LocalDate.of(2026, 1, 1));
        _setValue(control(DatePicker.class, "Au"), java.time.LocalDate.of(2026, 6, 30));

        JsonNode config = activation();
        assertThat(config.get("xMarkers").findValuesAsString("label")).as("the target date, a year past the chosen end")
                .noneMatch(label -> label.contains("juin 2027"));
        assertThat(java.time.Instant.ofEpochMilli(config.get("xMax").asLong()))
                .isBefore(java.time.LocalDate.of(2026, 8, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(sentence()).endsWith(
                "La projection est tracée sur le taux d’activation, sur toute la période ou les 12 derniers mois.");
        // What the browser says when typed text is not a date (it parses the text itself, so only the message is Essor's).
        assertThat(control(DatePicker.class, "Du").getI18n().getBadInputErrorMessage())
                .isEqualTo("Date illisible : saisissez-la comme 31/12/2026, ou choisissez-la dans le calendrier.");

        _setValue(period("Période"), PeriodChoice.ALL_TIME);
        _setValue(metric(), Metric.ACTIVE_USERS);
        assertThat(sentence()).endsWith("sur toute la période ou les 12 derniers mois.");
        _setValue(metric(), Metric.RATE);
        assertThat(sentence()).doesNotContain("La projection est tracée");
    }

    @Test
    void the_csv_of_chosen_dates_holds_what_the_chart_shows_and_dates_the_pace_by_the_latest_measurement() {
        useLocale(Locale.ENGLISH);
        demoOnFirstHalfOf2026("Period", "From", "To");

        String csv = csv("Export the data (CSV)");

        assertThat(csv).as("the chart draws no projection on chosen dates").doesNotContain("\"projection\"");
        assertThat(csv.lines().filter(line -> line.contains("\"measured\""))).hasSize(6);
        assertThat(csv.lines().filter(line -> line.contains("\"pace\"")))
                .singleElement().asString().startsWith("2026-10-31,\"day\",,47.1,").contains("Month 11: 47.1%");
    }

    @Test
    void switching_to_active_users_and_to_quarters_redraws_the_chart() {
        open(idOf("Groupe Démo"));

        _setValue(metric(), Metric.ACTIVE_USERS);
        assertThat(activation().get("valueFormat").asString()).isEqualTo("INTEGER");
        assertThat(activation().get("series").get(0).get("points").get(11).get("y").asDouble()).isEqualTo(5650);

        _setValue(grouping(), Bucketing.QUARTER);
        assertThat(activation().get("series").get(0).get("points")).hasSize(5);
        assertThat(says("Chaque point est la dernière mesure du trimestre.")).isTrue();
    }

    @Test
    void a_new_deployment_says_what_to_do_and_its_chart_follows_a_logged_measurement_without_reload() {
        Deployment deployment = testDeployments.create(2_000, 10);
        open(deployment.getId());
        assertThat(says("Aucune mesure pour cette période")).isTrue();
        assertThat(activationShown()).isFalse();

        click("Saisir une mesure");
        _setValue(_get(fr.essor.base.ui.PartialDateField.class, spec -> spec.withLabel("Date")).getChildren()
                .findFirst().map(row -> _get(row, TextField.class)).orElseThrow(), "2024");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Utilisateurs actifs")), "500");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        assertThat(says("Aucune mesure pour cette période")).isFalse();
        assertThat(activationShown()).isTrue();
        assertThat(activation().get("series").get(0).get("points").get(0).get("y").asDouble()).isEqualTo(25.0);
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

        open(rollout.getId());
        JsonNode chart = activation();

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

        open(rollout.getId());
        JsonNode chart = activation();

        // Today is 25 November 2026: December is planned, before the target date, so drawn dashed and
        // labelled planned; 2029 is past the target date and is left to the table.
        assertThat(chart.get("xMarkers").findValuesAsString("label"))
                .containsExactly("Lancement", "Échéance 31 mars 2027", "Formation d’hiver (prévu)");
        assertThat(chart.get("xMarkers").get(2).get("dashed").asBoolean()).isTrue();
        assertThat(chart.get("xMax").asLong()).isEqualTo(millis(java.time.LocalDate.of(2027, 4, 15)));
        Grid<?> events = table("Détails");
        assertThat(GridKt._size(events)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(events, GridKt._size(events) - 1).get(1)).isEqualTo("Revue du ROI · prévu");
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
        milestones.saveMeasurement(rollout.getId(), measurement, null);
        open(rollout.getId());

        var series = seriesService.series(rollout.getId(), fr.essor.activation.service.ChartPeriod.ALL_TIME, Bucketing.MONTH);
        String csv = new String(SeriesCsv.of(series, java.util.List.of(), null, panel(), Locale.ENGLISH),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF\"Date\",\"Precision\",\"Active users\",\"Activation rate (%)\",\"Countries reached\","
                + "\"Reach (%)\",\"Source\",\"Kind\",\"Band low (%)\",\"Band high (%)\"\r\n"
                + "2025-06-01,\"month\",125,12.5,,,\"'=HYPERLINK(\"\"http://evil\"\")\",\"measured\",,\r\n");
    }
}
