package fr.essor.user.service;

import fr.essor.base.EssorProperties;
import fr.essor.base.i18n.BundleTranslations;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any user, creates the one admin. Its password comes from ESSOR_ADMIN_PASSWORD
 * ({@code essor.admin.password}); without it, a random one is printed once in the log and must be changed at
 * first sign-in. No fixed password ever works outside the demo profile.
 *
 * <p>A configured password that breaks the password rules stops the start-up, with the rule in the log: the
 * admin account would otherwise open with a guessable password on a server that may already be reachable,
 * and a warning in a log nobody reads protects nothing; silently falling back to a one-time password would
 * leave whoever configured it locked out without knowing why. Only the first start reads it, so a running
 * installation is never stopped by this rule.
 */
@Component
@Order(2)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final BundleTranslations translations;

    FirstAdmin(UserRepository users, PasswordEncoder encoder, EssorProperties essor, BundleTranslations translations) {
        this.users = users;
        this.encoder = encoder;
        this.translations = translations;
        this.configuredPassword = essor.admin().password();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (users.count() > 0) {
            return;
        }
        boolean configured = !configuredPassword.isBlank();
        if (configured) {
            PasswordRules.refusal(configuredPassword, USERNAME).ifPresent(refusal -> {
                throw new IllegalStateException("ESSOR_ADMIN_PASSWORD is refused: " + translations.getTranslation(refusal.messageKey(),
                        BundleTranslations.ENGLISH, PasswordChange.MIN_LENGTH, PasswordChange.MAX_LENGTH)
                        + " (Or leave ESSOR_ADMIN_PASSWORD unset: Essor then prints a one-time password in the log.)");
            });
        }
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
