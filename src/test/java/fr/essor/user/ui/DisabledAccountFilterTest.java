package fr.essor.user.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.essor.TestDeployments;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import fr.essor.user.service.AccountDetails;
import fr.essor.user.service.UserAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Behind the real filters: a session signed in through the form ends at its next request of any kind once an
 * admin disables its account, not only at its next page (a page left open used to go on saving and exporting).
 */
@SpringBootTest
class DisabledAccountFilterTest {

    private static final String PASSWORD = "a long enough phrase";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_whose_account_is_disabled_ends_at_its_next_request_whatever_it_is() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(context.getBean(DisabledAccountFilter.class)).build();
        String username = TestDeployments.uniqueName("dora").replace(' ', '-').toLowerCase();
        AppUser dora = users.save(new AppUser(username, "Dora Disabled", encoder.encode(PASSWORD), Role.LEAD));
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD));
        // The API's documentation: a request of the session's own that is neither a page nor Vaadin's.
        var before = web.perform(get("/v3/api-docs").session(session)).andReturn();
        MockHttpSession signedIn = (MockHttpSession) before.getRequest().getSession();
        assertThat(before.getResponse().getStatus()).isEqualTo(200);

        asAdmin();
        AccountDetails details = administration.account(dora.getId());
        details.setEnabled(false);
        administration.save(details);
        SecurityContextHolder.clearContext();

        var after = web.perform(get("/v3/api-docs").session(signedIn)).andReturn();
        assertThat(signedIn.isInvalid()).as("the session is ended").isTrue();
        assertThat(after.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(after.getResponse().getContentAsString()).doesNotContain("openapi");
    }

    private void asAdmin() {
        UserDetails admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }
}
