package fr.essor.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import fr.essor.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With a provider configured by properties, the sign-in page offers it by name, in the page's language. */
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.entreprise.client-id=essor",
        "spring.security.oauth2.client.registration.entreprise.client-secret=secret",
        "spring.security.oauth2.client.registration.entreprise.client-name=Entreprise SSO",
        "spring.security.oauth2.client.registration.entreprise.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.entreprise.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.entreprise.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.entreprise.authorization-uri=https://idp.example.org/authorize",
        "spring.security.oauth2.client.provider.entreprise.token-uri=https://idp.example.org/token",
        "spring.security.oauth2.client.provider.entreprise.jwk-set-uri=https://idp.example.org/jwks"})
class LoginViewWithIdentityProviderTest extends KaribuTest {

    @Test
    void the_sign_in_page_offers_the_provider_by_name_next_to_the_form() {
        signOut();
        UI.getCurrent().navigate("login");

        Anchor link = _get(Anchor.class);
        assertThat(link.getHref()).isEqualTo("oauth2/authorization/entreprise");
        assertThat(link.getElement().hasAttribute("router-ignore")).as("left to the browser, not Vaadin's router").isTrue();
        assertThat(_get(link, Button.class).getText()).isEqualTo("Se connecter avec Entreprise SSO");
        assertThat(_get(LoginView.class).form.isVisible()).as("the password form stays").isTrue();
    }

    @Test
    void the_button_speaks_english_too() {
        signOut();
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login");

        assertThat(_find(Anchor.class)).singleElement()
                .satisfies(link -> assertThat(_get(link, Button.class).getText()).isEqualTo("Sign in with Entreprise SSO"));
    }
}
