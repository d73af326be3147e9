package fr.essor.activation.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.csv.CsvWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A chart's series as CSV in the reader's language; dates stay ISO, with their precision in a column. */
final class SeriesCsv {

    private SeriesCsv() {
    }

    static byte[] of(ActivationSeries series, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        csv.row(in.getTranslation(locale, "csv.date"), in.getTranslation(locale, "csv.precision"),
                in.getTranslation(locale, "csv.activeUsers"), in.getTranslation(locale, "csv.rate"), in.getTranslation(locale, "csv.countriesReached"),
                in.getTranslation(locale, "csv.reach"), in.getTranslation(locale, "csv.source"));
        Map<LocalDate, SeriesPoint> active = byDay(series.activeUsers());
        Map<LocalDate, SeriesPoint> reach = byDay(series.countriesReached());
        TreeMap<LocalDate, SeriesPoint> days = new TreeMap<>(reach);
        days.putAll(active);
        days.forEach((day, any) -> {
            SeriesPoint users = active.get(day);
            SeriesPoint countries = reach.get(day);
            csv.row(day, in.getTranslation(locale, "csv.precision." + any.date().precision().name()),
                    users == null ? null : users.value(), users == null ? null : users.ratePct(),
                    countries == null ? null : countries.value(), countries == null ? null : countries.ratePct(),
                    any.source());
        });
        return csv.bytes();
    }

    private static Map<LocalDate, SeriesPoint> byDay(List<SeriesPoint> points) {
        Map<LocalDate, SeriesPoint> map = new TreeMap<>();
        points.forEach(point -> map.put(point.date().start(), point));
        return map;
    }

    static String fileName(ActivationSeries series) {
        return ActivationChartOptions.fileName(series, "data") + ".csv";
    }
}
