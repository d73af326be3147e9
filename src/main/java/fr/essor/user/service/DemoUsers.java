package fr.essor.user.service;

import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import fr.essor.rollout.DeploymentMembers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's users, one per role, with the passwords the README gives; the lead is a member of
 * the fictitious Groupe Démo. Only this profile has fixed passwords.
 *
 * <p>The profile is checked when Essor starts, not with {@code @Profile}: the production jar's beans are
 * prepared at build time (Spring AOT, bench/README.md, "Start-up and memory"), where a {@code @Profile} would be decided
 * once for every later start.
 */
@Component
@Order(1)
class DemoUsers implements ApplicationRunner {

    static final String DEMO_DEPLOYMENT = "Groupe Démo";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final DeploymentMembers members;

    DemoUsers(UserRepository users, DeploymentMembers members, PasswordEncoder encoder, Environment environment) {
        this.users = users;
        this.members = members;
        this.encoder = encoder;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!environment.matchesProfiles("demo")) {
            return;
        }
        create("admin", "Alice Admin", Role.ADMIN);
        AppUser lead = create("lead", "Léa Lead", Role.LEAD);
        create("viewer", "Victor Viewer", Role.VIEWER);
        members.joinFictitious(lead.getId(), DEMO_DEPLOYMENT);
    }

    private AppUser create(String username, String displayName, Role role) {
        return users.findByUsername(username).orElseGet(() ->
                users.save(new AppUser(username, displayName, encoder.encode(username + "-demo"), role)));
    }
}
