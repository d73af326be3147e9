package fr.essor.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** With a provider configured by properties, the sign-in page offers it by name, in the page's language, as text. */
@SpringBootTest
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.entreprise.client-id=essor",
        "spring.security.oauth2.client.registration.entreprise.client-secret=secret",
        "spring.security.oauth2.client.registration.entreprise.client-name=<b>Entreprise</b> SSO",
        "spring.security.oauth2.client.registration.entreprise.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.entreprise.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.entreprise.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.entreprise.authorization-uri=https://idp.example.org/authorize",
        "spring.security.oauth2.client.provider.entreprise.token-uri=https://idp.example.org/token",
        "spring.security.oauth2.client.provider.entreprise.jwk-set-uri=https://idp.example.org/jwks"})
class SignInPageWithIdentityProviderTest {

    @Autowired
    WebApplicationContext context;

    private String page(String language) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build()
                .perform(get("/login").header("Accept-Language", language)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_sign_in_page_offers_the_provider_by_name_below_the_form_its_name_shown_as_text() throws Exception {
        String html = page("fr-FR");

        assertThat(html).contains("<a class=\"provider\" href=\"/oauth2/authorization/entreprise\">"
                + "Se connecter avec &lt;b&gt;Entreprise&lt;/b&gt; SSO</a>");
        assertThat(html).as("the password form stays").contains("name=\"password\"");
    }

    @Test
    void the_link_speaks_english_too() throws Exception {
        assertThat(page("en")).contains("Sign in with &lt;b&gt;Entreprise&lt;/b&gt; SSO</a>");
    }
}
