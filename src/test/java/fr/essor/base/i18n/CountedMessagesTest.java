package fr.essor.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Messages with a count read right at one and at many, in both languages ("1 lignes importées" was seen). */
class CountedMessagesTest {

    private final BundleTranslations bundles = new BundleTranslations();

    @Test
    void an_import_of_one_line_says_one_line() {
        assertThat(bundles.getTranslation("import.done", Locale.FRENCH, 1, "a.csv")).isEqualTo("1 ligne importée de a.csv.");
        assertThat(bundles.getTranslation("import.done", Locale.FRENCH, 1500, "a.csv")).isEqualTo("1\u202F500 lignes importées de a.csv.");
        assertThat(bundles.getTranslation("import.done", Locale.ENGLISH, 1, "a.csv")).isEqualTo("1 line imported from a.csv.");
        assertThat(bundles.getTranslation("import.done", Locale.ENGLISH, 2, "a.csv")).isEqualTo("2 lines imported from a.csv.");
    }

    @Test
    void an_undo_refused_for_one_edited_row_says_one_row() {
        assertThat(bundles.getTranslation("import.undo.edited", Locale.FRENCH, 1)).startsWith("1 ligne de cet import a été modifiée depuis");
        assertThat(bundles.getTranslation("import.undo.edited", Locale.ENGLISH, 3)).startsWith("3 rows of this import were edited since");
    }
}
