package fr.essor.base.ui;

import com.vaadin.flow.component.UI;
import fr.essor.base.domain.ErrorReference;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a user sees when something fails that no rule explains: a plain message in their language that
 * nothing was saved, with a short reference that is also written to the log beside the stack trace, so
 * the administrator finds the cause. Never a stack trace on screen, never a dialog left hanging.
 * Installed for every session by {@link UnexpectedErrorsInstaller}; dialogs also call it themselves so
 * that they stay open for another try.
 */
public final class UnexpectedErrors implements ErrorHandler {


    /**
     * A record changed or removed by someone else meanwhile (a chart redrawn for a deployment just deleted)
     * is no failure: the user gets the reload offer a stale save gets, and the page reloads.
     */
    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && isStale(event.getThrowable())) {
            new StaleEditDialog(() -> ui.getPage().reload()).open();
        } else {
            tell(event.getThrowable());
        }
    }

    private static boolean isStale(Throwable failure) {
        return causedBy(failure, OptimisticLockingFailureException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A change the services refused to this user: an admin took their membership or role away while their page
     * was open (the page still offered it). No incident to report, nothing to retry: they are told so.
     */
    public static boolean isRefused(Throwable failure) {
        return causedBy(failure, AccessDeniedException.class);
    }

    /** Tells the current user a change was refused to them, or else reports the failure as an incident. */
    public static void tell(Throwable failure) {
        UI ui = UI.getCurrent();
        if (ui != null && isRefused(failure)) {
            Notification shown = Notification.show(ui.getTranslation("error.accessDenied"), 15_000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.ERROR);
        } else {
            report(failure);
        }
    }

    /** Logs the failure under a new reference and tells the current user. @return the reference. */
    public static String report(Throwable failure) {
        String reference = ErrorReference.logged(failure);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification shown = Notification.show(ui.getTranslation("error.unexpected", reference), 15_000,
                    Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.ERROR);
        }
        return reference;
    }
}
