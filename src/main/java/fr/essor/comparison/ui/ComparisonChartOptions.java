package fr.essor.comparison.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.rollout.ui.DeploymentLabels;
import fr.essor.comparison.service.AlignedPoint;
import fr.essor.comparison.service.ComparedDeployment;
import fr.essor.comparison.service.AlignedEvent;
import fr.essor.activation.service.EventMark;
import fr.essor.component.apexchart.ChartOptions;
import fr.essor.component.apexchart.ChartPoint;
import fr.essor.component.apexchart.ChartSeries;
import fr.essor.component.apexchart.ValueFormat;
import fr.essor.component.apexchart.XAxisKind;
import fr.essor.component.apexchart.XMarker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.List;
import java.util.Locale;

/** The overlay of activation curves: on months since launch, or on the calendar. */
final class ComparisonChartOptions {

    private final Component in;
    private final Locale locale;

    ComparisonChartOptions(Component in, Locale locale) {
        this.in = in;
        this.locale = locale;
    }

    /**
     * Each curve in its colour, on whole months since launch, with every event of every deployment at
     * its month; a deployment without a launch date cannot be aligned and is left out.
     */
    ChartOptions aligned(List<ComparedDeployment> compared) {
        List<ChartSeries> series = new ArrayList<>();
        List<XMarker> markers = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        int colour = 0;
        for (ComparedDeployment d : compared) {
            String hue = ChartOptions.COLOUR_BLIND_SAFE.get(colour++ % ChartOptions.COLOUR_BLIND_SAFE.size());
            if (!d.launchKnown() || d.aligned().isEmpty()) {
                continue;
            }
            colours.add(hue);
            series.add(new ChartSeries(name(d), d.aligned().stream().map(this::point).toList()));
            for (AlignedEvent aligned : d.events()) {
                if (aligned.monthsSinceLaunch() != null) {
                    markers.add(marker(d, aligned.event(), aligned.monthsSinceLaunch(), hue));
                }
            }
        }
        IntSummaryStatistics months = java.util.stream.Stream.concat(
                series.stream().flatMap(s -> s.points().stream()).map(ChartPoint::x), markers.stream().map(XMarker::x))
                .mapToInt(Long::intValue).summaryStatistics();
        MonthAxis axis = months.getCount() == 0 ? MonthAxis.spanning(0, 11) : MonthAxis.spanning(months.getMin(), months.getMax());
        return new ChartOptions(language(), series, ValueFormat.PERCENT, 0.0, headroom(series), (long) axis.min(), (long) axis.max(),
                axis.tickAmount(), markers, List.of(),
                colours, 380, false, in.getTranslation("compare.chart.description", series.size()), "essor-comparison",
                XAxisKind.NUMBER, in.getTranslation("compare.chart.months"), true);
    }

    /** The same curves and events on the calendar, for rollouts of the same years. */
    ChartOptions calendar(List<ComparedDeployment> compared) {
        List<ChartSeries> series = new ArrayList<>();
        List<XMarker> markers = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        int colour = 0;
        for (ComparedDeployment d : compared) {
            String hue = ChartOptions.COLOUR_BLIND_SAFE.get(colour++ % ChartOptions.COLOUR_BLIND_SAFE.size());
            List<ChartPoint> points = d.monthly().activeUsers().stream().filter(p -> p.ratePct() != null)
                    .map(p -> new ChartPoint(millis(p.plottedOn()),
                            p.ratePct().doubleValue(), dateLabel(p), DisplayFormats.percent(p.ratePct(), locale), "", p.approximate()))
                    .toList();
            if (!points.isEmpty()) {
                colours.add(hue);
                series.add(new ChartSeries(name(d), points));
                d.events().forEach(aligned -> markers.add(marker(d, aligned.event(), millis(aligned.event().plottedOn()), hue)));
            }
        }
        // A margin on both sides, so the first and last points and their markers are drawn whole.
        LongSummaryStatistics xs = java.util.stream.Stream.concat(
                series.stream().flatMap(s -> s.points().stream()).map(ChartPoint::x), markers.stream().map(XMarker::x))
                .mapToLong(Long::longValue).summaryStatistics();
        long margin = Math.max(Duration.ofDays(31).toMillis(), (xs.getMax() - xs.getMin()) / 30);
        return new ChartOptions(language(), series, ValueFormat.PERCENT, 0.0, headroom(series),
                xs.getCount() == 0 ? null : xs.getMin() - margin, xs.getCount() == 0 ? null : xs.getMax() + margin, null,
                markers, List.of(),
                colours, 380, false, in.getTranslation("compare.chart.description", series.size()), "essor-comparison",
                XAxisKind.DATETIME, "", false);
    }

    /** An event's marker: its title on the chart; the deployment, kind, date and note on hover. */
    private XMarker marker(ComparedDeployment d, EventMark event, long x, String hue) {
        String detail = name(d) + " · " + in.getTranslation("eventKind." + event.kind().name()) + " · "
                + DisplayFormats.date(event.date(), locale) + " · " + event.title()
                + (event.note() == null || event.note().isBlank() ? "" : " — " + event.note());
        return new XMarker(x, event.title(), detail, hue, true);
    }

    /** Room above the highest point, in steps of ten points, so no point sits on the plot's top edge. */
    private static double headroom(List<ChartSeries> series) {
        double highest = series.stream().flatMap(s -> s.points().stream()).mapToDouble(ChartPoint::y).max().orElse(0);
        return Math.min(100, Math.ceil((highest + 5) / 10) * 10);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private ChartPoint point(AlignedPoint aligned) {
        SeriesPoint p = aligned.point();
        return new ChartPoint(aligned.monthsSinceLaunch(), p.ratePct().doubleValue(), dateLabel(p),
                DisplayFormats.percent(p.ratePct(), locale), "", p.approximate());
    }

    private String dateLabel(SeriesPoint point) {
        String date = DisplayFormats.date(point.date(), locale);
        return point.approximate() ? in.getTranslation("chart.approximate", date) : date;
    }

    private String name(ComparedDeployment d) {
        return DeploymentLabels.name(in, locale, d.organisation(), d.demo());
    }

    private String language() {
        return BundleTranslations.supported(locale).getLanguage();
    }
}
