package fr.essor.api.rest;

import fr.essor.TestDeployments;
import fr.essor.rollout.Deployment;
import fr.essor.user.service.ApiTokens;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Component;

/** Sets up what an API test needs as the demo users would: tokens and deployments made through the services. */
@Component
class ApiFixture {

    private final UserDetailsService accounts;
    private final ApiTokens tokens;
    private final TestDeployments deployments;

    ApiFixture(UserDetailsService accounts, ApiTokens tokens, TestDeployments deployments) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.deployments = deployments;
    }

    /** Runs the work signed in as that user, then leaves the thread anonymous again, as an API request starts. */
    <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            TestSecurityContextHolder.clearContext();
        }
    }

    String tokenOf(String username) {
        return as(username, () -> tokens.create("test script", null).clearValue());
    }

    /** A deployment of 1,000 people the user created (a lead thereby becomes its member). */
    Deployment deploymentOf(String username) {
        return as(username, () -> deployments.create(1000, null));
    }
}
