package fr.essor.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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

    @Test
    void the_file_is_utf_8_with_a_byte_order_mark_so_spreadsheets_read_accents() {
        byte[] bytes = CsvWriter.forLanguageOf(Locale.FRENCH).row("Groupe Démo").bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("\"Groupe Démo\"\r\n");
    }
}
