package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through an OpenID Connect provider configured by properties alone, against a fake provider:
 * the whole redirect dance, the ID token's signature and nonce checked by Spring, the user matched to
 * their Essor account and its role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInIT {

    private static final FakeIdentityProvider PROVIDER;

    static {
        try {
            PROVIDER = new FakeIdentityProvider();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.entreprise.";
        properties.add(registration + "client-id", () -> FakeIdentityProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> FakeIdentityProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Entreprise");
        properties.add(registration + "scope", () -> "openid,profile,email");
        properties.add(registration + "authorization-grant-type", () -> "authorization_code");
        properties.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add("spring.security.oauth2.client.provider.entreprise.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    IdentityProviders identityProviders;

    /** Follows redirects by hand, carrying cookies only to Essor as a browser would; returns Essor's last answer. */
    private HttpResponse<String> signInThroughProvider(HttpClient browser) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/entreprise")).build(), HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; response.statusCode() == 302 && hops < 5; hops++) {
            URI next = URI.create(response.headers().firstValue("Location").orElseThrow());
            if (next.getPort() == port && !next.getPath().startsWith("/login/oauth2")) {
                break;
            }
            response = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private int statusOf(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void the_configured_provider_is_offered_by_its_name() {
        assertThat(identityProviders.all()).containsExactly(
                new IdentityProviders.Provider("Entreprise", "oauth2/authorization/entreprise"));
    }

    @Test
    void a_user_the_provider_vouches_for_signs_in_as_their_essor_account_with_its_role() throws Exception {
        PROVIDER.nextUser = Map.of("preferred_username", "Lead", "name", "Léa from the provider");
        HttpClient browser = browser();

        var landing = signInThroughProvider(browser);

        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(statusOf(browser, "/deployments")).as("a page, signed in").isEqualTo(200);
        // The lead's role, not the default one: the actuator refuses a lead with 403 (an anonymous user is redirected).
        assertThat(statusOf(browser, "/actuator/env")).isEqualTo(403);
    }

    @Test
    void an_unknown_user_gets_a_viewer_account_named_as_the_provider_says() throws Exception {
        PROVIDER.nextUser = Map.of("preferred_username", "nouveau.venu", "name", "Nouveau <b>Venu</b>");
        HttpClient browser = browser();

        signInThroughProvider(browser);

        assertThat(statusOf(browser, "/deployments")).isEqualTo(200);
        AppUser created = users.findByUsername("nouveau.venu").orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.VIEWER);
        assertThat(created.getDisplayName()).isEqualTo("Nouveau <b>Venu</b>");
    }

    @Test
    void a_token_without_a_user_name_or_verified_email_is_refused_like_a_wrong_password() throws Exception {
        PROVIDER.nextUser = Map.of("email", "someone@example.org", "email_verified", false);
        HttpClient browser = browser();

        var landing = signInThroughProvider(browser);

        assertThat(landing.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(statusOf(browser, "/deployments")).isEqualTo(302);
    }
}
