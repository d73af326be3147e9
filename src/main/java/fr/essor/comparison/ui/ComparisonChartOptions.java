package fr.essor.comparison.ui;

import com.vaadin.flow.component.Component;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.comparison.service.AlignedPoint;
import fr.essor.comparison.service.ComparedDeployment;
import fr.essor.comparison.service.GovernanceStep;
import fr.essor.component.apexchart.ChartOptions;
import fr.essor.component.apexchart.ChartPoint;
import fr.essor.component.apexchart.ChartSeries;
import fr.essor.component.apexchart.ValueFormat;
import fr.essor.component.apexchart.XAxisKind;
import fr.essor.component.apexchart.XMarker;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    /** Each curve in its colour; a deployment without a launch date cannot be aligned and is left out. */
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
            for (GovernanceStep step : d.governance().values()) {
                if (step.monthsSinceLaunch() != null) {
                    String kind = in.getTranslation("eventKind." + step.kind().name());
                    markers.add(new XMarker(step.monthsSinceLaunch(), kind,
                            name(d) + " · " + kind + " · " + DisplayFormats.date(step.date(), locale), hue, true));
                }
            }
        }
        // Month 0 is every launch: the axis starts there, so an early or late start shows as such.
        long lastMonth = series.stream().flatMap(s -> s.points().stream()).mapToLong(ChartPoint::x).max().orElse(12);
        long lastMarker = markers.stream().mapToLong(XMarker::x).max().orElse(0);
        long firstMarker = markers.stream().mapToLong(XMarker::x).min().orElse(0);
        return new ChartOptions(language(), series, ValueFormat.PERCENT, 0.0, null, Math.min(0L, firstMarker),
                Math.max(lastMonth, lastMarker) + 2, markers, List.of(),
                colours, 380, false, in.getTranslation("compare.chart.description", series.size()), "essor-comparison",
                XAxisKind.NUMBER, in.getTranslation("compare.chart.months"), true);
    }

    /** The same curves on the calendar, for rollouts of the same years. */
    ChartOptions calendar(List<ComparedDeployment> compared) {
        List<ChartSeries> series = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        int colour = 0;
        for (ComparedDeployment d : compared) {
            String hue = ChartOptions.COLOUR_BLIND_SAFE.get(colour++ % ChartOptions.COLOUR_BLIND_SAFE.size());
            List<ChartPoint> points = d.monthly().activeUsers().stream().filter(p -> p.ratePct() != null)
                    .map(p -> new ChartPoint(p.plottedOn().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                            p.ratePct().doubleValue(), dateLabel(p), DisplayFormats.percent(p.ratePct(), locale), "", p.approximate()))
                    .toList();
            if (!points.isEmpty()) {
                colours.add(hue);
                series.add(new ChartSeries(name(d), points));
            }
        }
        return new ChartOptions(language(), series, ValueFormat.PERCENT, 0.0, null, null, null, List.of(), List.of(),
                colours, 380, false, in.getTranslation("compare.chart.description", series.size()), "essor-comparison",
                XAxisKind.DATETIME, "", false);
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
        return d.demo() ? in.getTranslation("deployment.demoName", d.organisation()) : d.organisation();
    }

    private String language() {
        return BundleTranslations.supported(locale).getLanguage();
    }
}
