package fr.essor.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.essor.base.ui.DeleteConfirmation;
import fr.essor.security.CurrentUser;
import fr.essor.user.service.AccountDetails;
import fr.essor.user.service.UserAdministration;

/**
 * An account's ways in, for its row on the admins' page: reset its password (a one-time one, its sessions end and
 * its API tokens are revoked) or revoke its API tokens alone. Each asks first, the focus on Cancel.
 */
class AccessActions extends HorizontalLayout {

    private final Button resetPassword = new Button();
    private final Button revokeTokens = new Button();
    private final UserAdministration administration;
    private final AccountDetails account;
    private final long id;

    AccessActions(UserAdministration administration, AccountDetails account) {
        this.administration = administration;
        this.account = account;
        this.id = account.getId() == null ? -1 : account.getId();
        setSpacing(false);
        setPadding(false);
        resetPassword.setText(getTranslation("admin.resetPassword"));
        revokeTokens.setText(getTranslation("admin.revokeTokens"));
        for (Button button : new Button[] {resetPassword, revokeTokens}) {
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            // A click on the button is not also a click on the row, which opens the account's form.
            button.getElement().addEventListener("click", ignored -> { }).stopPropagation();
            add(button);
        }
        // One's own password is changed on one's account page, proving the current one.
        resetPassword.setVisible(CurrentUser.id().filter(acting -> acting == id).isEmpty());
        resetPassword.addClickListener(click -> confirmReset());
        revokeTokens.addClickListener(click -> confirmRevoke());
    }

    private void confirmReset() {
        DeleteConfirmation confirmation = new DeleteConfirmation(
                getTranslation("admin.resetPassword.confirm.title", account.getUsername()),
                getTranslation("admin.resetPassword.confirm.text", account.getUsername(), administration.apiTokenCountOf(id)));
        confirmation.setConfirmText(getTranslation("admin.resetPassword"));
        confirmation.addConfirmListener(confirmed ->
                new OneTimePasswordDialog(account.getUsername(), administration.resetPassword(id)).open());
        confirmation.open();
    }

    private void confirmRevoke() {
        DeleteConfirmation confirmation = new DeleteConfirmation(
                getTranslation("admin.revokeTokens.confirm.title", account.getUsername()),
                getTranslation("admin.revokeTokens.confirm.text", administration.apiTokenCountOf(id)));
        confirmation.setConfirmText(getTranslation("admin.revokeTokens"));
        confirmation.addConfirmListener(confirmed ->
                Notification.show(getTranslation("admin.revokeTokens.done", administration.revokeApiTokensOf(id))));
        confirmation.open();
    }
}
