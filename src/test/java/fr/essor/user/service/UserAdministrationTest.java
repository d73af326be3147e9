package fr.essor.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.essor.KaribuTest;
import fr.essor.TestDeployments;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.Violation;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The rules that keep Essor manageable: the last enabled admin stays one, and an admin never demotes or
 * disables themselves, whatever page or caller asks; an admin demoted meanwhile can no longer manage users.
 */
class UserAdministrationTest extends KaribuTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient sql;

    private AppUser me;
    private AppUser other;
    /** The other admins (the demo one) are set aside for the last-admin cases, and put back after. */
    private List<Long> setAside = List.of();

    @BeforeEach
    void twoAdmins() {
        me = admin("me");
        other = admin("other");
        signInAs(me.getUsername());
    }

    @AfterEach
    void putBackTheAdminsSetAside() {
        for (long id : setAside) {
            sql.sql("update app_user set enabled = true where id = ?").param(id).update();
        }
    }

    private AppUser admin(String prefix) {
        String username = TestDeployments.uniqueName(prefix).replace(' ', '-').toLowerCase();
        return users.save(new AppUser(username, "Admin " + prefix, encoder.encode("a long enough phrase"), Role.ADMIN));
    }

    private void leaveOnlyMeAsEnabledAdmin() {
        setAside = sql.sql("select id from app_user where role = 'ADMIN' and enabled = true and id <> ?")
                .param(me.getId()).query(Long.class).list();
        sql.sql("update app_user set enabled = false where role = 'ADMIN' and id <> ?").param(me.getId()).update();
    }

    private AccountDetails change(AppUser user, Consumer<AccountDetails> change) {
        AccountDetails details = administration.account(user.getId());
        change.accept(details);
        return administration.save(details);
    }

    private static void assertRefused(Runnable save, String field, String messageKey) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(RuleViolationException.class, refused ->
                assertThat(refused.violations()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, messageKey)));
    }

    @Test
    void an_admin_cannot_demote_themselves() {
        assertRefused(() -> change(me, details -> details.setRole(Role.LEAD)), "role", "admin.rule.selfDemotion");
        assertThat(users.findById(me.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_admin_cannot_disable_themselves() {
        assertRefused(() -> change(me, details -> details.setEnabled(false)), "enabled", "admin.rule.selfDisable");
        assertThat(users.findById(me.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void an_admin_demotes_and_disables_another_admin() {
        change(other, details -> details.setRole(Role.VIEWER));
        change(other, details -> details.setEnabled(false));

        AppUser stored = users.findById(other.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.VIEWER);
        assertThat(stored.isEnabled()).isFalse();
    }

    @Test
    void the_last_enabled_admin_can_be_neither_demoted_nor_disabled() {
        leaveOnlyMeAsEnabledAdmin();

        assertRefused(() -> change(me, details -> details.setRole(Role.VIEWER)), "role", "admin.rule.lastAdmin");
        assertRefused(() -> change(me, details -> details.setEnabled(false)), "enabled", "admin.rule.lastAdmin");
        AppUser stored = users.findById(me.getId()).orElseThrow();
        assertThat(stored.isActiveAdmin()).isTrue();
    }

    @Test
    void an_admin_demoted_meanwhile_can_no_longer_manage_users_from_their_open_session() {
        // Another admin demotes me while my session still holds the admin role it signed in with.
        sql.sql("update app_user set role = 'LEAD', version = version + 1 where id = ?").param(me.getId()).update();

        assertThatThrownBy(() -> change(other, details -> details.setRole(Role.VIEWER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.findById(other.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }
}
