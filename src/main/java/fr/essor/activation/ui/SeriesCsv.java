package fr.essor.activation.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.SeriesPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A chart's series as CSV, the way a spreadsheet in the reader's language opens it: semicolons and
 * decimal commas in French, commas and decimal points in English. Dates stay ISO, with their precision.
 */
final class SeriesCsv {

    private SeriesCsv() {
    }

    static String of(ActivationSeries series, Component in, Locale locale) {
        boolean french = !locale.getLanguage().equals("en");
        String separator = french ? ";" : ",";
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(separator, in.getTranslation("csv.date"), in.getTranslation("csv.precision"),
                in.getTranslation("csv.activeUsers"), in.getTranslation("csv.rate"), in.getTranslation("csv.countriesReached"),
                in.getTranslation("csv.reach"), in.getTranslation("csv.source"))).append("\r\n");
        Map<LocalDate, SeriesPoint> active = byDay(series.activeUsers());
        Map<LocalDate, SeriesPoint> reach = byDay(series.countriesReached());
        TreeMap<LocalDate, SeriesPoint> days = new TreeMap<>(reach);
        days.putAll(active);
        days.forEach((day, any) -> {
            SeriesPoint users = active.get(day);
            SeriesPoint countries = reach.get(day);
            csv.append(String.join(separator,
                    day.toString(),
                    in.getTranslation("csv.precision." + any.date().precision().name()),
                    figure(users, point -> Integer.toString(point.value())),
                    figure(users, point -> decimal(point.ratePct(), french)),
                    figure(countries, point -> Integer.toString(point.value())),
                    figure(countries, point -> decimal(point.ratePct(), french)),
                    quoted(any.source()))).append("\r\n");
        });
        return csv.toString();
    }

    private static Map<LocalDate, SeriesPoint> byDay(java.util.List<SeriesPoint> points) {
        Map<LocalDate, SeriesPoint> map = new TreeMap<>();
        points.forEach(point -> map.put(point.date().start(), point));
        return map;
    }

    private static String figure(@Nullable SeriesPoint point, Function<SeriesPoint, String> text) {
        return point == null ? "" : text.apply(point);
    }

    private static String decimal(@Nullable BigDecimal value, boolean french) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return french ? plain.replace('.', ',') : plain;
    }

    /** Quoted, so separators and line breaks in a source stay inside their cell. */
    private static String quoted(@Nullable String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static String fileName(ActivationSeries series) {
        return ActivationChartOptions.fileName(series, "data") + ".csv";
    }
}
