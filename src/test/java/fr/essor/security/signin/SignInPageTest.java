package fr.essor.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.essor.TestDeployments;
import fr.essor.security.SessionEnded;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in page behind the real filters: what a visitor reads, and what it costs the server (nothing kept). */
@SpringBootTest
class SignInPageTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    private MockMvc web;

    @BeforeEach
    void realFilters() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MvcResult open(String path, String language, Cookie... cookies) throws Exception {
        var request = get(path).header("Accept-Language", language);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return web.perform(request).andReturn();
    }

    @Test
    void the_sign_in_page_speaks_french_by_default_and_labels_each_field() throws Exception {
        MvcResult page = open("/login", "de-DE,de;q=0.9");

        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("<html lang=\"fr\">", "<title>Connexion · Essor</title>",
                "<label for=\"username\">Nom d’utilisateur</label>", "<label for=\"password\">Mot de passe</label>",
                "<button type=\"submit\">Se connecter</button>");
        assertThat(html).as("no failure yet").doesNotContain("sign-in-error");
    }

    @Test
    void after_a_failure_the_english_page_says_only_that_sign_in_failed() throws Exception {
        String html = open("/login?error", "en-GB,en;q=0.9").getResponse().getContentAsString();

        assertThat(html).contains("<html lang=\"en\">", "<title>Sign in · Essor</title>", "id=\"sign-in-error\"", "role=\"alert\"");
    }

    @Test
    void a_visitor_who_only_looks_at_the_page_keeps_nothing_on_the_server() throws Exception {
        MvcResult home = web.perform(get("/")).andReturn();
        assertThat(home.getResponse().getRedirectedUrl()).endsWith("/login");
        MvcResult page = open("/login", "fr");

        assertThat(home.getRequest().getSession(false)).as("the address asked for is kept in a cookie").isNull();
        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getHeaders("Set-Cookie")).as("no session cookie")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/deployments", "/compare?ids=1,2", "/deployment/1", "/api-tokens", "/account", "/admin/users"})
    void an_anonymous_visitor_is_sent_to_the_sign_in_page_from_any_page(String page) throws Exception {
        MvcResult result = web.perform(get(page)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void nobody_starts_a_vaadin_view_before_signing_in() throws Exception {
        MvcResult start = web.perform(get("/").queryParam("v-r", "init").queryParam("location", "login")).andReturn();

        assertThat(start.getResponse().getStatus()).isEqualTo(401);
        assertThat(start.getRequest().getSession(false)).isNull();
    }

    @Test
    void after_the_server_ended_the_session_the_page_says_why_once() throws Exception {
        MvcResult page = open("/login", "fr", SessionEnded.cookie(SessionEnded.PASSWORD_CHANGED, "", false));

        assertThat(page.getResponse().getContentAsString()).contains(
                "Votre session a été fermée : le mot de passe de ce compte a été changé ailleurs. Connectez-vous avec le nouveau.");
        assertThat(page.getResponse().getCookie("essor-session-ended").getMaxAge()).as("said once").isZero();
        assertThat(open("/login", "en", SessionEnded.cookie(SessionEnded.PASSWORD_RESET, "", false)).getResponse()
                .getContentAsString()).contains("an administrator reset this account’s password");
    }

    @Test
    void without_an_identity_provider_the_page_offers_only_the_form() throws Exception {
        assertThat(open("/login", "fr").getResponse().getContentAsString()).doesNotContain("<a ");
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused_before_any_password_is_checked() throws Exception {
        MvcResult foreign = web.perform(post("/login").header("Origin", "https://attacker.example")
                .param("username", "viewer").param("password", "viewer-demo")).andReturn();
        MvcResult crossSite = web.perform(post("/login").header("Sec-Fetch-Site", "cross-site")
                .param("username", "viewer").param("password", "viewer-demo")).andReturn();

        assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
        assertThat(crossSite.getResponse().getStatus()).isEqualTo(403);
        assertThat(foreign.getRequest().getSession(false)).as("not signed in").isNull();
    }

    @Test
    void the_same_site_s_own_form_signs_in() throws Exception {
        String username = TestDeployments.uniqueName("olga").replace(' ', '-').toLowerCase();
        users.save(new AppUser(username, "Olga Origin", encoder.encode("a long enough phrase"), Role.VIEWER));

        MvcResult own = web.perform(post("/login").header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin")
                .param("username", username).param("password", "a long enough phrase")).andReturn();

        assertThat(own.getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
