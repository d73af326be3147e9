package fr.essor.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.essor.security.EssorPrincipal;
import jakarta.annotation.security.PermitAll;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.i18n.SavedLanguage;
import fr.essor.base.ui.UsersDay;
import java.util.Locale;

/**
 * The shell around every view: the name, the menu built from the views' @Menu keys (only those the user
 * may open), the language switch, who is signed in and the sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Button signOut = new Button();
    private final Span signedInAs = new Span();

    private final SavedLanguage savedLanguage;
    private boolean navigatedBefore;

    MainLayout(AuthenticationContext authentication, SavedLanguage savedLanguage) {
        this.savedLanguage = savedLanguage;
        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        // Set as text, never as markup: a display name is user input.
        signedInAs.setText(authentication.getAuthenticatedUser(EssorPrincipal.class)
                .map(EssorPrincipal::getDisplayName).orElse(""));
        signOut.setText(getTranslation("app.signOut"));
        signOut.setIcon(VaadinIcon.SIGN_OUT.create());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        DrawerToggle menuToggle = new DrawerToggle();
        // Vaadin's own name for it is English whatever the page's language.
        menuToggle.setAriaLabel(getTranslation("app.menuToggle"));
        HorizontalLayout navbar = new HorizontalLayout(menuToggle, brand, languageSwitch(), signedInAs, signOut);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(brand);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(navbar);

        SideNav menu = new SideNav();
        menu.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggleChildren")));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                menu.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(menu);
        addAttachListener(attach -> UsersDay.learnFrom(attach.getUI()));
    }

    /**
     * After moving to another page, the focus goes to its heading: a keyboard user carries on from the top of the
     * new page, and a screen reader says where they are. Otherwise the focus stayed on what was removed (the menu
     * entry of another page, the button of a dialog that saved and moved on), and the next Tab left the page.
     * Not on the first page of a visit, which starts at the top anyway.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (navigatedBefore) {
            getElement().executeJs("""
                    requestAnimationFrame(() => {
                        const heading = this.querySelector('h1');
                        if (heading) {
                            heading.setAttribute('tabindex', '-1');
                            heading.focus({preventScroll: true});
                        }
                    });""");
        }
        navigatedBefore = true;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setItems(BundleTranslations.FRENCH, BundleTranslations.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("app.language." + locale.getLanguage()));
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(getLocale().getLanguage().equals("en") ? BundleTranslations.ENGLISH : BundleTranslations.FRENCH);
        language.setWidth("9em");
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                // Kept on the account too, so the next sign-in, from any browser, opens in it.
                savedLanguage.saveForSignedInUser(change.getValue());
                LanguageChoice.choose(change.getValue());
            }
        });
        return language;
    }
}
