package fr.essor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import fr.essor.base.domain.UsersToday;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * "Today" as the user lives it: date rules (no measurement in the future, planned events) follow the
 * browser's time zone, not the server's, so a lead in Auckland can log this morning's figure while the
 * server is still on yesterday. Until the browser has answered, the server's zone stands in.
 */
public final class UsersDay {

    private static final String ZONE = UsersDay.class.getName() + ".zone";

    private UsersDay() {
    }

    /** Asks the browser for its time zone, once per session. */
    public static void learnFrom(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                session.setAttribute(ZONE, ZoneId.of(details.getTimeZoneId()));
            } catch (DateTimeException | NullPointerException unknownZone) {
                // An unknown or missing zone leaves the server's in place.
            }
        });
    }

    /** The browser's zone, or null before it is known. */
    public static @Nullable ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ZONE) instanceof ZoneId zone ? zone : null;
    }

    public static LocalDate today(Clock clock) {
        return UsersToday.of(clock, zone());
    }
}
