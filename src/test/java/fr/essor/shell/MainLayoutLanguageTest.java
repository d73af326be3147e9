package fr.essor.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.base.i18n.SavedLanguage;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The header's language switch also keeps the choice on the signed-in user's account. */
class MainLayoutLanguageTest extends KaribuTest {

    @Autowired
    AuthenticationContext authentication;
    @Autowired
    SavedLanguage savedLanguage;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_language_picked_in_the_header_is_kept_for_the_next_sign_in() {
        String username = TestDeployments.uniqueName("hugo").replace(' ', '-').toLowerCase();
        users.save(new AppUser(username, "Hugo Header", encoder.encode("a long enough phrase"), Role.VIEWER));
        signInToANewSession(username);
        // Karibu does not draw @Layout classes around views: the layout is built here as the router would.
        MainLayout layout = new MainLayout(authentication, savedLanguage);
        UI.getCurrent().add(layout);

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(layout, Select.class);
        _setValue(language, BundleTranslations.FRENCH);

        assertThat(users.findByUsername(username).orElseThrow().getLanguage()).isEqualTo("fr");
        signInToANewSession(username);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
    }
}
