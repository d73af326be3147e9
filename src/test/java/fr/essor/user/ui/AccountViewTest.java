package fr.essor.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One's own account page: who one is, shown as text, and a language that follows one to every sign-in. */
class AccountViewTest extends KaribuTest {

    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    /** A user of this test's own: the demo users keep no saved language, which other tests rely on. */
    private String newUser(String displayName) {
        String username = TestDeployments.uniqueName("ana").replace(' ', '-').toLowerCase();
        users.save(new AppUser(username, displayName, encoder.encode("a long enough phrase"), Role.LEAD));
        return username;
    }

    private static AccountView open() {
        UI.getCurrent().navigate("account");
        return _get(AccountView.class);
    }

    /** A new mock session starts in English (the test browser's language), so French must come from the account. */
    @Test
    void the_language_chosen_applies_at_once_and_again_at_the_next_sign_in() {
        String username = newUser("Fanny Francophone");
        signInToANewSession(username);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(open(), Select.class, spec -> spec.withLabel("Language"));
        _setValue(language, BundleTranslations.FRENCH);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(_get(open(), H1.class).getText()).isEqualTo("Mon compte");
        assertThat(users.findByUsername(username).orElseThrow().getLanguage()).isEqualTo("fr");

        signInToANewSession(username);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        AccountView page = open();
        assertThat(_get(page, Select.class, spec -> spec.withLabel("Langue")).getValue()).isEqualTo(Locale.FRENCH);
        assertThat(_get(page, H1.class).getText()).isEqualTo("Mon compte");
    }

    @Test
    void without_a_saved_language_the_session_keeps_the_one_it_has() {
        String username = newUser("Noé Nochoice");
        signInToANewSession(username);
        useLocale(Locale.ENGLISH);

        assertThat(_get(open(), H1.class).getText()).isEqualTo("My account");
        assertThat(users.findByUsername(username).orElseThrow().getLanguage()).isNull();
    }

    @Test
    void the_page_shows_who_one_is_as_text_even_a_hostile_display_name() {
        String hostile = "<img src=x onerror=alert(1)>\"><script>\u202Eشريف 👩‍💻";
        signInAs(newUser(hostile));

        AccountView page = open();

        assertThat(_find(page, DescriptionList.Description.class)).extracting(DescriptionList.Description::getText)
                .contains(hostile, "Responsable");
        assertThat(_get(page, RouterLink.class, spec -> spec.withText("Changer de mot de passe")).getHref()).isEqualTo("password");
    }
}
