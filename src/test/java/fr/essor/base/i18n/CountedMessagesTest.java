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

    @Test
    void counts_of_events_and_measurements_agree_with_their_number_instead_of_writing_s_in_brackets() {
        assertThat(bundles.getTranslation("chart.summary.noMeasurement", Locale.FRENCH, 0)).isEqualTo("Aucune mesure ; aucun événement");
        assertThat(bundles.getTranslation("chart.summary.noMeasurement", Locale.FRENCH, 1)).isEqualTo("Aucune mesure ; 1 événement");
        assertThat(bundles.getTranslation("chart.summary.noMeasurement", Locale.ENGLISH, 7)).isEqualTo("No measurement; 7 events");
        assertThat(bundles.getTranslation("deployment.delete.text", Locale.FRENCH, "Acme", 12, 0))
                .isEqualTo("Le déploiement Acme sera supprimé avec ses 12 mesures et aucun événement. Cette action est définitive.");
        assertThat(bundles.getTranslation("deployment.delete.text", Locale.ENGLISH, "Acme", 1, 2))
                .isEqualTo("The deployment Acme will be deleted with its measurement and its 2 events. This cannot be undone.");
        assertThat(bundles.getTranslation("forecast.history", Locale.FRENCH, 2) + ", " + bundles.getTranslation("forecast.historySpan", Locale.FRENCH, 1))
                .isEqualTo("2 mois mesurés, à 1 mois d’écart");
        assertThat(bundles.getTranslation("forecast.history", Locale.FRENCH, 1)).isEqualTo("un seul mois mesuré");
        assertThat(bundles.getTranslation("forecast.historySpan", Locale.ENGLISH, 2)).isEqualTo("2 months apart");
    }
}
