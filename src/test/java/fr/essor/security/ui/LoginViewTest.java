package fr.essor.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import fr.essor.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_sign_in_page_speaks_french_and_after_a_failure_says_only_that_it_failed() {
        signOut();
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginView page = _get(LoginView.class);
        assertThat(page.form.isError()).isTrue();
        assertThat(page.texts.getForm().getTitle()).isEqualTo("Connexion");
        assertThat(page.texts.getForm().getUsername()).isEqualTo("Nom d’utilisateur");
        assertThat(page.texts.getErrorMessage().getMessage()).startsWith("Nom d’utilisateur ou mot de passe incorrect.");
    }

    @Test
    void after_the_server_ended_the_session_the_sign_in_page_says_why_once() {
        signOut();
        var request = (com.github.mvysny.fakeservlet.FakeRequest) unwrapped(
                (jakarta.servlet.ServletRequest) com.vaadin.flow.server.VaadinRequest.getCurrent());
        request.addCookie(fr.essor.security.SessionEnded.cookie(fr.essor.security.SessionEnded.PASSWORD_CHANGED, "", false));
        UI.getCurrent().navigate("login");

        LoginView page = _get(LoginView.class);
        assertThat(page.ended.isVisible()).isTrue();
        assertThat(page.ended.getText()).isEqualTo(
                "Votre session a été fermée : le mot de passe de ce compte a été changé ailleurs. Connectez-vous avec le nouveau.");
        var response = (com.github.mvysny.fakeservlet.FakeResponse) unwrapped(
                (jakarta.servlet.ServletResponse) com.vaadin.flow.server.VaadinResponse.getCurrent());
        assertThat(response.getCookie("essor-session-ended").getMaxAge()).as("said once").isZero();
    }

    @Test
    void the_sign_in_page_speaks_english_and_shows_no_error_before_a_failure() {
        signOut();
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login");

        LoginView page = _get(LoginView.class);
        assertThat(page.form.isError()).isFalse();
        assertThat(page.texts.getForm().getSubmit()).isEqualTo("Sign in");
        assertThat(page.getPageTitle()).isEqualTo("Sign in · Essor");
        assertThat(page.ended.isVisible()).as("no session was ended").isFalse();
    }

    @Test
    void without_an_identity_provider_configured_the_page_offers_only_the_form() {
        signOut();
        UI.getCurrent().navigate("login");

        assertThat(_find(Anchor.class)).isEmpty();
    }

    @Test
    void a_signed_in_user_asking_for_the_sign_in_page_goes_to_the_dashboard() {
        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }

    /** Karibu's fake servlet request under Vaadin's wrappers. */
    private static jakarta.servlet.ServletRequest unwrapped(jakarta.servlet.ServletRequest request) {
        return request instanceof jakarta.servlet.ServletRequestWrapper wrapper ? unwrapped(wrapper.getRequest()) : request;
    }

    private static jakarta.servlet.ServletResponse unwrapped(jakarta.servlet.ServletResponse response) {
        return response instanceof jakarta.servlet.ServletResponseWrapper wrapper ? unwrapped(wrapper.getResponse()) : response;
    }
}
