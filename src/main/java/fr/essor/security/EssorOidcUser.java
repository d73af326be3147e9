package fr.essor.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in through the organisation's identity provider: the Essor account they were matched to
 * (so pages, services and the audit trail see the same principal as after a password sign-in), with the
 * provider's tokens kept for Spring's OIDC sign-out and refresh.
 */
public class EssorOidcUser extends EssorPrincipal implements OidcUser {

    private final OidcUser fromProvider;

    public EssorOidcUser(long userId, String username, String displayName,
                         Collection<? extends GrantedAuthority> authorities, OidcUser fromProvider) {
        // No password: this principal never goes through a password check.
        super(userId, username, displayName, "", true, authorities);
        this.fromProvider = fromProvider;
    }

    /** The Essor user name, so the audit trail names the account, not the provider's subject id. */
    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public Map<String, Object> getClaims() {
        return fromProvider.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return fromProvider.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return fromProvider.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return fromProvider.getAttributes();
    }
}
