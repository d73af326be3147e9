package fr.essor.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A language picked in the menu wins over the browser's for the rest of the session: every new page
 * (UI) of the session is drawn in it.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = LanguageChoice.class.getName();

    /** Remembers the choice and redraws the current page in it. */
    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, BundleTranslations.supported(locale));
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Object chosen = init.getUI().getSession().getAttribute(ATTRIBUTE);
            if (chosen instanceof Locale locale) {
                init.getUI().setLocale(locale);
            }
        });
    }
}
