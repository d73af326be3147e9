package fr.essor.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Essor's own settings, under {@code essor.}, each with its one default here. They are set like any Spring Boot
 * property: in application.properties, as {@code --essor.sign-in.max-failures=10}, or from the environment
 * (ESSOR_ADMIN_PASSWORD is {@code essor.admin.password}). Not here: {@code essor.h2.settings}, which only
 * application.properties reads, inside the data source's address.
 *
 * @param admin the first admin's account
 * @param signIn how failed sign-ins slow further tries (SignInThrottle)
 * @param oidc sign-in through an OpenID Connect provider, when one is configured (OidcAccounts)
 */
@ConfigurationProperties("essor")
public record EssorProperties(@DefaultValue Admin admin, @DefaultValue SignIn signIn, @DefaultValue Oidc oidc) {

    /**
     * @param password the first admin's password on an empty database; empty: a one-time password is printed
     *                 once in the log and must be changed at first sign-in
     */
    public record Admin(@DefaultValue("") String password) {
    }

    /**
     * @param maxFailures failures that block a user name: for a minute, then twice as long at each further failure
     * @param addressMaxFailures failures, whatever the names, that block a client address the same way
     * @param lockDuration the longest block
     */
    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("20") int addressMaxFailures,
                         @DefaultValue("15m") Duration lockDuration) {
    }

    /**
     * @param usernameClaim the provider's claim that names the Essor account; else the e-mail, if the provider verified it
     * @param createAccounts false: only people who already have an Essor account may sign in through the provider
     * @param defaultRole the role (ADMIN, LEAD or VIEWER) of an account created at its first sign-in; a name, as
     *                    this module knows no roles
     */
    public record Oidc(@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("true") boolean createAccounts,
                       @DefaultValue("VIEWER") String defaultRole) {
    }
}
