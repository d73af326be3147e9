package fr.essor.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.essor.TestDeployments;
import fr.essor.base.EssorProperties;
import fr.essor.security.EssorOidcUser;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who the identity provider vouches for becomes which Essor account, with which role, or nobody. */
@SpringBootTest
class OidcAccountsTest {

    @Autowired
    OidcAccounts accounts;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    private static OidcUser vouchedFor(Map<String, Object> claims) {
        OidcIdToken token = OidcIdToken.withTokenValue("token").subject("subject-1").issuer("https://idp.example.org")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claims(all -> all.putAll(claims)).build();
        return new DefaultOidcUser(List.of(), token);
    }

    private static EssorProperties oidc(String usernameClaim, boolean createAccounts, String defaultRole) {
        return new EssorProperties(new EssorProperties.Admin(""), new EssorProperties.SignIn(5, 20, java.time.Duration.ofMinutes(15)),
                new EssorProperties.Oidc(usernameClaim, createAccounts, defaultRole));
    }

    private static String uniqueName(String prefix) {
        return TestDeployments.uniqueName(prefix).replace(' ', '-').toLowerCase();
    }

    @Test
    void a_known_user_name_signs_in_as_that_account_with_its_own_role_whatever_its_case() {
        EssorOidcUser lead = accounts.signIn(vouchedFor(Map.of("preferred_username", "LEAD", "name", "Someone Else")));

        assertThat(lead.getUsername()).isEqualTo("lead");
        assertThat(lead.getName()).as("the name the audit trail records").isEqualTo("lead");
        assertThat(lead.getUserId()).isEqualTo(users.findByUsername("lead").orElseThrow().getId());
        assertThat(lead.getDisplayName()).isEqualTo("Léa Lead");
        assertThat(lead.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEAD");
    }

    @Test
    void an_unknown_user_gets_a_viewer_account_that_no_password_opens() {
        String name = uniqueName("newcomer");

        EssorOidcUser newcomer = accounts.signIn(vouchedFor(Map.of("preferred_username", name, "name", "New Comer")));

        AppUser created = users.findByUsername(name).orElseThrow();
        assertThat(newcomer.getUserId()).isEqualTo(created.getId());
        assertThat(created.getRole()).isEqualTo(Role.VIEWER);
        assertThat(created.getDisplayName()).isEqualTo("New Comer");
        assertThat(encoder.matches("", created.getPasswordHash())).isFalse();
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void without_a_user_name_a_verified_email_is_the_user_name_and_an_unverified_one_is_refused() {
        String email = uniqueName("mail") + "@example.org";

        EssorOidcUser verified = accounts.signIn(vouchedFor(Map.of("email", email, "email_verified", true)));

        assertThat(verified.getUsername()).isEqualTo(email);
        assertThatThrownBy(() -> accounts.signIn(vouchedFor(Map.of("email", uniqueName("other") + "@example.org",
                "email_verified", false)))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void a_disabled_account_stays_shut() {
        String name = uniqueName("disabled");
        users.save(new AppUser(name, "Dis Abled", encoder.encode("whatever-long"), Role.LEAD));
        jdbc.update("update app_user set enabled = false where username = ?", name);

        assertThatThrownBy(() -> accounts.signIn(vouchedFor(Map.of("preferred_username", name))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void when_told_to_refuse_unknown_users_it_creates_no_account_but_still_signs_known_ones_in() {
        OidcAccounts refusing = new OidcAccounts(users, encoder, oidc("preferred_username", false, "VIEWER"));
        String name = uniqueName("stranger");

        assertThatThrownBy(() -> refusing.signIn(vouchedFor(Map.of("preferred_username", name))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(users.findByUsername(name)).isEmpty();
        assertThat(refusing.signIn(vouchedFor(Map.of("preferred_username", "viewer"))).getUsername()).isEqualTo("viewer");
    }

    @Test
    void the_role_of_new_accounts_and_the_claim_to_match_on_are_configurable() {
        OidcAccounts byUpn = new OidcAccounts(users, encoder, oidc("upn", true, "lead"));
        String name = uniqueName("upn");

        EssorOidcUser created = byUpn.signIn(vouchedFor(Map.of("upn", name, "preferred_username", "admin")));

        assertThat(created.getUsername()).isEqualTo(name);
        assertThat(users.findByUsername(name).orElseThrow().getRole()).isEqualTo(Role.LEAD);
    }

    @Test
    void a_default_role_that_is_no_role_stops_the_start_and_names_the_setting() {
        assertThatThrownBy(() -> new OidcAccounts(users, encoder, oidc("preferred_username", true, "boss")))
                .hasMessageContaining("essor.oidc.default-role=boss");
    }

    @Test
    void an_over_long_user_name_is_refused() {
        assertThatThrownBy(() -> accounts.signIn(vouchedFor(Map.of("preferred_username", "x".repeat(AppUser.USERNAME_MAX_LENGTH + 1)))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
