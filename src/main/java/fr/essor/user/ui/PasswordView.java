package fr.essor.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.essor.user.service.ApiTokens;
import fr.essor.user.service.PasswordChange;
import fr.essor.user.service.UserAccounts;
import jakarta.annotation.security.PermitAll;

/**
 * Changes one's own password; the only page open to someone who still has a one-time password. Reached from
 * the account page, which links here.
 */
@Route("password")
@PermitAll
class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Paragraph required = new Paragraph();
    /** Offered when the account has API tokens: made with the old password's session, they are other ways in. */
    private final Checkbox revokeTokens = new Checkbox();
    private final Button save = new Button();
    private final UserAccounts accounts;

    PasswordView(UserAccounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        int tokenCount = tokens.countMine();
        revokeTokens.setLabel(getTranslation("password.revokeTokens", tokenCount));
        revokeTokens.setValue(true);
        revokeTokens.setVisible(tokenCount > 0);
        current.setLabel(getTranslation("password.current"));
        replacement.setLabel(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rule", PasswordChange.MIN_LENGTH));
        confirmation.setLabel(getTranslation("password.confirm"));
        required.setText(getTranslation("password.required"));
        required.setVisible(accounts.passwordChangeRequired());
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        FormLayout form = new FormLayout(current, replacement, confirmation, revokeTokens);
        form.setMaxWidth("28em");
        add(new H1(getTranslation("password.title")), required, form, save);
    }

    private void save() {
        current.setInvalid(false);
        replacement.setInvalid(false);
        confirmation.setInvalid(false);
        if (!replacement.getValue().equals(confirmation.getValue())) {
            refuse(confirmation, "password.mismatch");
            return;
        }
        PasswordChange result = accounts.changeOwnPassword(current.getValue(), replacement.getValue(),
                revokeTokens.isVisible() && revokeTokens.getValue());
        switch (result) {
            case CURRENT_WRONG -> refuse(current, result.messageKey());
            case TOO_SHORT, TOO_LONG, SAME_AS_CURRENT, COMMON, REPEATED, NAME_BASED -> refuse(replacement, result.messageKey());
            case DONE -> {
                // Other sessions signed in with the old password end at their next request; this one goes on.
                AccountStandingFilter.passwordChangedHere(VaadinSession.getCurrent().getSession(), accounts.signedInPasswordStamp());
                Notification.show(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        }
    }

    private void refuse(PasswordField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey, PasswordChange.MIN_LENGTH, PasswordChange.MAX_LENGTH));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
