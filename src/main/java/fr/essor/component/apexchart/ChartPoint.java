package fr.essor.component.apexchart;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One point: x in epoch milliseconds, y as a number, and the texts its tooltip shows, already written
 * in the reader's language. Empty texts are not sent: the element then writes the date and the value
 * itself, in the chart's locale, which keeps a thousand-point series small. An approximate point (a
 * date known only to the month or year) is drawn hollow.
 */
public record ChartPoint(
        long x,
        double y,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String xLabel,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String yLabel,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String note,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean approximate) {

    /** A point of a dense series: the element writes its tooltip from x and y. */
    public static ChartPoint bare(long x, double y) {
        return new ChartPoint(x, y, "", "", "", false);
    }
}
