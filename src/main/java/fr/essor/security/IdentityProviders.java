package fr.essor.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured under {@code spring.security.oauth2.client.registration.*}, for the
 * sign-in page's buttons. Without any, Spring Boot creates no registration repository and this list is empty.
 */
@Component
public class IdentityProviders {

    /** What the sign-in page shows and where its button leads (Spring's authorization redirect). */
    public record Provider(String name, String signInPath) {
    }

    private final List<Provider> providers = new ArrayList<>();

    IdentityProviders(ObjectProvider<ClientRegistrationRepository> repository) {
        // Boot's in-memory repository lists its registrations; another kind cannot, and gets no button.
        if (repository.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    providers.add(new Provider(registration.getClientName(),
                            "oauth2/authorization/" + registration.getRegistrationId()));
                }
            }
        }
    }

    public List<Provider> all() {
        return List.copyOf(providers);
    }
}
