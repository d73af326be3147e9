package fr.essor.user.service;

import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any user, creates the one admin. Its password comes from ESSOR_ADMIN_PASSWORD;
 * without it, a random one is printed once in the log and must be changed at first sign-in. No fixed
 * password ever works outside the demo profile.
 */
@Component
@Order(2)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    FirstAdmin(UserRepository users, PasswordEncoder encoder,
               @Value("${essor.admin.password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (users.count() > 0) {
            return;
        }
        boolean configured = !configuredPassword.isBlank();
        String password = configured ? configuredPassword : OneTimePasswords.next();
        AppUser admin = new AppUser(USERNAME, "Administrateur", encoder.encode(password), Role.ADMIN);
        admin.setPasswordChangeRequired(!configured);
        users.save(admin);
        if (configured) {
            LOG.info("Created the first admin '{}' with the password from ESSOR_ADMIN_PASSWORD", USERNAME);
        } else {
            LOG.warn("Created the first admin '{}' with the one-time password {} (shown only now; "
                    + "it must be changed at first sign-in)", USERNAME, password);
        }
    }
}
