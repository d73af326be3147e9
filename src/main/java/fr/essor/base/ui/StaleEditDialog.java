package fr.essor.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Tells the user that someone else saved first, so their change was not saved, and offers to reload
 * what is stored now. Never a silent overwrite.
 */
public final class StaleEditDialog extends ConfirmDialog {

    public StaleEditDialog(Runnable reload) {
        setHeader(getTranslation("stale.title"));
        setText(getTranslation("stale.text"));
        setConfirmText(getTranslation("stale.reload"));
        setCancelable(true);
        setCancelText(getTranslation("action.close"));
        addConfirmListener(event -> reload.run());
    }
}
