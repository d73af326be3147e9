package fr.essor.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import fr.essor.security.signin.AnonymousVaadinStart;
import fr.essor.security.signin.SameOriginSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Vaadin's security configuration for Flow: every page and endpoint needs a signed-in user except the
 * sign-in page and static files; views carry their own access annotations, services their method security.
 * Form login keeps Spring's defaults: the session id changes at sign-in, a failure goes to /login?error; the form
 * is refused when another site posts it (SameOriginSignIn), and nobody starts a Vaadin view before signing in.
 * /api/** has its own chain, consulted first (fr.essor.api.security.ApiSecurityConfig): bearer tokens, no session.
 * Sign-in through an OpenID Connect provider is added when one is configured; the headers come from
 * {@link SecurityHeaders}, which the API's chain applies too.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String SIGN_IN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders headers, VaadinDefaultRequestCache requestCache,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders,
                                            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcAccounts)
            throws Exception {
        if (identityProviders.getIfAvailable() != null) {
            // Only when a provider is configured: without one, Essor starts and signs in by password alone.
            // Its failures land on the same page and message as a wrong password.
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts.getObject())));
        }
        // The page a visitor asked for before signing in is kept in a cookie, not in a session: a visitor who never
        // signs in keeps nothing on the server (Vaadin's cache still skips its own requests).
        requestCache.setDelegateRequestCache(new CookieRequestCache());
        // A failure opens no session either: Spring would open one to keep the failure's reason, which the
        // page never shows (it says the same whatever went wrong).
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(SIGN_IN_PATH + "?error");
        failure.setAllowSessionCreation(false);
        return http
                .formLogin(form -> form.loginPage(SIGN_IN_PATH).failureHandler(failure).permitAll())
                .addFilterBefore(new SameOriginSignIn(SIGN_IN_PATH), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AnonymousVaadinStart(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // The sign-in page with any query (?error, ?continue): Spring's own rule matches it without one.
                        .requestMatchers(SIGN_IN_PATH).permitAll()
                        .requestMatchers("/*.css", "/icons/**").permitAll()
                        // A load balancer asks whether Essor is up without signing in; the rest is for admins.
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(AppRoles.ADMIN)
                        // The REST API's documentation (springdoc): for signed-in users, through this session chain.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").authenticated())
                .headers(headers)
                // Vaadin denies by default any path no rule names, so a signed-in user who follows an old link
                // or mistypes one got the browser's bare 403 instead of Essor's "page not found". Signed-in
                // requests now reach Vaadin, whose view rules (@PermitAll, @RolesAllowed) still decide; an
                // anonymous visitor is still sent to sign in, and learns nothing about which paths exist.
                // The sign-in page is plain HTML outside Vaadin (fr.essor.security.signin.SignInPage).
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SIGN_IN_PATH)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** bcrypt today, with the algorithm's name in each hash, so a later algorithm can take over gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
