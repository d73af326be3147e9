package fr.essor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.essor.TestDeployments;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real sign-in form behind Spring Security's filters: repeated failures lock a name, and say nothing more. */
@SpringBootTest
class SignInLockoutTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    private MockMvc web;
    private String username;

    @BeforeEach
    void aUserOfTheirOwn() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        // A name no other test signs in with, as a lock lasts a while.
        username = TestDeployments.uniqueName("locked").replace(' ', '-').toLowerCase();
        users.save(new AppUser(username, "Lou Locked", encoder.encode(PASSWORD), Role.LEAD));
    }

    private MvcResult signIn(String name, String password) throws Exception {
        return signIn(name, password, "127.0.0.1");
    }

    /** In a session of its own, where Spring keeps the reason of a failure (a failure alone opens none). */
    private MvcResult signIn(String name, String password, String address) throws Exception {
        return web.perform(post("/login").session(new MockHttpSession()).param("username", name).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
    }

    @Test
    void the_right_password_signs_in_and_the_session_id_changes() throws Exception {
        MockHttpSession anonymous = new MockHttpSession();
        String before = anonymous.getId();
        MvcResult result = web.perform(post("/login").session(anonymous).with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(authenticated().withUsername(username)).andReturn();

        assertThat(result.getRequest().getSession().getId()).as("session id after sign-in").isNotEqualTo(before);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        for (int i = 0; i < 5; i++) {
            web.perform(formLogin("/login").user(username).password("wrong " + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }

        web.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_right_password_still_signs_in_from_an_address_that_has_not_failed_while_an_attacker_keeps_trying() throws Exception {
        for (int i = 0; i < 12; i++) {
            assertThat(signIn(username, "guess " + i, "203.0.113.9").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }

        MvcResult attacker = signIn(username, PASSWORD, "203.0.113.9");
        assertThat(attacker.getResponse().getRedirectedUrl()).as("even the right password, from the failing address")
                .isEqualTo("/login?error");
        MvcResult owner = signIn(username, PASSWORD, "198.51.100.20");
        assertThat(owner.getResponse().getRedirectedUrl()).as("the owner, from their own address").isEqualTo("/");
    }

    @Test
    void a_failed_sign_in_opens_no_session() throws Exception {
        MvcResult failed = web.perform(formLogin("/login").user(username).password("wrong")).andReturn();

        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failed.getRequest().getSession(false)).isNull();
    }

    @Test
    void a_locked_account_an_unknown_name_and_a_wrong_password_get_the_same_answer() throws Exception {
        String unknown = username + "-nobody";
        MvcResult wrongPassword = signIn(username, "wrong");
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong " + i);
            signIn(unknown, "wrong " + i);
        }
        MvcResult locked = signIn(username, PASSWORD);
        MvcResult unknownName = signIn(unknown, PASSWORD);

        for (MvcResult result : new MvcResult[]{wrongPassword, locked, unknownName}) {
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            Exception shown = (Exception) result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            assertThat(shown.getClass()).isEqualTo(
                    ((Exception) wrongPassword.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).getClass());
            assertThat(shown.getMessage()).isEqualTo("Bad credentials");
        }
    }
}
