package fr.essor.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void a_date_known_to_the_year_covers_the_whole_year() {
        PartialDate year = PartialDate.ofYear(2012);

        assertThat(year.start()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2012, 12, 31));
    }

    @Test
    void a_date_known_to_the_month_covers_the_month_leap_years_included() {
        assertThat(PartialDate.ofMonth(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.ofMonth(2010, 12).end()).isEqualTo(LocalDate.of(2010, 12, 31));
    }

    @Test
    void a_day_given_with_a_coarser_precision_is_cut_to_the_start_of_its_period() {
        PartialDate month = new PartialDate(LocalDate.of(2011, 6, 17), DatePrecision.MONTH);

        assertThat(month).isEqualTo(PartialDate.ofMonth(2011, 6));
    }

    @Test
    void dates_sort_by_start_then_coarser_first() {
        assertThat(PartialDate.ofYear(2012)).isLessThan(PartialDate.ofMonth(2012, 1));
        assertThat(PartialDate.ofMonth(2011, 7)).isLessThan(PartialDate.ofYear(2012));
    }

    @Test
    void months_are_counted_from_the_launch_month_and_from_mid_year_for_a_launch_known_only_to_the_year() {
        java.time.LocalDate mid2025 = java.time.LocalDate.of(2025, 7, 15);
        assertThat(PartialDate.ofMonth(2010, 12).wholeMonthsUntil(java.time.LocalDate.of(2012, 7, 1))).isEqualTo(19);
        assertThat(PartialDate.ofDay(java.time.LocalDate.of(2022, 3, 31)).wholeMonthsUntil(java.time.LocalDate.of(2022, 3, 1))).isZero();
        // A figure dated "2025" sits mid-2025 on the chart; a launch dated "2022" sits mid-2022: 36 months, not 42.
        assertThat(PartialDate.ofYear(2022).wholeMonthsUntil(PartialDate.ofYear(2025).middle())).isEqualTo(36);
        assertThat(PartialDate.ofYear(2022).wholeMonthsUntil(mid2025)).isEqualTo(36);
    }
}
