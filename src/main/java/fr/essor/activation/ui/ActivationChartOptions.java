package fr.essor.activation.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.ChartPeriod;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.domain.PartialDate;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.FileNames;
import fr.essor.component.apexchart.ChartOptions;
import fr.essor.component.apexchart.ChartPoint;
import fr.essor.component.apexchart.ChartSeries;
import fr.essor.component.apexchart.SeriesStyle;
import fr.essor.component.apexchart.ValueFormat;
import fr.essor.component.apexchart.XAxisKind;
import fr.essor.component.apexchart.XMarker;
import fr.essor.component.apexchart.YMarker;
import fr.essor.forecast.domain.ProjectedPoint;
import fr.essor.forecast.domain.Projection;
import fr.essor.rollout.EventKind;
import fr.essor.rollout.RolloutCalendar;
import fr.essor.rollout.ui.DeploymentLabels;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns activation series into chart options, every text written in the reader's language. */
final class ActivationChartOptions {

    static final String EVENT_COLOUR = "#D55E00";
    static final String TARGET_COLOUR = "#009E73";
    static final String LAUNCH_COLOUR = "#0072B2";
    static final String MEASURED_COLOUR = "#0072B2";
    static final String BAND_COLOUR = "#56B4E9";
    static final int DENSE_SERIES = 200;

    private final Component in;
    private final Locale locale;
    private final LocalDate today;

    /** For charts that draw no events, such as the dashboard's sparklines. */
    ActivationChartOptions(Component in, Locale locale) {
        this(in, locale, LocalDate.MAX);
    }

    ActivationChartOptions(Component in, Locale locale, LocalDate today) {
        this.in = in;
        this.locale = locale;
        this.today = today;
    }

    /**
     * Activation rate (or active users) over time, with events, the target rate and the target date.
     * Drawn from the launch (when {@code fromLaunch}) to the last measurement, or to the target date when
     * one is set; an event planned past that end is left to the table rather than stretch the view.
     *
     * @param projection drawn on the rate chart when given: a shaded band and a dashed curve from the last
     *                   measurement, the axis stretched to their end
     * @param chosenDates the dates the user chose, if any: the target date is marked only if it falls between
     *                    them, so the axis keeps the chosen span instead of running on to a target a year away
     */
    ChartOptions activation(ActivationSeries series, Metric metric, int height, boolean fromLaunch,
                            Projection.@Nullable Drawn projection, @Nullable ChartPeriod chosenDates) {
        boolean rate = metric == Metric.RATE;
        List<ChartPoint> points = points(series.activeUsers(), rate, point -> in.getTranslation("chart.tip.activeUsers",
                DisplayFormats.number(point.value(), locale), DisplayFormats.percent(point.ratePct(), locale)));
        List<ChartSeries> drawn = new ArrayList<>();
        String name = in.getTranslation(rate ? "chart.series.rate" : "chart.series.activeUsers");
        drawn.add(new ChartSeries(name, points));
        List<String> colours = ChartOptions.COLOUR_BLIND_SAFE;
        List<ChartPoint> ends = new ArrayList<>(points);
        double highest = 0;
        if (rate && projection != null) {
            drawn.addAll(projectionSeries(projection));
            colours = List.of(MEASURED_COLOUR, BAND_COLOUR, MEASURED_COLOUR);
            ends.addAll(drawn.getLast().points());
            highest = projection.points().stream().mapToDouble(ProjectedPoint::highPct).max().orElse(0);
        }
        List<XMarker> xMarkers = new ArrayList<>();
        List<XMarker> bounds = new ArrayList<>();
        if (fromLaunch && series.launch() != null && series.events().stream().noneMatch(e -> e.kind() == EventKind.LAUNCH)) {
            String when = DisplayFormats.date(series.launch(), locale);
            XMarker launch = new XMarker(millis(series.launch().middle()), in.getTranslation("chart.launch"),
                    in.getTranslation("chart.launch") + " · " + when, LAUNCH_COLOUR, false);
            xMarkers.add(launch);
            bounds.add(launch);
        }
        List<YMarker> yMarkers = new ArrayList<>();
        if (series.targetPct() != null) {
            if (rate) {
                yMarkers.add(new YMarker(series.targetPct(), in.getTranslation("chart.target", series.targetPct()), TARGET_COLOUR));
            }
            if (series.targetDate() != null && (chosenDates == null || chosenDates.contains(series.targetDate()))) {
                String label = in.getTranslation("chart.targetDate", DisplayFormats.date(series.targetDate(), locale));
                XMarker target = new XMarker(millis(series.targetDate()), label, label, TARGET_COLOUR, true);
                xMarkers.add(target);
                bounds.add(target);
            }
        }
        for (EventMark event : series.events()) {
            XMarker marker = eventMarker(event);
            xMarkers.add(marker);
            if (!planned(event)) {
                bounds.add(marker);
            }
        }
        Long xMin = xRange(ends, bounds, true);
        Long xMax = xRange(ends, bounds, false);
        xMarkers.removeIf(marker -> xMax != null && (marker.x() > xMax || marker.x() < xMin));
        return new ChartOptions(language(), drawn,
                rate ? ValueFormat.PERCENT : ValueFormat.INTEGER, 0.0,
                rate ? yMax(series.activeUsers(), Math.max(highest, series.targetPct() == null ? 0 : series.targetPct())) : null,
                xMin, xMax, null,
                xMarkers, yMarkers, colours, height, false,
                in.getTranslation("chart.activation.description", series.organisation(), summary(series)),
                fileName(series, "activation"), XAxisKind.DATETIME, "", false);
    }

