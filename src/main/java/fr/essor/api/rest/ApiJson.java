package fr.essor.api.rest;

import fr.essor.activation.service.ActivationSeries;
import fr.essor.activation.service.EventMark;
import fr.essor.activation.service.SeriesPoint;
import fr.essor.base.domain.PartialDate;
import fr.essor.deployment.domain.DeploymentSummary;
import fr.essor.deployment.domain.Platform;
import fr.essor.milestone.domain.EventKind;
import fr.essor.milestone.domain.Measurement;
import fr.essor.milestone.domain.RolloutEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the API answers, as plain records: dates known to the year or month stay so ("2012", "2012-06");
 * "plottedOn" is where the chart draws them (the middle of the period).
 */
final class ApiJson {

    private ApiJson() {
    }

    record DeploymentItem(long id, String organisation, @Nullable Platform platform, @Nullable String platformName,
                          @Nullable String launch, int headcount, @Nullable Integer countriesPresent, boolean referenceCase,
                          boolean demo, @Nullable Integer latestActiveUsers, @Nullable Integer latestCountriesReached) {

        static DeploymentItem of(DeploymentSummary summary) {
            return new DeploymentItem(summary.id(), summary.organisation(), summary.platform(), summary.platformName(),
                    iso(summary.launch()), summary.headcount(), summary.countriesPresent(), summary.referenceCase(),
                    summary.demo(), summary.latestActiveUsers(), summary.latestCountriesReached());
        }
    }

    record Point(String date, LocalDate plottedOn, int value, @Nullable BigDecimal ratePct, @Nullable String source) {
        static Point of(SeriesPoint point) {
            return new Point(point.date().iso(), point.plottedOn(), point.value(), point.ratePct(), point.source());
        }
    }

    record Mark(String date, EventKind kind, String title, @Nullable String note) {
        static Mark of(EventMark mark) {
            return new Mark(mark.date().iso(), mark.kind(), mark.title(), mark.note());
        }
    }

    record Series(String organisation, int headcount, @Nullable Integer countriesPresent, @Nullable String launch,
                  @Nullable Integer targetPct, @Nullable LocalDate targetDate, String bucketing,
                  List<Point> activeUsers, List<Point> countriesReached, List<Mark> events) {
        static Series of(ActivationSeries series) {
            return new Series(series.organisation(), series.headcount(), series.countriesPresent(), iso(series.launch()),
                    series.targetPct(), series.targetDate(), series.bucketing().name(),
                    series.activeUsers().stream().map(Point::of).toList(),
                    series.countriesReached().stream().map(Point::of).toList(),
                    series.events().stream().map(Mark::of).toList());
        }
    }

    record MeasurementItem(long id, String date, @Nullable String countryCode, @Nullable Integer activeUsers,
                           @Nullable Integer registeredUsers, @Nullable Integer countriesReached,
                           @Nullable Integer professionalGroups, @Nullable Integer personalGroups,
                           @Nullable String source, @Nullable String note) {
        static MeasurementItem of(Measurement measurement) {
            return new MeasurementItem(measurement.getId(), iso(measurement.getDate()), measurement.getCountryCode(),
                    measurement.getActiveUsers(), measurement.getRegisteredUsers(), measurement.getCountriesReached(),
                    measurement.getProfessionalGroups(), measurement.getPersonalGroups(), measurement.getSource(),
                    measurement.getNote());
        }
    }

    record EventItem(long id, String date, @Nullable EventKind kind, String title, @Nullable String note) {
        static EventItem of(RolloutEvent event) {
            return new EventItem(event.getId(), iso(event.getDate()), event.getKind(), event.getTitle(), event.getNote());
        }
    }

    record Milestones(List<MeasurementItem> measurements, List<EventItem> events) {
    }

    record BatchResult(int saved, List<MeasurementItem> measurements) {
    }

    record Imported(long id) {
    }

    private static @Nullable String iso(@Nullable PartialDate date) {
        return date == null ? null : date.iso();
    }
}
