package fr.essor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.base.domain.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    @Test
    void a_date_is_shown_only_as_precisely_as_it_is_known() {
        assertThat(DisplayFormats.date(PartialDate.ofYear(2012), Locale.FRENCH)).isEqualTo("2012");
        assertThat(DisplayFormats.date(PartialDate.ofMonth(2010, 12), Locale.FRENCH)).isEqualTo("décembre 2010");
        assertThat(DisplayFormats.date(PartialDate.ofMonth(2010, 12), Locale.ENGLISH)).isEqualTo("December 2010");
        assertThat(DisplayFormats.date(PartialDate.ofDay(LocalDate.of(2011, 6, 5)), Locale.FRENCH)).isEqualTo("5 juin 2011");
        assertThat(DisplayFormats.date(PartialDate.ofDay(LocalDate.of(2011, 6, 5)), Locale.ENGLISH)).isEqualTo("June 5, 2011");
    }

    @Test
    void the_first_of_the_month_is_an_ordinal_in_french() {
        assertThat(DisplayFormats.date(LocalDate.of(2026, 4, 1), Locale.FRENCH)).isEqualTo("1er avril 2026");
        assertThat(DisplayFormats.date(LocalDate.of(2026, 4, 11), Locale.FRENCH)).isEqualTo("11 avril 2026");
        assertThat(DisplayFormats.date(LocalDate.of(2026, 4, 1), Locale.ENGLISH)).isEqualTo("April 1, 2026");
    }

    @Test
    void numbers_and_rates_follow_the_locale() {
        assertThat(DisplayFormats.number(170_000, Locale.ENGLISH)).isEqualTo("170,000");
        assertThat(DisplayFormats.number(170_000, Locale.FRENCH)).isEqualTo("170\u202F000");
        assertThat(DisplayFormats.percent(new BigDecimal("19.4"), Locale.ENGLISH)).isEqualTo("19.4%");
        assertThat(DisplayFormats.percent(new BigDecimal("19.4"), Locale.FRENCH)).isEqualTo("19,4\u00A0%");
        assertThat(DisplayFormats.decimal(new BigDecimal("9.4"), Locale.FRENCH)).isEqualTo("9,4");
        assertThat(DisplayFormats.decimal(new BigDecimal("9.4"), Locale.ENGLISH)).isEqualTo("9.4");
        assertThat(DisplayFormats.number(3_000_000_000L, Locale.ENGLISH)).isEqualTo("3,000,000,000");
    }
}
