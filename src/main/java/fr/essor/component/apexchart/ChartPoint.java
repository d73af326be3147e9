package fr.essor.component.apexchart;

/**
 * One point: x in epoch milliseconds, y as a number, and the texts its tooltip shows, already written
 * in the reader's language. An approximate point (a date known only to the month or year) is drawn hollow.
 */
public record ChartPoint(long x, double y, String xLabel, String yLabel, String note, boolean approximate) {
}
