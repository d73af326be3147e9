package fr.essor.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @Test
    void a_french_export_has_semicolons_and_decimal_commas_and_plain_numbers() {
        String csv = CsvWriter.forLanguageOf(Locale.FRENCH)
                .row("Date", "Utilisateurs actifs", "Taux d’activation (%)")
                .row(LocalDate.of(2012, 1, 1), 170000, new BigDecimal("19.4")).text();

        assertThat(csv).isEqualTo("\"Date\";\"Utilisateurs actifs\";\"Taux d’activation (%)\"\r\n2012-01-01;170000;19,4\r\n");
    }

    @Test
    void an_english_export_has_commas_and_decimal_points() {
        String csv = CsvWriter.forLanguageOf(Locale.ENGLISH).row(LocalDate.of(2012, 1, 1), 170000, new BigDecimal("19.4"), null).text();

        assertThat(csv).isEqualTo("2012-01-01,170000,19.4,\r\n");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        String csv = CsvWriter.forLanguageOf(Locale.ENGLISH)
                .row("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Plain, text").text();

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tTab\",\"'\rCR\",\"Plain, text\"\r\n");
    }

    /** Each case as written, then as it must reach the file: in French and in English alike. */
    private static final String[][] HIDDEN_FORMULAS = {
            {"x;=1+1;y", "\"x;'=1+1;y\""},
            {"x,=1+1,y", "\"x,'=1+1,y\""},
            {"=HYPERLINK(\"http://evil.example\";\"ok\")", "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"ok\"\")\""},
            {"a,@SUM(1)", "\"a,'@SUM(1)\""},
            {"-2+3", "\"'-2+3\""},
            {"a|+1", "\"a|'+1\""},
            {"a; =1", "\"a;' =1\""},
            {"a;\"=1\"", "\"a;'\"\"=1\"\"\""},
            {"a\t=1", "\"a\t'=1\""},
            {"\t=1", "\"'\t'=1\""},
            {"first line\n=1+1", "\"first line\n'=1+1\""},
            {"first line\r\n@SUM(1)", "\"first line\r\n'@SUM(1)\""},
            {"Paris, Lyon; Nantes | a-b=c", "\"Paris, Lyon; Nantes | a-b=c\""},
    };

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void a_formula_hidden_after_any_separator_or_line_break_is_neutralised_where_it_would_start(String language) {
        CsvWriter csv = CsvWriter.forLanguageOf(Locale.of(language));
        for (String[] hidden : HIDDEN_FORMULAS) {
            csv.row(hidden[0]);
        }

        String[] expected = Arrays.stream(HIDDEN_FORMULAS).map(hidden -> hidden[1] + "\r\n").toArray(String[]::new);
        assertThat(csv.text()).isEqualTo(String.join("", expected));
    }

    @Test
    void negative_numbers_essor_formats_stay_plain_numbers_in_both_languages() {
        assertThat(CsvWriter.forLanguageOf(Locale.FRENCH).row(-3, -4L, new BigDecimal("-2.5"), "-2.5").text())
                .isEqualTo("-3;-4;-2,5;\"'-2.5\"\r\n");
        assertThat(CsvWriter.forLanguageOf(Locale.ENGLISH).row(-3, -4L, new BigDecimal("-2.5"), "-2.5").text())
                .isEqualTo("-3,-4,-2.5,\"'-2.5\"\r\n");
    }

    @Test
    void the_file_is_utf_8_with_a_byte_order_mark_so_spreadsheets_read_accents() {
        byte[] bytes = CsvWriter.forLanguageOf(Locale.FRENCH).row("Groupe Démo").bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("\"Groupe Démo\"\r\n");
    }
}
