package fr.essor.component.apexchart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
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
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    public String getConfigJson() {
        return getElement().getProperty("config", "");
    }
}
