package fr.essor.activation.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.csv.CsvWriter;
import fr.essor.base.domain.DatePrecision;
import fr.essor.forecast.domain.Pace;
import fr.essor.forecast.domain.ProjectedPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A chart's series as CSV in the reader's language; dates stay ISO, with their precision in a column. After
 * the measurements come the projected points and the pace, each row's kind saying which it is, so a
 * projection is never read as a measurement.
 */
final class SeriesCsv {

    private SeriesCsv() {
    }

    /**
     * @param projected the projected points the chart draws (none where it draws no projection: the file says
     *                  what the chart shows)
     * @param pace      dated by the deployment's latest measurement, which it speaks of, whatever the period shown
     */
    static byte[] of(ActivationSeries series, List<ProjectedPoint> projected, @Nullable Pace pace, Component in, Locale locale) {
        CsvWriter csv = CsvWriter.forLanguageOf(locale);
        csv.row(in.getTranslation(locale, "csv.date"), in.getTranslation(locale, "csv.precision"),
                in.getTranslation(locale, "csv.activeUsers"), in.getTranslation(locale, "csv.rate"), in.getTranslation(locale, "csv.countriesReached"),
                in.getTranslation(locale, "csv.reach"), in.getTranslation(locale, "csv.source"), in.getTranslation(locale, "csv.kind"),
                in.getTranslation(locale, "csv.bandLow"), in.getTranslation(locale, "csv.bandHigh"));
        Map<LocalDate, SeriesPoint> active = byDay(series.activeUsers());
        Map<LocalDate, SeriesPoint> reach = byDay(series.countriesReached());
        TreeMap<LocalDate, SeriesPoint> days = new TreeMap<>(reach);
        days.putAll(active);
        String measured = in.getTranslation(locale, "csv.kind.measured");
        days.forEach((day, any) -> {
            SeriesPoint users = active.get(day);
            SeriesPoint countries = reach.get(day);
            csv.row(day, in.getTranslation(locale, "csv.precision." + any.date().precision().name()),
                    users == null ? null : users.value(), users == null ? null : users.ratePct(),
                    countries == null ? null : countries.value(), countries == null ? null : countries.ratePct(),
                    any.source(), measured, null, null);
        });
        String projectedKind = in.getTranslation(locale, "csv.kind.projection");
        String day = in.getTranslation(locale, "csv.precision." + DatePrecision.DAY.name());
        for (ProjectedPoint point : projected) {
            csv.row(point.day(), day, null, oneDecimal(point.ratePct()), null, null, null, projectedKind,
                    oneDecimal(point.lowPct()), oneDecimal(point.highPct()));
        }
        if (pace != null) {
            csv.row(pace.measuredOn().start(), in.getTranslation(locale, "csv.precision." + pace.measuredOn().precision().name()),
                    null, oneDecimal(pace.ratePct()), null, null, new OutlookTexts(in, locale).pace(pace),
                    in.getTranslation(locale, "csv.kind.pace"), null, null);
        }
        return csv.bytes();
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
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
