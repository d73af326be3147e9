package fr.essor.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new account's generated password to the admin, once: it is stored only hashed, so closing this
 * dialog is the last chance to read it. The user must replace it at first sign-in.
 */
class OneTimePasswordDialog extends Dialog {

    private final TextField password = new TextField();

    OneTimePasswordDialog(String username, String oneTimePassword) {
        setHeaderTitle(getTranslation("admin.oneTime.title"));
        // Text, never markup: the user name is input too.
        Paragraph explanation = new Paragraph(getTranslation("admin.oneTime.text", username));
        password.setLabel(getTranslation("admin.oneTime.password"));
        password.setValue(oneTimePassword);
        password.setReadOnly(true);
        password.setWidthFull();
        add(explanation, password);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        setWidth("min(32rem, 100vw)");
    }
}
