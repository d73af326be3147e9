package fr.essor.activation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fr.essor.component.apexchart.ApexChart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The activation chart of the deployment page open now, its parts found as a reader finds them: the controls
 * by their label, the sentences and charts by their id, the tables by a column's header, the export by its link.
 */
final class ChartOnPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOnPage() {
    }

    static ActivationChartPanel panel() {
        return _get(ActivationChartPanel.class);
    }

    /** A control above the chart, by its label (the log below has its own "Du" and "Au"). */
    static <T extends Component> T control(Class<T> type, String label) {
        return _get(panel(), type, spec -> spec.withLabel(label));
    }

    /** The options the browser draws the activation curve from. */
    static JsonNode activation() {
        return config("activation-chart");
    }

    static boolean activationShown() {
        return !_find(ApexChart.class, spec -> spec.withId("activation-chart")).isEmpty();
    }

    /** The options the browser draws the country reach from. */
    static JsonNode reach() {
        return config("reach-chart");
    }

    private static JsonNode config(String id) {
        return JSON.readTree(_get(ApexChart.class, spec -> spec.withId(id)).getElement().getProperty("config"));
    }

    /** "At this pace…", under the chart. */
    static String sentence() {
        return textOf("projection-sentence");
    }

    /** How the projection was made, under the sentence. */
    static String projectionDetails() {
        return textOf("projection-details");
    }

    /** How the deployment compares with the cases at its month. */
    static String pace() {
        return textOf("pace");
    }

    private static String textOf(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    /** Whether a paragraph of the panel shows a text that starts so (the help under the controls, "no measurement"…). */
    static boolean says(String start) {
        return _find(panel(), Paragraph.class).stream().anyMatch(paragraph -> paragraph.getText().startsWith(start));
    }

    /** A table of the chart's data, by one of its column headers; the tables are opened first, as a reader does. */
    static Grid<?> table(String header) {
        return tableWith(header).orElseThrow(() -> new AssertionError("no table with a column " + header));
    }

    static Optional<Grid<?>> tableWith(String header) {
        _get(panel(), Details.class).setOpened(true);
        List<Grid<?>> tables = _find(panel(), Grid.class).stream().<Grid<?>>map(grid -> grid)
                .filter(grid -> grid.getColumns().stream().anyMatch(column -> header.equals(column.getHeaderText()))).toList();
        return tables.stream().findFirst();
    }

    /** The CSV the export link downloads. */
    static String csv(String linkText) {
        return new String(DownloadKt._download(_get(panel(), Anchor.class, spec -> spec.withText(linkText))), StandardCharsets.UTF_8);
    }
}
