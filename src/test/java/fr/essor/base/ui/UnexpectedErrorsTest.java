package fr.essor.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import fr.essor.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** Failures that reach the session's handler, outside any dialog. */
class UnexpectedErrorsTest extends KaribuTest {

    @Test
    void every_session_reports_failures_no_dialog_caught_with_a_reference() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrors.class);
    }

    @Test
    void a_record_removed_meanwhile_gets_the_reload_offer_not_an_error_message() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new OptimisticLockingFailureException("deployment 7 was removed meanwhile")));

        _get(StaleEditDialog.class);
        assertThat(NotificationsKt.getNotifications()).as("error notifications").isEmpty();
    }
}
