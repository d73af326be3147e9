package fr.essor.user.service;

import fr.essor.base.EssorProperties;
import fr.essor.security.EssorOidcUser;
import fr.essor.user.domain.AppUser;
import fr.essor.user.domain.Role;
import fr.essor.user.domain.UserRepository;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches someone the identity provider vouched for to their Essor account, by user name: the claim
 * {@code essor.oidc.username-claim} (preferred_username by default), else their e-mail address if the provider
 * verified it. Their role and memberships stay Essor's. Someone without an account gets one with
 * {@code essor.oidc.default-role} (viewer), unless {@code essor.oidc.create-accounts=false} refuses them.
 * A disabled account stays shut. Every refusal reaches the sign-in page as the usual "sign-in failed".
 */
@Service
@Transactional(readOnly = true)
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String usernameClaim;
    private final boolean createAccounts;
    private final Role defaultRole;

    OidcAccounts(UserRepository users, PasswordEncoder encoder, EssorProperties essor) {
        this.users = users;
        this.encoder = encoder;
        this.usernameClaim = essor.oidc().usernameClaim();
        this.createAccounts = essor.oidc().createAccounts();
        this.defaultRole = role(essor.oidc().defaultRole());
    }

    /** A role named in any case, as Spring reads an enum from a property; a wrong name stops the start, saying so. */
    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("essor.oidc.default-role=" + name + " is not a role: ADMIN, LEAD or VIEWER", unknown);
        }
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        return signIn(provider.loadUser(request));
    }

    /** The Essor account for the provider's user, created if allowed; refused otherwise. */
    @Transactional
    public EssorOidcUser signIn(OidcUser fromProvider) {
        String username = usernameOf(fromProvider);
        AppUser account = users.findByUsername(username).orElseGet(() -> create(username, fromProvider));
        if (!account.isEnabled()) {
            throw refused("account disabled");
        }
        return new EssorOidcUser(account.getId(), account.getUsername(), account.getDisplayName(),
                List.of(new SimpleGrantedAuthority(account.getRole().authority())), fromProvider);
    }

    private String usernameOf(OidcUser fromProvider) {
        String name = fromProvider.getClaimAsString(usernameClaim);
        if (isBlank(name) && Boolean.TRUE.equals(fromProvider.getEmailVerified())) {
            name = fromProvider.getEmail();
        }
        if (isBlank(name)) {
            throw refused("no " + usernameClaim + " and no verified e-mail");
        }
        String username = AppUser.canonical(name);
        if (username.length() > AppUser.USERNAME_MAX_LENGTH) {
            throw refused("user name too long");
        }
        return username;
    }

    private AppUser create(String username, OidcUser fromProvider) {
        if (!createAccounts) {
            throw refused("no account and essor.oidc.create-accounts=false");
        }
        String displayName = isBlank(fromProvider.getFullName()) ? username : fromProvider.getFullName().strip();
        if (displayName.length() > AppUser.DISPLAY_NAME_MAX_LENGTH) {
            displayName = displayName.substring(0, AppUser.DISPLAY_NAME_MAX_LENGTH);
        }
        // A password nobody knows: this account signs in through the provider until an admin gives it one.
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        AppUser created = users.save(new AppUser(username, displayName,
                encoder.encode(Base64.getEncoder().encodeToString(secret)), defaultRole));
        log.info("Created the account {} ({}) at its first sign-in through the identity provider", username, defaultRole);
        return created;
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
