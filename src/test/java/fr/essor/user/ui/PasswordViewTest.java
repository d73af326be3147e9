package fr.essor.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordViewTest extends KaribuTest {

    private static final String ONE_TIME = "printed-once-in-the-log";

    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    fr.essor.user.service.UserAccounts accounts;
    @Autowired
    fr.essor.user.service.ApiTokens tokens;

    private String username;

    @BeforeEach
    void signedInWithAOneTimePassword() {
        username = TestDeployments.uniqueName("first").replace(' ', '-').toLowerCase();
        AppUser user = new AppUser(username, "First Admin", encoder.encode(ONE_TIME), Role.ADMIN);
        user.setPasswordChangeRequired(true);
        users.save(user);
        signInAs(username);
    }

    private static void change(String current, String replacement, String confirmation) {
        _setValue(field("Mot de passe actuel"), current);
        _setValue(field("Nouveau mot de passe"), replacement);
        _setValue(field("Nouveau mot de passe, à nouveau"), confirmation);
        click("Changer le mot de passe");
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    /** The offer to revoke the API tokens too, a check box whose label says how many. */
    private static List<Checkbox> revokeTokensOffer() {
        return _find(Checkbox.class, spec -> spec.withPredicate(box -> box.getLabel().startsWith("Révoquer aussi mes jetons d’API")));
    }

    @Test
    void a_one_time_password_opens_only_the_password_page_until_it_is_replaced() {
        UI.getCurrent().navigate("deployments");
        _get(Paragraph.class, spec -> spec.withText(
                "Vous vous êtes connecté avec un mot de passe à usage unique : choisissez le vôtre avant de continuer."));

        change(ONE_TIME, "a long enough phrase", "a long enough phrase");
        UI.getCurrent().navigate("deployments");

        assertThat(_find(PasswordView.class)).isEmpty();
        assertThat(encoder.matches("a long enough phrase", users.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
        // This session goes on with the new password; others, signed in with the old one, end (AccountStandingFilterTest).
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getAttribute(AccountStandingFilter.PASSWORD_STAMP))
                .isEqualTo(accounts.signedInPasswordStamp().getAsInt());
    }

    @Test
    void each_refusal_is_said_next_to_its_field_and_nothing_changes() {
        UI.getCurrent().navigate("password");

        change("not it", "a long enough phrase", "a long enough phrase");
        assertThat(field("Mot de passe actuel").isInvalid()).isTrue();
        assertThat(field("Mot de passe actuel").getErrorMessage()).isEqualTo("Ce n’est pas votre mot de passe actuel.");

        change(ONE_TIME, "short", "short");
        assertThat(field("Nouveau mot de passe").getErrorMessage()).isEqualTo("Au moins 12 caractères.");

        change(ONE_TIME, "a long enough phrase", "a long enough phrasE");
        assertThat(field("Nouveau mot de passe, à nouveau").getErrorMessage()).isEqualTo("Les deux saisies du nouveau mot de passe diffèrent.");

        change(ONE_TIME, "x".repeat(73), "x".repeat(73));
        assertThat(field("Nouveau mot de passe").getErrorMessage()).isEqualTo("Au plus 72 octets (bcrypt ignore la suite).");

        assertThat(users.findByUsername(username).orElseThrow().isPasswordChangeRequired()).isTrue();
        assertThat(encoder.matches(ONE_TIME, users.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void a_password_change_offers_to_revoke_the_account_s_api_tokens_and_does_so_when_left_ticked() {
        String clear = tokens.create("Nightly import", null).clearValue();
        UI.getCurrent().navigate("password");
        Checkbox offer = revokeTokensOffer().getFirst();
        assertThat(offer.getLabel()).startsWith("Révoquer aussi mes jetons d’API (1)");
        assertThat(offer.getValue()).as("ticked unless the user chooses otherwise").isTrue();

        change(ONE_TIME, "a long enough phrase", "a long enough phrase");

        assertThat(tokens.authenticate(clear)).as("the token made before the change").isEmpty();
    }

    @Test
    void a_password_change_keeps_the_tokens_when_the_user_unticks_the_offer() {
        String clear = tokens.create("Nightly import", null).clearValue();
        UI.getCurrent().navigate("password");
        _setValue(revokeTokensOffer().getFirst(), false);

        change(ONE_TIME, "a long enough phrase", "a long enough phrase");

        assertThat(tokens.authenticate(clear)).isPresent();
    }

    @Test
    void without_api_tokens_the_page_offers_nothing_to_revoke() {
        UI.getCurrent().navigate("password");

        assertThat(revokeTokensOffer()).isEmpty();
    }

    @Test
    void a_common_repeated_or_name_based_password_is_refused_next_to_the_field_and_nothing_changes() {
        UI.getCurrent().navigate("password");

        change(ONE_TIME, "Password1234", "Password1234");
        assertThat(field("Nouveau mot de passe").isInvalid()).isTrue();
        assertThat(field("Nouveau mot de passe").getErrorMessage())
                .isEqualTo("Ce mot de passe figure dans les listes de mots de passe courants ou divulgués : choisissez-en un autre.");

        change(ONE_TIME, "aaaaaaaaaaaa", "aaaaaaaaaaaa");
        assertThat(field("Nouveau mot de passe").getErrorMessage()).isEqualTo("Un ou quelques caractères répétés se devinent vite : choisissez plutôt une phrase.");

        change(ONE_TIME, username + "-2025", username + "-2025");
        assertThat(field("Nouveau mot de passe").getErrorMessage()).startsWith("Le nom d’utilisateur ou « essor »");

        change(ONE_TIME, "Essor2025!!!", "Essor2025!!!");
        assertThat(field("Nouveau mot de passe").getErrorMessage()).startsWith("Le nom d’utilisateur ou « essor »");

        assertThat(encoder.matches(ONE_TIME, users.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }
}
