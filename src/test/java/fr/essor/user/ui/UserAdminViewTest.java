package fr.essor.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.essor.user.service.ApiTokens;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.ui.StaleEditDialog;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.DeploymentService;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import fr.essor.user.service.AccountDetails;
import fr.essor.user.service.UserAdministration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.essor.audit.service.DeploymentHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's users page, driven as an admin would, and what its changes do to sign-in and permissions. */
class UserAdminViewTest extends KaribuTest {

    private static final String PASSWORD = "a long enough phrase";

    @Autowired
    UserRepository users;
    @Autowired
    DeploymentHistory history;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DeploymentService deployments;
    @Autowired
    TestDeployments testDeployments;
    @Autowired
    JdbcClient sql;
    @Autowired
    UserAdministration administration;
    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void openThePage() {
        UI.getCurrent().navigate("admin/users");
    }

    /** The accounts, the one grid of the page. */
    @SuppressWarnings("unchecked")
    private static Grid<AccountDetails> accounts() {
        return _get(Grid.class);
    }

    /** A field of the account's dialog, by its label. */
    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(_get(AccountForm.class), type, spec -> spec.withLabel(label));
    }

    private static TextField username() {
        return field(TextField.class, "Nom d’utilisateur");
    }

    private static TextField displayName() {
        return field(TextField.class, "Nom affiché");
    }

    private static PasswordField initialPassword() {
        return field(PasswordField.class, "Mot de passe initial");
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> role() {
        return field(Select.class, "Rôle");
    }

    private static Checkbox maySignIn() {
        return field(Checkbox.class, "Peut se connecter");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Long> memberOf() {
        return field(MultiSelectComboBox.class, "Membre des déploiements");
    }

    /** The password shown once, in the dialog that follows a creation or a reset. */
    private static String oneTimePassword() {
        return _get(_get(OneTimePasswordDialog.class), TextField.class, spec -> spec.withLabel("Mot de passe")).getValue();
    }

    private static String uniqueUsername(String prefix) {
        return TestDeployments.uniqueName(prefix).replace(' ', '-').toLowerCase();
    }

    /** Spring's own check of a user name and password against the accounts, as the sign-in form does. */
    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static void create(String username, String displayName, Role role, String password) {
        click("Nouvel utilisateur");
        _setValue(username(), username);
        _setValue(displayName(), displayName);
        _setValue(role(), role);
        _setValue(initialPassword(), password);
        click("Enregistrer");
    }

    private static void edit(String username) {
        List<AccountDetails> rows = GridKt._findAll(accounts());
        int index = rows.indexOf(rows.stream().filter(account -> account.getUsername().equals(username)).findFirst().orElseThrow());
        GridKt._clickItem(accounts(), index, 1, false, false, false, false);
    }

    private static List<String> row(String username) {
        AccountDetails account = GridKt._findAll(accounts()).stream()
                .filter(candidate -> candidate.getUsername().equals(username)).findFirst().orElseThrow();
        return GridKt._getFormattedRow(accounts(), account);
    }

    @Test
    void an_admin_creates_a_user_who_appears_in_the_grid_and_gets_a_one_time_password_to_replace() {
        String username = uniqueUsername("nina");

        create(username, "Nina Nouvelle", Role.VIEWER, "");

        assertThat(row(username)).startsWith(username, "Nina Nouvelle", "Lecteur", "Actif");
        String oneTime = oneTimePassword();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
        assertThat(signIn(username, oneTime).isAuthenticated()).isTrue();
        AppUser stored = users.findByUsername(username).orElseThrow();
        assertThat(stored.isPasswordChangeRequired()).isTrue();
        assertThat(stored.getPasswordHash()).doesNotContain(oneTime);
    }

    @Test
    void a_disabled_user_can_no_longer_sign_in_and_an_enabled_one_can_again() {
        String username = uniqueUsername("dora");
        create(username, "Dora Disabled", Role.LEAD, PASSWORD);
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();

        edit(username);
        _setValue(maySignIn(), false);
        click("Enregistrer");

        assertThat(row(username)).contains("Désactivé");
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(DisabledException.class);

        edit(username);
        _setValue(maySignIn(), true);
        click("Enregistrer");
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_role_change_is_shown_and_is_what_the_next_sign_in_gets() {
        String username = uniqueUsername("rita");
        create(username, "Rita Role", Role.VIEWER, PASSWORD);

        edit(username);
        _setValue(role(), Role.LEAD);
        click("Enregistrer");

        assertThat(row(username)).contains("Responsable");
        assertThat(signIn(username, PASSWORD).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_LEAD").doesNotContain("ROLE_VIEWER");
    }

    @Test
    void a_lead_made_member_of_a_deployment_may_change_it_through_the_service_and_no_longer_once_removed() {
        Deployment deployment = testDeployments.create(1000, null);
        String username = uniqueUsername("lena");
        create(username, "Lena Lead", Role.LEAD, PASSWORD);
        signInAs(username);
        assertThatThrownBy(() -> changeHeadcount(deployment, 1100)).isInstanceOf(AccessDeniedException.class);

        signInAs("admin");
        edit(username);
        _setValue(memberOf(), Set.of(deployment.getId()));
        click("Enregistrer");
        signInAs(username);
        changeHeadcount(deployment, 1200);
        assertThat(deployments.find(deployment.getId()).orElseThrow().getHeadcount()).isEqualTo(1200);
        assertThat(history.of(deployment.getId()))
                .anySatisfy(entry -> assertThat(entry.after()).containsEntry("audit.field.members", "admin, " + username));

        signInAs("admin");
        edit(username);
        _setValue(memberOf(), Set.of());
        click("Enregistrer");
        signInAs(username);
        assertThatThrownBy(() -> changeHeadcount(deployment, 1300)).isInstanceOf(AccessDeniedException.class);
    }

    private void changeHeadcount(Deployment deployment, int headcount) {
        Deployment edited = deployments.find(deployment.getId()).orElseThrow();
        edited.setHeadcount(headcount);
        deployments.save(edited);
    }

    @Test
    void hostile_display_names_are_stored_and_shown_as_text() {
        for (String hostile : List.of("<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
                "\u202Eشريف 👩‍💻 \u05E9\u05DC\u05D5\u05DD")) {
            String username = uniqueUsername("hostile");

            create(username, hostile, Role.VIEWER, PASSWORD);

            assertThat(users.findByUsername(username).orElseThrow().getDisplayName()).isEqualTo(hostile);
            assertThat(row(username).get(1)).isEqualTo(hostile);
        }
    }

    @Test
    void a_user_name_outside_letters_digits_and_dot_underscore_dash_at_is_refused_next_to_the_field() {
        for (String hostile : List.of("<img src=x onerror=alert(1)>", "\"><script>", "ش👩‍💻", "élodie")) {
            create(hostile, "Someone", Role.VIEWER, PASSWORD);

            assertThat(username().isInvalid()).as(hostile).isTrue();
            assertThat(username().getErrorMessage()).isEqualTo("Seulement des lettres sans accent, des chiffres et . _ - @");
            click("Annuler");
        }
        assertThat(GridKt._findAll(accounts())).noneMatch(account -> account.getDisplayName().equals("Someone"));
    }

    @Test
    void over_long_input_is_refused_with_a_message_next_to_each_field() {
        create("x".repeat(10_000), "y".repeat(10_000), Role.VIEWER, "z".repeat(10_000));

        assertThat(username().getErrorMessage()).isEqualTo("100 caractères au plus.");
        assertThat(displayName().getErrorMessage()).isEqualTo("200 caractères au plus.");
        assertThat(initialPassword().getErrorMessage()).isEqualTo("Au plus 72 octets (bcrypt ignore la suite).");
        assertThat(users.findByUsername("x".repeat(10_000))).isEmpty();
    }

    @Test
    void an_initial_password_from_the_common_lists_or_made_of_the_user_name_is_refused_next_to_the_field() {
        String username = uniqueUsername("carl");
        create(username, "Carl Common", Role.VIEWER, "iloveyou1234");

        assertThat(initialPassword().isInvalid()).isTrue();
        assertThat(initialPassword().getErrorMessage())
                .isEqualTo("Ce mot de passe figure dans les listes de mots de passe courants ou divulgués : choisissez-en un autre.");
        _setValue(initialPassword(), username + "!2025");
        click("Enregistrer");
        assertThat(initialPassword().getErrorMessage()).startsWith("Le nom d’utilisateur ou « essor »");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void a_taken_user_name_is_refused_whatever_its_case() {
        create("LEAD", "Another Lead", Role.LEAD, PASSWORD);

        assertThat(username().getErrorMessage()).isEqualTo("Ce nom d’utilisateur est déjà pris.");
        assertThat(users.findByUsername("lead").orElseThrow().getDisplayName()).isEqualTo("Léa Lead");
    }

    @Test
    void a_save_over_another_admins_newer_change_offers_a_reload_and_keeps_theirs() {
        String username = uniqueUsername("sam");
        create(username, "Sam Stale", Role.VIEWER, PASSWORD);
        edit(username);
        sql.sql("update app_user set display_name = 'Changed Meanwhile', version = version + 1 where username = ?")
                .param(username).update();

        _setValue(displayName(), "Mine");
        click("Enregistrer");

        _get(StaleEditDialog.class);
        assertThat(users.findByUsername(username).orElseThrow().getDisplayName()).isEqualTo("Changed Meanwhile");
    }

    /** A viewer of this name, signed in with a page open. */
    private void signedInViewerOnAPage(String username, String displayName) {
        create(username, displayName, Role.VIEWER, PASSWORD);
        sql.sql("update app_user set password_change_required = false where username = ?").param(username).update();
        signInAs(username);
        UI.getCurrent().navigate("deployments");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    /** An admin, elsewhere, does this; then the signed-in user's session (this UI's) goes on. */
    private void asAdminMeanwhile(Runnable done) {
        var usersSession = SecurityContextHolder.getContext();
        signInAs("admin");
        done.run();
        SecurityContextHolder.setContext(usersSession);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, usersSession);
    }

    @Test
    void a_session_open_when_its_account_is_disabled_ends_at_its_next_page() {
        String username = uniqueUsername("olga");
        signedInViewerOnAPage(username, "Olga Open");

        asAdminMeanwhile(() -> { // through the users page's service
            AccountDetails olga = administration.account(users.findByUsername(username).orElseThrow().getId());
            olga.setEnabled(false);
            administration.save(olga);
        });
        UI.getCurrent().navigate("compare");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void an_account_disabled_through_another_essor_on_the_same_database_is_refused_at_its_next_page() {
        String username = uniqueUsername("otto");
        signedInViewerOnAPage(username, "Otto Other");

        // Written outside this Essor's transactions, as another Essor's would be: this one has committed nothing
        // since, yet the standing is read at each request, never kept between sessions (decision record 0009).
        sql.sql("update app_user set enabled = false, version = version + 1 where username = ?").param(username).update();
        UI.getCurrent().navigate("compare");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    /** The layout builds its menu from these entries (Karibu does not draw the layout itself). */
    @Test
    void the_menu_offers_the_users_page_to_admins_only() {
        assertThat(menuPaths()).contains("/admin/users", "/account");
        for (String user : List.of("lead", "viewer")) {
            signInAs(user);
            assertThat(menuPaths()).as(user).contains("/account").doesNotContain("/admin/users");
        }
    }

    private static List<String> menuPaths() {
        return MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).toList();
    }

    /** The account's access actions, in its row of the grid, as the admin sees them once the page is read again. */
    private static AccessActions accessOf(String username) {
        UI.getCurrent().getPage().reload();
        Grid<AccountDetails> accounts = accounts();
        for (int row = 0; row < GridKt._size(accounts); row++) {
            if (GridKt._get(accounts, row).getUsername().equals(username)) {
                return (AccessActions) GridKt._getCellComponent(accounts, row, "access");
            }
        }
        throw new AssertionError(username + " is not listed");
    }

    private static Button accessButton(String username, String text) {
        return _get(accessOf(username), Button.class, spec -> spec.withText(text));
    }

    /** A token of the user's own, made as they would make it on their tokens page. */
    private String tokenOf(String username) {
        signInAs(username);
        String clear = tokens.create("Their script", null).clearValue();
        signInAs("admin");
        UI.getCurrent().navigate("admin/users");
        return clear;
    }

    @Test
    void an_admin_resets_a_password_the_old_one_and_the_account_s_tokens_stop_working_and_the_new_one_is_shown_once() {
        String username = uniqueUsername("reset");
        users.save(new AppUser(username, "Rita Reset", encoder.encode(PASSWORD), Role.LEAD));
        String token = tokenOf(username);

        _click(accessButton(username, "Réinitialiser le mot de passe"));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(question)).isEqualTo("Réinitialiser le mot de passe de " + username + " ?");
        assertThat(question.getElement().getProperty("message")).contains("son jeton d’API sera révoqué");
        ConfirmDialogKt._fireConfirm(question);

        String oneTime = oneTimePassword();
        assertThat(signIn(username, oneTime).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(username, PASSWORD)).as("the old password")
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        assertThat(users.findByUsername(username).orElseThrow().isPasswordChangeRequired()).isTrue();
        assertThat(tokens.authenticate(token)).as("the token made with the old password").isEmpty();
    }

    @Test
    void an_admin_revokes_another_user_s_tokens_and_nothing_else_changes() {
        String username = uniqueUsername("tokens");
        users.save(new AppUser(username, "Tom Tokens", encoder.encode(PASSWORD), Role.VIEWER));
        String token = tokenOf(username);

        _click(accessButton(username, "Révoquer les jetons d’API"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Un jeton révoqué.");
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(signIn(username, PASSWORD).isAuthenticated()).as("the password still works").isTrue();
    }

    @Test
    void an_admin_is_not_offered_to_reset_their_own_password() {
        assertThat(_find(accessOf("admin"), Button.class, spec -> spec.withText("Réinitialiser le mot de passe"))).isEmpty();
        long own = users.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> administration.resetPassword(own)).isInstanceOf(AccessDeniedException.class);
    }
}
