package fr.essor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Delete this for good?": the focus starts on Cancel, so a reflexive Enter or Space keeps the data.
 * The caller adds the confirm listener.
 */
public final class DeleteConfirmation extends ConfirmDialog {

    final Button cancel;

    public DeleteConfirmation(String header, String text) {
        setHeader(header);
        setText(text);
        cancel = new Button(UI.getCurrent().getTranslation("action.cancel"), click -> close());
        cancel.setAutofocus(true);
        setCancelable(true);
        setCancelButton(cancel);
        setConfirmText(UI.getCurrent().getTranslation("action.delete"));
        setConfirmButtonTheme("error primary");
    }

    /** The button holding the focus when the dialog opens. */
    public Button cancelButton() {
        return cancel;
    }
}
