package fr.essor.user.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.shell.LanguageChoice;
import fr.essor.base.ui.FactList;
import fr.essor.user.service.OwnAccount;
import fr.essor.user.service.UserAccounts;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * Everyone's own account: who they are to Essor, the language their pages open in (kept on the account,
 * so it follows them to any browser) and the way to the password change.
 */
@Route("account")
@PermitAll
@Menu(title = "account.menu", order = 9)
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final FactList facts = new FactList();
    private final Select<Locale> language = new Select<>();
    private final RouterLink changePassword = new RouterLink();

    AccountView(UserAccounts accounts) {
        OwnAccount account = accounts.ownAccount();
        // Text, never markup: the display name is user input.
        facts.add(getTranslation("admin.user.username"), account.username())
                .add(getTranslation("admin.user.displayName"), account.displayName())
                .add(getTranslation("admin.user.role"), getTranslation("admin.role." + account.role().name()));
        language.setLabel(getTranslation("account.language"));
        language.setHelperText(getTranslation("account.language.help"));
        language.setItems(BundleTranslations.FRENCH, BundleTranslations.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("app.language." + locale.getLanguage()));
        language.setValue(account.language().orElse(BundleTranslations.supported(getLocale())));
        language.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                accounts.saveForSignedInUser(change.getValue());
                LanguageChoice.choose(change.getValue());
            }
        });
        changePassword.setText(getTranslation("account.changePassword"));
        changePassword.setRoute(PasswordView.class);
        add(new H1(getTranslation("account.title")), facts, language, changePassword);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
