package fr.essor.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.essor.HeadlessEssor;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.UserRepository;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start on an empty database, outside the demo profile: one admin, and no fixed password. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIT {

    private static ConfigurableApplicationContext emptyEssor(String... more) {
        String[] arguments = new String[more.length + 2];
        arguments[0] = "--spring.datasource.url=jdbc:h2:mem:first-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // Any profile but demo: the test classpath turns demo on.
        arguments[1] = "--spring.profiles.active=production-like";
        System.arraycopy(more, 0, arguments, 2, more.length);
        return HeadlessEssor.start(arguments);
    }

    @Test
    void without_a_configured_password_a_one_time_one_is_printed_once_and_must_be_changed(CapturedOutput output) {
        try (ConfigurableApplicationContext essor = emptyEssor()) {
            UserRepository users = essor.getBean(UserRepository.class);
            Matcher printed = Pattern.compile("one-time password (\\S+) ").matcher(output.getOut());
            assertThat(printed.find()).as("the password in the log").isTrue();
            AppUser admin = users.findByUsername("admin").orElseThrow();

            assertThat(users.count()).isEqualTo(1);
            assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
            assertThat(essor.getBean(PasswordEncoder.class).matches(printed.group(1), admin.getPasswordHash())).isTrue();
            assertThat(admin.isPasswordChangeRequired()).isTrue();
            assertThat(users.findByUsername("lead")).as("no demo user").isEmpty();
            assertThat(printed.find()).as("printed only once").isFalse();
        }
    }

    @Test
    void a_configured_password_is_the_admins_and_is_never_printed(CapturedOutput output) {
        try (ConfigurableApplicationContext essor = emptyEssor("--essor.admin.password=from the environment")) {
            AppUser admin = essor.getBean(UserRepository.class).findByUsername("admin").orElseThrow();

            assertThat(essor.getBean(PasswordEncoder.class).matches("from the environment", admin.getPasswordHash())).isTrue();
            assertThat(admin.isPasswordChangeRequired()).isFalse();
            assertThat(output.getOut()).doesNotContain("from the environment").doesNotContain("one-time password");
        }
    }

    @Test
    void a_configured_password_from_the_common_lists_stops_the_first_start_and_the_log_says_which_rule() {
        Throwable refused = catchThrowable(() -> emptyEssor("--essor.admin.password=Password1234").close());
        while (refused != null && refused.getCause() != null) {
            refused = refused.getCause();
        }

        assertThat(refused).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ESSOR_ADMIN_PASSWORD is refused: This password is on the lists of common or breached passwords")
                .message().doesNotContain("Password1234");
    }
}
