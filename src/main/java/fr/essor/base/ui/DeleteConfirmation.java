package fr.essor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Delete this for good?": the focus starts on Cancel, so a reflexive Enter or Space keeps the data.
 * The caller adds the confirm listener.
 */
public final class DeleteConfirmation extends ConfirmDialog {

    private final Button cancel;

    public DeleteConfirmation(String header, String text) {
        setHeader(header);
        setText(text);
        cancel = new Button(UI.getCurrent().getTranslation("action.cancel"), click -> close());
        cancel.setAutofocus(true);
        // The confirm dialog focuses its own confirm button once it has opened, whatever autofocus says:
        // seen in Chromium, where a reflexive Enter deleted. Cancel takes the focus back after that.
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.getElement().executeJs("const button = this; requestAnimationFrame(() => requestAnimationFrame(() => button.focus()))");
            }
        });
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
