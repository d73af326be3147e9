package fr.essor.user.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.essor.user.service.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time password sees only the password page until they have replaced it:
 * a password printed in a log must not stay valid.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final UserAccounts accounts;

    PasswordChangeGate(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != PasswordView.class && !target.getSimpleName().equals("LoginView")
                    && accounts.passwordChangeRequired()) {
                enter.forwardTo(PasswordView.class);
            }
        }));
    }
}