    /** The band, then the dashed curve; each point's tooltip says it is projected, with its band. */
    private List<ChartSeries> projectionSeries(Projection.Drawn projection) {
        List<ChartPoint> band = new ArrayList<>();
        List<ChartPoint> curve = new ArrayList<>();
        for (ProjectedPoint point : projection.points()) {
            // The first point is the last measurement, where the dashed curve starts: said as measured.
            boolean measured = band.isEmpty();
            String when = DisplayFormats.date(PartialDate.ofMonth(point.day().getYear(), point.day().getMonthValue()), locale)
                    + " · " + in.getTranslation(measured ? "forecast.measured" : "forecast.projected");
            String what = measured ? percent(point.ratePct()) : in.getTranslation("forecast.tip.projected", percent(point.ratePct()),
                    percent(point.lowPct()), percent(point.highPct()));
            band.add(ChartPoint.band(millis(point.day()), point.lowPct(), point.highPct(), when, what));
            curve.add(new ChartPoint(millis(point.day()), point.ratePct(), when, what, "", false));
        }
        return List.of(new ChartSeries(in.getTranslation("forecast.series.band"), band, SeriesStyle.BAND),
                new ChartSeries(in.getTranslation("forecast.series.projection"), curve, SeriesStyle.DASHED));
    }

    private String percent(double pct) {
        return DisplayFormats.percent(java.math.BigDecimal.valueOf(pct), locale);
    }

    /**
     * The chart's gist in one line: the last figure, when it was measured, how many events. Shown under the chart's
     * title and part of its accessible name, so a screen reader user gets what a sighted user reads off the curve.
     */
    String summary(ActivationSeries series) {
        if (series.activeUsers().isEmpty()) {
            return in.getTranslation("chart.summary.noMeasurement", series.events().size());
        }
        SeriesPoint last = series.activeUsers().getLast();
        String figure = last.ratePct() != null ? DisplayFormats.percent(last.ratePct(), locale)
                : DisplayFormats.number(last.value(), locale);
        return in.getTranslation("chart.summary", figure, DisplayFormats.date(last.date(), locale), series.events().size());
    }

    /** Countries reached as a share of the countries where the organisation works. */
    ChartOptions reach(ActivationSeries series, int height) {
        List<ChartPoint> points = points(series.countriesReached(), true, point -> in.getTranslation("chart.tip.countries",
                DisplayFormats.number(point.value(), locale), DisplayFormats.number(series.countriesPresent(), locale),
                DisplayFormats.percent(point.ratePct(), locale)));
        return new ChartOptions(language(), List.of(new ChartSeries(in.getTranslation("chart.series.reach"), points)),
                ValueFormat.PERCENT, 0.0, 100.0, null, null, null, List.of(), List.of(), List.of(ChartOptions.COLOUR_BLIND_SAFE.get(2)), height, false,
                in.getTranslation("chart.reach.description", series.organisation(), points.size()),
                fileName(series, "reach"), XAxisKind.DATETIME, "", false);
    }

