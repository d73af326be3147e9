package fr.essor.comparison.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.component.apexchart.ApexChart;
import fr.essor.rollout.DeploymentSummary;
import fr.essor.rollout.DeploymentService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CompareViewTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestDeployments testDeployments;

    private long idOf(String organisation) {
        return testDeployments.idOf(organisation);
    }

    private CompareView open(String... organisations) {
        String ids = java.util.Arrays.stream(organisations).map(o -> String.valueOf(idOf(o))).collect(Collectors.joining(","));
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", ids)));
        return _get(CompareView.class);
    }

    /** The side-by-side table, by its style (the events' table is the other grid of the page). */
    @SuppressWarnings("unchecked")
    private static Grid<ComparisonRow> table() {
        return _get(Grid.class, spec -> spec.withClasses("essor-compare-table"));
    }

    private static boolean tableShown() {
        return !_find(Grid.class, spec -> spec.withClasses("essor-compare-table")).isEmpty();
    }

    private static List<String> row(String key) {
        Grid<ComparisonRow> table = table();
        ComparisonRow row = GridKt._findAll(table).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        return GridKt._getFormattedRow(table, row);
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<DeploymentSummary> picker(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<CompareView.Axis> axis() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Axe du temps"));
    }

    /** The options the browser draws the comparison from. */
    private static JsonNode chart() {
        return JSON.readTree(_get(ApexChart.class).getElement().getProperty("config"));
    }

    /** What the address asked for and did not get, said in a warning above the chart. */
    private static Paragraph warning() {
        return _get(Paragraph.class, spec -> spec.withClasses("essor-warning"));
    }

    @Test
    void orange_the_cargo_and_carlson_wagonlit_side_by_side_in_french() {
        open("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel");

        assertThat(picker("Déploiements à comparer").getValue()).extracting(DeploymentSummary::organisation)
                .containsExactlyInAnyOrder("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel");
        assertThat(row("headcount")).containsExactly("Effectif", "170\u202F000", "5\u202F000", "19\u202F000", "");
        assertThat(row("activation")).containsExactly("Taux d’activation", "19,4\u00A0%", "24,6\u00A0%", "50,0\u00A0%", "");
        assertThat(row("monthsTo10")).containsExactly("Mois pour atteindre 10 %", "≤ 24 mois", "≤ 18 mois", "≤ 17 mois", "");
        // Each one's pace among the others near its month; a figure dated "2012" sits mid-2012, at month ≈19 for Orange.
        List<String> pace = row("pace");
        assertThat(pace.getFirst()).isEqualTo("Rythme face aux autres au même mois");
        assertThat(pace.get(1)).startsWith("Mois ≈19 : 19,4\u00A0%");
        assertThat(pace.get(3)).startsWith("Mois ≈12 : 50,0\u00A0%, devant ");
        assertThat(row("monthsTo25")).containsExactly("Mois pour atteindre 25 %", "pas encore", "pas encore", "≤ 17 mois", "");
        assertThat(row("governance.USAGE_CHARTER").getLast())
                .isEqualTo("30 % des répondants ont une charte d’utilisation (HootSuite/Adetem/Visionary Marketing/Toluna barometer, 2017)");
        // The highest rate and the fewest months are the best of their rows.
        ComparisonRow activation = GridKt._findAll(table()).stream().filter(r -> r.key().equals("activation")).findFirst().orElseThrow();
        assertThat(activation.best()).isEqualTo(Set.of(idOf("Carlson Wagonlit Travel")));
        // Three upper bounds: any of them may hide the fastest start, so none is marked best.
        assertThat(GridKt._findAll(table()).stream().filter(r -> r.key().equals("monthsTo10")).findFirst().orElseThrow().best())
                .isEmpty();

        JsonNode chart = chart();
        assertThat(chart.get("xAxis").asString()).isEqualTo("NUMBER");
        assertThat(chart.get("series").findValuesAsString("name")).containsExactly("Orange", "Air France-KLM Cargo", "Carlson Wagonlit Travel");
        assertThat(chart.get("series").get(0).get("points").get(0).get("x").asLong()).isEqualTo(19);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("essor-help"))).as("nobody left out of the chart").isEmpty();
    }

    @Test
    void a_deployment_without_a_launch_date_stays_in_the_table_and_is_named_as_left_out_of_the_chart() {
        useLocale(Locale.ENGLISH);
        open("Orange", "Alcatel-Lucent");

        assertThat(row("launch")).containsExactly("Launch", "December 2010", "launch date unknown", "");
        assertThat(row("monthsTo10")).contains("launch date unknown");
        _get(Paragraph.class, spec -> spec.withText("Alcatel-Lucent: launch date unknown, left out of the aligned curve."));
        assertThat(chart().get("series")).hasSize(1);
    }

    @Test
    void the_calendar_axis_draws_each_point_at_its_date() {
        open("Orange", "Groupe Démo");

        _setValue(axis(), CompareView.Axis.CALENDAR);

        JsonNode chart = chart();
        assertThat(chart.get("xAxis").asString()).isEqualTo("DATETIME");
        assertThat(chart.get("series").get(1).get("points")).hasSize(12);
    }

    @Test
    void fewer_than_two_deployments_ask_for_more() {
        open("Orange");

        _get(Paragraph.class, spec -> spec.withText("Choisissez au moins deux déploiements pour les comparer."));
        assertThat(tableShown()).isFalse();
    }

    @Test
    void every_event_of_the_compared_deployments_is_a_marker_titled_with_its_title_on_whole_months() {
        open("Orange", "Groupe Démo");

        JsonNode chart = chart();
        assertThat(chart.get("xMarkers").findValuesAsString("label")).containsExactly("Pilote RH et IT", "Lancement",
                "Charte d’utilisation", "Formation vague 1", "Ambassadeurs", "Formation vague 2", "Campagne de rentrée");
        assertThat(chart.get("xMarkers").get(0).get("x").asLong()).isEqualTo(-2);
        assertThat(chart.get("xMarkers").get(0).get("detail").asString()).contains("Groupe Démo", "Pilote", "15 septembre 2025");
        // Month -2 (the pilot) to Orange's month 19, on a quarterly axis of whole months.
        assertThat(List.of(chart.get("xMin").asLong(), chart.get("xMax").asLong(), chart.get("xTickAmount").asLong()))
                .containsExactly(-3L, 21L, 8L);

        // The same events as text, with their kind, date and month since launch.
        ComparisonEvents section = _get(ComparisonEvents.class);
        section.setOpened(true);
        Grid<?> events = _get(section, Grid.class);
        assertThat(GridKt._size(events)).isEqualTo(7);
        assertThat(GridKt._getFormattedRow(events, 0)).containsExactly(
                "Groupe Démo (fictif)", "15 septembre 2025", "-2", "Pilote", "Pilote RH et IT — 150 volontaires / 150 volunteers");

        _setValue(axis(), CompareView.Axis.CALENDAR);

        assertThat(chart().get("xMarkers").findValuesAsString("label")).hasSize(7);
    }

    @Test
    void the_address_keeps_the_calendar_axis() {
        UI.getCurrent().navigate("compare", QueryParameters.full(Map.of(
                "ids", new String[] {idOf("Orange") + "," + idOf("Groupe Démo")}, "axis", new String[] {"calendar"})));

        assertThat(axis().getValue()).isEqualTo(CompareView.Axis.CALENDAR);
        assertThat(chart().get("xAxis").asString()).isEqualTo("DATETIME");
    }

    @Test
    void an_address_with_more_than_six_ids_or_words_says_what_it_left_out() {
        List<Long> seven = java.util.stream.IntStream.range(0, 7).mapToObj(i -> testDeployments.create(1000, 10).getId()).toList();
        String ids = seven.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));

        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", ids + ",abc,99999999999999999999")));

        assertThat(picker("Deployments to compare").getValue()).hasSize(6);
        assertThat(warning().getText()).isEqualTo("Not deployment ids in the address: “abc”, “99999999999999999999”; left out. "
                + "At most 6 deployments are compared: id " + seven.getLast() + " is left out.");
        assertThat(tableShown()).isTrue();

        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", idOf("Orange") + ",x," + idOf("Orange"))));
        assertThat(warning().getText())
                .isEqualTo("Pas un identifiant de déploiement dans l’adresse : « x » ; laissé de côté.");
    }

    @Test
    void a_threshold_crossed_during_the_pilot_reads_as_months_before_launch() {
        String name = TestDeployments.uniqueName("Pilote");
        var piloted = testDeployments.launched(name, 1000, fr.essor.base.domain.PartialDate.ofMonth(2025, 1));
        testDeployments.measure(piloted, fr.essor.base.domain.PartialDate.ofDay(java.time.LocalDate.of(2024, 1, 20)), 150);
        testDeployments.measure(piloted, fr.essor.base.domain.PartialDate.ofDay(java.time.LocalDate.of(2024, 2, 20)), 300);

        open("Orange", name);
        assertThat(row("countriesPresent")).as("not given reads as a dash, as in the other rows")
                .containsExactly("Pays de présence", "140", "—", "");
        assertThat(row("monthsTo10")).containsExactly("Mois pour atteindre 10 %", "≤ 24 mois",
                "au moins 12 mois avant le lancement", "");
        assertThat(row("monthsTo25")).containsExactly("Mois pour atteindre 25 %", "pas encore",
                "11 mois avant le lancement", "");

        useLocale(Locale.ENGLISH);
        open("Orange", name);
        assertThat(row("monthsTo10")).containsExactly("Months to reach 10%", "≤ 24 months",
                "at least 12 months before launch", "");
    }

    @Test
    void an_unknown_id_in_the_address_is_named_rather_than_silently_dropped() {
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("compare", QueryParameters.simple(Map.of("ids", idOf("Orange") + ",999999")));

        assertThat(warning().getText()).startsWith("No deployment has the id 999999");
        // One deployment left: nothing to compare it with, so no one-column table.
        assertThat(tableShown()).isFalse();
        _get(Paragraph.class, spec -> spec.withText("Pick at least two deployments to compare them."));
    }

    @Autowired
    fr.essor.comparison.service.CaseComparisonService comparisons;
    @Autowired
    fr.essor.comparison.service.MarketBenchmarks market;

    @Test
    void the_comparison_exports_in_the_readers_language_with_numbers_as_numbers() {
        // The page is in French here: the export must use the language it is given, as a download request
        // has no page to ask.
        CompareView view = open("Orange", "Air France-KLM Cargo");
        var compared = comparisons.compare(List.of(idOf("Orange"), idOf("Air France-KLM Cargo")));

        byte[] bytes = ComparisonCsv.of(compared, new ComparisonTable(view, Locale.ENGLISH, market).rows(compared), view, Locale.ENGLISH);
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"Measure\",\"Orange\",\"Air France-KLM Cargo\",\"Market\"\r\n")
                .contains("\"Launch\",\"2010-12\",\"2011-06\",\"\"\r\n")
                .contains("\"Headcount\",170000,5000,\"\"\r\n")
                .contains("\"Activation rate (%)\",19.4,24.6,\"\"\r\n")
                .contains("\"Months to reach 10%\",\"≤ 24\",\"≤ 18\",\"\"\r\n")
                .contains("\"Pace against the others at the same month\",\"Month ≈19: 19.4%");

        useLocale(Locale.FRENCH);
        String french = new String(ComparisonCsv.of(compared, new ComparisonTable(view, Locale.FRENCH, market).rows(compared),
                view, Locale.FRENCH), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(french).contains("\"Effectif\";170000;5000;\"\"\r\n").contains(";19,4;24,6;");
    }
}
