package fr.essor.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security keeps them: their account id besides name and roles. */
public class EssorPrincipal extends User {

    private final long userId;
    private final String displayName;

    public EssorPrincipal(long userId, String username, String displayName, String passwordHash, boolean enabled,
                          Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.displayName = displayName;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