    /** A small activation curve without axes, for the dashboard. */
    ChartOptions sparkline(ActivationSeries series) {
        List<ChartPoint> points = points(series.activeUsers(), true, point -> DisplayFormats.percent(point.ratePct(), locale));
        return new ChartOptions(language(), List.of(new ChartSeries(in.getTranslation("chart.series.rate"), points)),
                ValueFormat.PERCENT, 0.0, null, null, null, null, List.of(), List.of(), ChartOptions.COLOUR_BLIND_SAFE, 60, true,
                in.getTranslation("chart.activation.description", series.organisation(), summary(series)),
                fileName(series, "sparkline"), XAxisKind.DATETIME, "", false);
    }

    private List<ChartPoint> points(List<SeriesPoint> points, boolean rate, Function<SeriesPoint, String> valueText) {
        // A dense series (daily data) sends bare exact points: the browser writes their tooltips, which
        // keeps a thousand points within the payload budget. Approximate points always keep their labels.
        boolean dense = points.size() > DENSE_SERIES;
        return points.stream()
                .filter(point -> !rate || point.ratePct() != null)
                .map(point -> {
                    double y = rate ? point.ratePct().doubleValue() : point.value();
                    return dense && !point.approximate() ? ChartPoint.bare(millis(point.plottedOn()), y)
                            : new ChartPoint(millis(point.plottedOn()), y, dateLabel(point), valueText.apply(point),
                                    source(point), point.approximate());
                })
                .toList();
    }

    private String dateLabel(SeriesPoint point) {
        String date = DisplayFormats.date(point.date(), locale);
        return point.approximate() ? in.getTranslation("chart.approximate", date) : date;
    }

    private String source(SeriesPoint point) {
        return point.source() == null ? "" : in.getTranslation("chart.tip.source", point.source());
    }

    /** A planned event is said so in its label and drawn dashed. */
    boolean planned(EventMark event) {
        return RolloutCalendar.planned(event.date(), today);
    }

    /** Its title on the chart; date, kind and note on hover. Placed as measurements are: mid-period. */
    private XMarker eventMarker(EventMark event) {
        String kind = in.getTranslation("eventKind." + event.kind().name());
        boolean planned = planned(event);
        String title = planned ? in.getTranslation("chart.planned", event.title()) : event.title();
        String detail = DisplayFormats.date(event.date(), locale) + " · " + kind + " · "
                + DeploymentLabels.eventDetails(title, event.note());
        return new XMarker(millis(event.plottedOn()), title, detail, EVENT_COLOUR, planned);
    }

    /** The axis spans the points and the markers, with a fortnight's margin, so no event falls off the chart. */
    private static @Nullable Long xRange(List<ChartPoint> points, List<XMarker> markers, boolean first) {
        var xs = java.util.stream.Stream.concat(points.stream().map(ChartPoint::x), markers.stream().map(XMarker::x))
                .mapToLong(Long::longValue);
        var bound = first ? xs.min() : xs.max();
        long margin = java.time.Duration.ofDays(15).toMillis();
        return bound.isPresent() ? Long.valueOf(bound.getAsLong() + (first ? -margin : margin)) : null;
    }

    private static double yMax(List<SeriesPoint> points, double atLeast) {
        double highest = points.stream().filter(p -> p.ratePct() != null).mapToDouble(p -> p.ratePct().doubleValue()).max().orElse(0);
        highest = Math.max(highest, atLeast);
        // Headroom above the highest point, in steps of ten points, never past 100 %.
        return Math.min(100, Math.ceil((highest + 5) / 10) * 10);
    }

    private String language() {
        return BundleTranslations.supported(locale).getLanguage();
    }

    /** "essor-activation-air-france-klm-cargo": the same name part as the deployment's exports. */
    static String fileName(ActivationSeries series, String kind) {
        return "essor-" + kind + "-" + FileNames.slug(series.organisation());
    }

    static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
