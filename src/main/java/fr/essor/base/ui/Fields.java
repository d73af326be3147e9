package fr.essor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text inputs that share Essor's limits and messages: the maximum length comes from the entity, and
 * going past it says so next to the field instead of silently cutting what was pasted.
 */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(translate(labelKey));
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(translate("validation.tooLong", maxLength))
                .setRequiredErrorMessage(translate("validation.required")));
        return field;
    }

    public static TextArea area(String labelKey, int maxLength) {
        TextArea area = new TextArea(translate(labelKey));
        area.setMaxLength(maxLength);
        area.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(translate("validation.tooLong", maxLength)));
        return area;
    }

    /** A whole-number input; its text is read by {@link WholeNumberConverter}. */
    public static TextField number(String labelKey) {
        // No character filter: a stray letter gets a message from the converter instead of vanishing unseen.
        return new TextField(translate(labelKey));
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
