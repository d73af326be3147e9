package fr.essor.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings keep the names people already set (docs/operations.md, security.md, security-model.md) and one default each. */
class EssorPropertiesTest {

    private static EssorProperties bound(PropertySource<?> source) {
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("essor", EssorProperties.class);
    }

    @Test
    void nothing_set_gives_the_documented_defaults() {
        EssorProperties essor = bound(new MapPropertySource("none", Map.of()));

        assertThat(essor.admin().password()).isEmpty();
        assertThat(essor.signIn()).isEqualTo(new EssorProperties.SignIn(5, 20, Duration.ofMinutes(15)));
        assertThat(essor.oidc()).isEqualTo(new EssorProperties.Oidc("preferred_username", true, "VIEWER"));
    }

    @Test
    void each_setting_is_read_under_the_name_the_documentation_gives() {
        EssorProperties essor = bound(new MapPropertySource("application.properties", Map.of(
                "essor.admin.password", "a long passphrase",
                "essor.sign-in.max-failures", "3",
                "essor.sign-in.address-max-failures", "50",
                "essor.sign-in.lock-duration", "1h",
                "essor.oidc.username-claim", "upn",
                "essor.oidc.create-accounts", "false",
                "essor.oidc.default-role", "LEAD")));

        assertThat(essor.admin().password()).isEqualTo("a long passphrase");
        assertThat(essor.signIn()).isEqualTo(new EssorProperties.SignIn(3, 50, Duration.ofHours(1)));
        assertThat(essor.oidc()).isEqualTo(new EssorProperties.Oidc("upn", false, "LEAD"));
    }

    @Test
    void the_first_admins_password_comes_from_essor_admin_password_in_the_environment() {
        EssorProperties essor = bound(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("ESSOR_ADMIN_PASSWORD", "from the environment")));

        assertThat(essor.admin().password()).isEqualTo("from the environment");
    }
}
