package fr.essor.security;

import java.util.Collection;
import java.util.OptionalInt;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as Spring Security keeps them: their account id besides name and roles, and the stamp of
 * the password they signed in with, taken when the sign-in succeeds (none for a token or an identity provider).
 */
public class EssorPrincipal extends User {

    private final long userId;
    private final String displayName;
    private final OptionalInt passwordStamp;

    public EssorPrincipal(long userId, String username, String displayName, String passwordHash, boolean enabled,
                          Collection<? extends GrantedAuthority> authorities) {
        this(userId, username, displayName, passwordHash, OptionalInt.empty(), enabled, authorities);
    }

    public EssorPrincipal(long userId, String username, String displayName, String passwordHash, OptionalInt passwordStamp,
                          boolean enabled, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.displayName = displayName;
        this.passwordStamp = passwordStamp;
    }

    /** The stamp of the password this sign-in proved; empty when no password was involved. */
    public OptionalInt getPasswordStamp() {
        return passwordStamp;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
