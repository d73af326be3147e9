package fr.essor.csvimport.service;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Header names compared as people write them: case, accents, spaces and punctuation ignored. */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The first of the header's columns whose name is one of these, as the header spells it. */
    static Optional<String> find(List<String> header, List<String> names) {
        for (String wanted : names) {
            String key = normalised(wanted);
            for (String column : header) {
                if (normalised(column).equals(key)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /** A label in both languages, straight from the bundles (the service does not use Vaadin's provider). */
    static List<String> labels(String key) {
        return List.of(bundle(Locale.FRENCH).getString(key), bundle(Locale.ENGLISH).getString(key));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
