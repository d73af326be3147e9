package fr.essor.component.apexchart;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One point: x in epoch milliseconds, y as a number, and the texts its tooltip shows, already written
 * in the reader's language. Empty texts are not sent: the element then writes the date and the value
 * itself, in the chart's locale, which keeps a thousand-point series small. An approximate point (a
 * date known only to the month or year) is drawn hollow. A point of a band spans y to yHigh.
 */
public record ChartPoint(
        long x,
        double y,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String xLabel,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String yLabel,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String note,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean approximate,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double yHigh) {

    public ChartPoint(long x, double y, String xLabel, String yLabel, String note, boolean approximate) {
        this(x, y, xLabel, yLabel, note, approximate, null);
    }

    /** A point of a band, from y to yHigh, with its tooltip texts. */
    public static ChartPoint band(long x, double low, double high, String xLabel, String yLabel) {
        return new ChartPoint(x, low, xLabel, yLabel, "", false, high);
    }

    /** A point of a dense series: the element writes its tooltip from x and y. */
    public static ChartPoint bare(long x, double y) {
        return new ChartPoint(x, y, "", "", "", false);
    }
}
