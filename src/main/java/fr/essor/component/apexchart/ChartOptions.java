package fr.essor.component.apexchart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one chart shows. Sent to the browser as JSON; the element turns it into ApexCharts
 * options, so Java code never writes ApexCharts' own option names.
 *
 * @param locale      "fr" or "en": ApexCharts' month names and menus, and number formats
 * @param xMin        the first date drawn (epoch milliseconds), so markers before the first point still show
 * @param xTickAmount on a number axis, how many equal steps from xMin to xMax: with whole bounds that are
 *                    multiples of the step, every tick falls on a whole number; null lets ApexCharts choose
 * @param sparkline   a small chart without axes, legend or toolbar
 * @param description a text alternative, read by screen readers instead of the drawing
 * @param xAxis       dates, or plain numbers such as months since launch
 * @param tooltipAllSeries a hover lists every series' value at the same x, to compare them
 */
public record ChartOptions(
        String locale,
        List<ChartSeries> series,
        ValueFormat valueFormat,
        @Nullable Double yMin,
        @Nullable Double yMax,
        @Nullable Long xMin,
        @Nullable Long xMax,
        @Nullable Integer xTickAmount,
        List<XMarker> xMarkers,
        List<YMarker> yMarkers,
        List<String> colors,
        int height,
        boolean sparkline,
        String description,
        String fileName,
        XAxisKind xAxis,
        String xTitle,
        boolean tooltipAllSeries) {

    /** Colours that stay apart for colour-blind readers (Okabe–Ito). */
    public static final List<String> COLOUR_BLIND_SAFE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    public ChartOptions {
        series = List.copyOf(series);
        xMarkers = List.copyOf(xMarkers);
        yMarkers = List.copyOf(yMarkers);
        colors = List.copyOf(colors);
    }
}
