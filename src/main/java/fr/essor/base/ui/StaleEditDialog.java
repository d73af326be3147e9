package fr.essor.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Tells the user that someone else saved first, so their change was not saved, and offers to reload
 * what is stored now. Never a silent overwrite.
 */
public final class StaleEditDialog extends ConfirmDialog {

    public StaleEditDialog(Runnable reload) {
        this("stale.text", reload);
    }

    /** @param textKey the explanation's key: a form left open says that what was typed is still there */
    public StaleEditDialog(String textKey, Runnable reload) {
        setHeader(getTranslation("stale.title"));
        setText(getTranslation(textKey));
        setConfirmText(getTranslation("stale.reload"));
        setCancelable(true);
        setCancelText(getTranslation("action.close"));
        addConfirmListener(event -> reload.run());
    }
}
