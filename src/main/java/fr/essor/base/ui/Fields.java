package fr.essor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text inputs that share Essor's messages. No maxlength attribute: the browser would silently cut what
 * was pasted past it. The entity's length limit is checked on save and said next to the field instead.
 */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String labelKey) {
        TextField field = new TextField(translate(labelKey));
        field.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(translate("validation.required")));
        return field;
    }

    public static TextArea area(String labelKey) {
        return new TextArea(translate(labelKey));
    }

    /** A whole-number input; its text is read by {@link WholeNumberConverter}. */
    public static TextField number(String labelKey) {
        // No character filter: a stray letter gets a message from the converter instead of vanishing unseen.
        return new TextField(translate(labelKey));
    }

    /**
     * A date input that says what it expected when what was typed is not a date (without it, Vaadin only
     * turns the field red and the form does not save, with no word why).
     */
    public static DatePicker date() {
        DatePicker picker = new DatePicker();
        picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(translate("validation.date.unreadable")));
        return picker;
    }

    public static DatePicker date(String labelKey) {
        DatePicker picker = date();
        picker.setLabel(translate(labelKey));
        return picker;
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
