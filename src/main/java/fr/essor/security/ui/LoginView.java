package fr.essor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.essor.security.IdentityProviders;
import fr.essor.security.SessionEnded;

/**
 * The sign-in page in the user's language. Spring Security checks the form; whatever went wrong (unknown
 * name, wrong password, locked or disabled account, refused by the identity provider) the page shows the
 * same message. Each configured OpenID Connect provider adds a button below the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** Why the previous session ended, when the server ended it (see SessionEnded). */
    final Paragraph ended = new Paragraph();
    final LoginI18n texts;
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, IdentityProviders identityProviders) {
        this.authentication = authentication;
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        texts = i18n();
        form.setI18n(texts);
        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xxl)");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        ended.setId("session-ended");
        ended.setVisible(false);
        ended.setMaxWidth("var(--vaadin-login-form-width, 20rem)");
        add(brand, ended, form);
        identityProviders.all().forEach(provider -> add(signInWith(provider)));
    }

    /** A plain link, outside Vaadin's router: Spring sends the browser on to the provider. */
    private Anchor signInWith(IdentityProviders.Provider provider) {
        Button button = new Button(getTranslation("login.oidc", provider.name()));
        button.setWidth("var(--vaadin-login-form-width, 20rem)");
        // One stop for the keyboard: the link, not also the button inside it.
        button.setTabIndex(-1);
        Anchor link = new Anchor(provider.signInPath(), button);
        link.setRouterIgnore(true);
        return link;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            SessionEnded.reasonIn(request.getCookies()).ifPresent(reason -> {
                ended.setText(getTranslation("login.ended." + reason));
                ended.setVisible(true);
                VaadinResponse response = VaadinResponse.getCurrent();
                if (response != null) {
                    response.addCookie(SessionEnded.cleared(request.getContextPath(), request.isSecure()));
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
