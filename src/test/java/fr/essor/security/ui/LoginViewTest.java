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
    void the_sign_in_page_speaks_english_and_shows_no_error_before_a_failure() {
        signOut();
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login");

        LoginView page = _get(LoginView.class);
        assertThat(page.form.isError()).isFalse();
        assertThat(page.texts.getForm().getSubmit()).isEqualTo("Sign in");
        assertThat(page.getPageTitle()).isEqualTo("Sign in · Essor");
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
}
