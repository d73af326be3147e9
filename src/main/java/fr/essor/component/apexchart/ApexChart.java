package fr.essor.component.apexchart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One ApexCharts chart. The options travel as a JSON property, so a chart set before the element
 * is attached or ready is drawn as soon as it is: nothing waits on the server side.
 */
@Tag("essor-apex-chart")
@NpmPackage(value = "apexcharts", version = ApexChart.APEXCHARTS_VERSION)
@JsModule("./essor-apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    static final String APEXCHARTS_VERSION = "5.3.6";
    /**
     * Non-ASCII characters written as JSON escapes (backslash, u, four hex digits): the JSON stays in the session
     * as the element's property, and one typographic apostrophe or narrow space in a label made Java store the
     * whole string in two bytes per character (54 KB instead of 27 for a ten-year chart, per session).
     */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public ApexChart() {
        setWidthFull();
    }

    public void setOptions(ChartOptions options) {
        getElement().setProperty("config", toJson(options));
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", options.description());
    }

    /** The JSON sent to the browser; its shape is what the element reads. */
    static String toJson(ChartOptions options) {
        return JSON.writeValueAsString(options);
    }
}
