package fr.essor.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.i18n.LanguageChoice;
import java.util.Locale;

/** The shell around every view: the name, the menu built from the views' @Menu keys, and the language switch. */
@Layout
public final class MainLayout extends AppLayout {

    MainLayout() {
        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), brand, languageSwitch());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(brand);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(navbar);

        SideNav menu = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                menu.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(menu);
        addAttachListener(attach -> UsersDay.learnFrom(attach.getUI()));
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
                LanguageChoice.choose(change.getValue());
            }
        });
        return language;
    }
}
