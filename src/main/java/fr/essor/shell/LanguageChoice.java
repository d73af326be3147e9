package fr.essor.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.i18n.SavedLanguage;
import fr.essor.security.CurrentUser;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A language picked in the menu wins over the browser's for the rest of the session: every new page
 * (UI) of the session is drawn in it. At sign-in, the language saved on the account takes over once;
 * after that the session's choice (which the menu and the account page also save) holds.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = LanguageChoice.class.getName();
    /** Whose saved language this session has applied: done once per sign-in, not on every page. */
    private static final String APPLIED_FOR = ATTRIBUTE + ".appliedFor";

    private final SavedLanguage saved;

    LanguageChoice(SavedLanguage saved) {
        this.saved = saved;
    }

    /** Remembers the choice for this session and redraws the current page in it. */
    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, BundleTranslations.supported(locale));
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            CurrentUser.principal().ifPresent(user -> {
                if (!user.getUsername().equals(session.getAttribute(APPLIED_FOR))) {
                    session.setAttribute(APPLIED_FOR, user.getUsername());
                    saved.ofSignedInUser().ifPresent(locale -> session.setAttribute(ATTRIBUTE, locale));
                }
            });
            Object chosen = session.getAttribute(ATTRIBUTE);
            if (chosen instanceof Locale locale) {
                init.getUI().setLocale(locale);
            }
        });
    }
}
