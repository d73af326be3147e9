package fr.essor.rollout.ui;

import com.vaadin.flow.component.Component;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.rollout.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A measurement in one line: "33 000 utilisateurs actifs · 12 pays atteints", then its note. */
final class MeasurementText {

    private MeasurementText() {
    }

    static String of(Measurement measurement, Component in, Locale locale) {
        List<String> parts = new ArrayList<>();
        addFigure(parts, in, locale, "measurement.text.activeUsers", measurement.getActiveUsers());
        addFigure(parts, in, locale, "measurement.text.registeredUsers", measurement.getRegisteredUsers());
        addFigure(parts, in, locale, "measurement.text.countriesReached", measurement.getCountriesReached());
        addFigure(parts, in, locale, "measurement.text.professionalGroups", measurement.getProfessionalGroups());
        addFigure(parts, in, locale, "measurement.text.personalGroups", measurement.getPersonalGroups());
        String figures = String.join(" · ", parts);
        String note = measurement.getNote();
        return note == null || note.isBlank() ? figures : figures + " — " + note;
    }

    private static void addFigure(List<String> parts, Component in, Locale locale, String key, @Nullable Integer value) {
        if (value != null) {
            parts.add(in.getTranslation(key, DisplayFormats.number(value, locale)));
        }
    }
}
