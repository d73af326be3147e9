package fr.essor.rollout.ui;

import com.vaadin.flow.component.Component;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.rollout.TimelineRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A measurement in one line: "33 000 utilisateurs actifs · 12 pays atteints", then its note. */
final class MeasurementText {

    private MeasurementText() {
    }

    static String of(TimelineRow.MeasurementRow measurement, Component in, Locale locale) {
        List<String> parts = new ArrayList<>();
        addFigure(parts, in, locale, "measurement.text.activeUsers", measurement.activeUsers());
        addFigure(parts, in, locale, "measurement.text.registeredUsers", measurement.registeredUsers());
        addFigure(parts, in, locale, "measurement.text.countriesReached", measurement.countriesReached());
        addFigure(parts, in, locale, "measurement.text.professionalGroups", measurement.professionalGroups());
        addFigure(parts, in, locale, "measurement.text.personalGroups", measurement.personalGroups());
        String figures = String.join(" · ", parts);
        String note = measurement.note();
        return note == null || note.isBlank() ? figures : figures + " — " + note;
    }

    private static void addFigure(List<String> parts, Component in, Locale locale, String key, @Nullable Integer value) {
        if (value != null) {
            parts.add(in.getTranslation(key, DisplayFormats.number(value, locale)));
        }
    }
}
