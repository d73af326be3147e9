package fr.essor.activation.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static SeriesPoint at(LocalDate day, String ratePct) {
        return new SeriesPoint(PartialDate.ofDay(day), 0, new BigDecimal(ratePct), null);
    }

    @Test
    void growth_is_measured_from_the_last_point_at_least_three_months_old() {
        List<SeriesPoint> monthly = List.of(at(LocalDate.of(2026, 7, 31), "37.7"), at(LocalDate.of(2026, 8, 31), "38.4"),
                at(LocalDate.of(2026, 9, 30), "43.7"), at(LocalDate.of(2026, 10, 31), "47.1"));

        DashboardService.RecentGain gain = DashboardService.recentGain(monthly, TODAY);
        assertThat(gain.points()).isEqualByComparingTo("9.4");
        assertThat(gain.since()).isEqualTo(PartialDate.ofDay(LocalDate.of(2026, 7, 31)));
    }

    @Test
    void a_gain_counted_from_a_measurement_more_than_six_months_old_is_not_a_recent_progression() {
        List<SeriesPoint> yearly = List.of(at(LocalDate.of(2025, 10, 31), "45.0"), at(LocalDate.of(2026, 11, 20), "99.9"));
        List<SeriesPoint> quarterly = List.of(at(LocalDate.of(2026, 5, 31), "40.0"), at(LocalDate.of(2026, 11, 20), "48.0"));

        assertThat(DashboardService.recentGain(yearly, TODAY)).isNull();
        assertThat(DashboardService.recentGain(quarterly, TODAY).points()).isEqualByComparingTo("8.0");
    }

    @Test
    void a_deployment_without_recent_measurements_has_no_growth_over_the_last_three_months() {
        List<SeriesPoint> published = List.of(new SeriesPoint(PartialDate.ofYear(2012), 33_000, new BigDecimal("19.4"), null));

        assertThat(DashboardService.recentGain(published, TODAY)).isNull();
    }

    @Test
    void the_median_of_the_reference_cases_rates() {
        List<BigDecimal> rates = List.of(new BigDecimal("19.4"), new BigDecimal("24.6"), new BigDecimal("50.0"));

        assertThat(DashboardService.median(rates)).isEqualByComparingTo("24.6");
        assertThat(DashboardService.median(List.of(new BigDecimal("19.4"), new BigDecimal("24.6")))).isEqualByComparingTo("22.0");
        assertThat(DashboardService.median(List.of())).isNull();
    }
}
