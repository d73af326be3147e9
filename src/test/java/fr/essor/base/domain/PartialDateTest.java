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
}
