package fr.essor.component.apexchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the element reads: its shape is the contract with essor-apex-chart.ts. */
class ApexChartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ChartOptions options() {
        ChartPoint point = new ChartPoint(1_341_100_800_000L, 19.4, "2012 (approximate date)", "33,000 active users",
                "Source: <b>article</b>", true);
        return new ChartOptions("en", List.of(new ChartSeries("Activation rate", List.of(point))), ValueFormat.PERCENT,
                0.0, 30.0, 1_290_000_000_000L, 1_350_000_000_000L, null,
                List.of(new XMarker(1_306_886_400_000L, "Launch", "June 2011 · Launch", "#D55E00", false)),
                List.of(new YMarker(25, "Target 25%", "#009E73")),
                ChartOptions.COLOUR_BLIND_SAFE, 360, false, "Activation curve of Orange", "essor-activation-orange",
                XAxisKind.DATETIME, "", false);
    }

    @Test
    void the_options_travel_as_one_json_property_with_every_point_marker_and_text() {
        ApexChart chart = new ApexChart();
        chart.setOptions(options());

        JsonNode config = JSON.readTree(chart.getElement().getProperty("config"));
        assertThat(config.get("locale").asString()).isEqualTo("en");
        assertThat(config.get("valueFormat").asString()).isEqualTo("PERCENT");
        JsonNode point = config.get("series").get(0).get("points").get(0);
        assertThat(point.get("x").asLong()).isEqualTo(1_341_100_800_000L);
        assertThat(point.get("y").asDouble()).isEqualTo(19.4);
        assertThat(point.get("approximate").asBoolean()).isTrue();
        assertThat(point.get("note").asString()).isEqualTo("Source: <b>article</b>");
        assertThat(config.get("xMarkers").get(0).get("label").asString()).isEqualTo("Launch");
        assertThat(config.get("yMarkers").get(0).get("y").asDouble()).isEqualTo(25.0);
        assertThat(config.get("xMin").asLong()).isEqualTo(1_290_000_000_000L);
        assertThat(config.get("colors")).hasSize(ChartOptions.COLOUR_BLIND_SAFE.size());
    }

    @Test
    void a_band_sends_its_low_and_high_and_a_projection_its_dashed_style() {
        ChartSeries band = new ChartSeries("Projection, 80% band", List.of(ChartPoint.band(1L, 41.2, 48.6, "November 2026", "44.7%")),
                SeriesStyle.BAND);
        ChartSeries dashed = new ChartSeries("Projection", List.of(ChartPoint.bare(1L, 44.7)), SeriesStyle.DASHED);
        ChartOptions options = options();
        ApexChart chart = new ApexChart();
        chart.setOptions(new ChartOptions(options.locale(), List.of(options.series().getFirst(), band, dashed), options.valueFormat(),
                options.yMin(), options.yMax(), options.xMin(), options.xMax(), null, options.xMarkers(), options.yMarkers(),
                options.colors(), options.height(), false, options.description(), options.fileName(), options.xAxis(), "", false));

        JsonNode series = JSON.readTree(chart.getElement().getProperty("config")).get("series");
        assertThat(series.get(0).get("style").asString()).isEqualTo("LINE");
        assertThat(series.get(0).get("points").get(0).has("yHigh")).isFalse();
        assertThat(series.get(1).get("style").asString()).isEqualTo("BAND");
        assertThat(series.get(1).get("points").get(0).get("y").asDouble()).isEqualTo(41.2);
        assertThat(series.get(1).get("points").get(0).get("yHigh").asDouble()).isEqualTo(48.6);
        assertThat(series.get(2).get("style").asString()).isEqualTo("DASHED");
    }

    @Test
    void the_text_alternative_is_on_the_element_for_screen_readers() {
        ApexChart chart = new ApexChart();
        chart.setOptions(options());

        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Activation curve of Orange");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
    }
}
