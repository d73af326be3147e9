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
import fr.essor.user.service.PasswordChange;
import fr.essor.user.service.UserAccounts;
import com.vaadin.flow.server.WrappedHttpSession;
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
 * admin disables its account, not only at its next page (a page left open used to go on saving and exporting),
 * or once its password is changed from another session.
 */
@SpringBootTest
class AccountStandingFilterTest {

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
    @Autowired
    UserAccounts userAccounts;

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_whose_account_is_disabled_ends_at_its_next_request_whatever_it_is() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(context.getBean(AccountStandingFilter.class)).build();
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

    @Test
    void a_password_changed_in_one_browser_ends_the_sessions_signed_in_with_the_old_one_and_keeps_the_changers()
            throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(context.getBean(AccountStandingFilter.class)).build();
        String username = TestDeployments.uniqueName("paul").replace(' ', '-').toLowerCase();
        AppUser paul = users.save(new AppUser(username, "Paul Password", encoder.encode(PASSWORD), Role.LEAD));
        MockHttpSession changer = signedIn(web, username);
        MockHttpSession other = signedIn(web, username); // another browser, or whoever learnt the old password

        // The changer's page: the service, then what the password page does with its own session.
        UserDetails self = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(self, null, self.getAuthorities()));
        assertThat(userAccounts.changeOwnPassword(PASSWORD, "another long enough phrase", false)).isEqualTo(PasswordChange.DONE);
        AccountStandingFilter.passwordChangedHere(new WrappedHttpSession(changer), userAccounts.signedInPasswordStamp());
        SecurityContextHolder.clearContext();

        // A page's export link, clicked in the other browser: refused, not the sign-in page saved as the file.
        var afterOther = web.perform(get("/VAADIN/dynamic/resource/0/ffffffff-0000-0000-0000-000000000000/export.csv")
                .session(other)).andReturn();
        assertThat(other.isInvalid()).as("the session signed in with the old password is ended").isTrue();
        assertThat(afterOther.getResponse().getStatus()).isEqualTo(403);
        assertThat(afterOther.getResponse().getCookie("essor-session-ended").getValue()).as("the sign-in page will say why")
                .isEqualTo("password");
        assertThat(afterOther.getResponse().getRedirectedUrl()).isNull();
        var afterChanger = web.perform(get("/v3/api-docs").session(changer)).andReturn();
        assertThat(changer.isInvalid()).isFalse();
        assertThat(afterChanger.getResponse().getStatus()).isEqualTo(200);
        assertThat(users.findById(paul.getId())).isPresent();
    }

    @Test
    void a_session_that_signed_in_but_made_no_request_yet_is_ended_by_a_password_changed_meanwhile() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(context.getBean(AccountStandingFilter.class)).build();
        String username = TestDeployments.uniqueName("quentin").replace(' ', '-').toLowerCase();
        users.save(new AppUser(username, "Quentin Quick", encoder.encode(PASSWORD), Role.LEAD));
        MockHttpSession thief = new MockHttpSession();
        var signIn = web.perform(post("/login").session(thief).with(csrf()).param("username", username)
                .param("password", PASSWORD)).andReturn();
        MockHttpSession signedIn = (MockHttpSession) signIn.getRequest().getSession();

        // The owner changes the password before the thief's browser makes its first request.
        UserDetails owner = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        assertThat(userAccounts.changeOwnPassword(PASSWORD, "another long enough phrase", false)).isEqualTo(PasswordChange.DONE);
        SecurityContextHolder.clearContext();

        var first = web.perform(get("/v3/api-docs").session(signedIn)).andReturn();
        assertThat(signedIn.isInvalid()).as("the session signed in with the old password is ended").isTrue();
        assertThat(first.getResponse().getContentAsString()).doesNotContain("openapi");
    }

    @Test
    void a_password_reset_by_an_admin_ends_the_session_and_the_sign_in_page_will_say_an_admin_did_it() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(context.getBean(AccountStandingFilter.class)).build();
        String username = TestDeployments.uniqueName("rita").replace(' ', '-').toLowerCase();
        AppUser rita = users.save(new AppUser(username, "Rita Reset", encoder.encode(PASSWORD), Role.LEAD));
        MockHttpSession session = signedIn(web, username);

        asAdmin();
        administration.resetPassword(rita.getId());
        SecurityContextHolder.clearContext();

        var next = web.perform(get("/v3/api-docs").session(session)).andReturn();
        assertThat(session.isInvalid()).isTrue();
        assertThat(next.getResponse().getCookie("essor-session-ended").getValue()).isEqualTo("reset");
    }

    /** Signs in through the form, then makes one request as the browser does after the redirect. */
    private static MockHttpSession signedIn(MockMvc web, String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD));
        var first = web.perform(get("/v3/api-docs").session(session)).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        return (MockHttpSession) first.getRequest().getSession();
    }

    private void asAdmin() {
        UserDetails admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }
}
