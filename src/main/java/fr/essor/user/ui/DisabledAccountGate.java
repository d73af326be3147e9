package fr.essor.user.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.essor.user.service.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * A session opened before its account was disabled ends at its next page: disabling someone must not wait
 * for their session to expire. {@link AccountStandingFilter} ends it at any request before Vaadin sees it;
 * this gate is the same rule inside Vaadin, where the sign-out takes the page to the sign-in form itself.
 */
@Component
class DisabledAccountGate implements VaadinServiceInitListener {

    private final UserAccounts accounts;
    private final AuthenticationContext authentication;

    DisabledAccountGate(UserAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (authentication.isAuthenticated() && !accounts.signedInAccountEnabled()) {
                authentication.logout();
            }
        }));
    }
}
