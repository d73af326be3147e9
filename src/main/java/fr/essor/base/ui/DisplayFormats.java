package fr.essor.base.ui;

import fr.essor.base.domain.PartialDate;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers, percentages and dates as the user's locale writes them ("170 000" in French, "170,000" in English). */
public final class DisplayFormats {

    private DisplayFormats() {
    }

    /** Country names come from the JDK's locale data, in the user's language. */
    public static String country(String isoCode, Locale locale) {
        return Locale.of("", isoCode).getDisplayCountry(locale);
    }

    public static String number(@Nullable Integer value, Locale locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A decimal with one digit after the separator: "9,4" in French, "9.4" in English. */
    public static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A whole percentage, for rounded figures such as a projection's ceiling: "80 %" in French, "80%" in English. */
    public static String wholePercent(long percent, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
    }

    public static String percent(@Nullable BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent.movePointLeft(2));
    }

    /** "5 décembre 2010", "1er avril 2026" (French writes the first of the month as an ordinal), "April 1, 2026". */
    public static String date(@Nullable LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String written = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return locale.getLanguage().equals("fr") && date.getDayOfMonth() == 1 && written.startsWith("1 ")
                ? "1er " + written.substring(2) : written;
    }

    /** A date only as precisely as it is known: "2012", "décembre 2010", "5 décembre 2010". */
    public static String date(@Nullable PartialDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> date.start().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            case DAY -> date(date.start(), locale);
        };
    }
}
