package fr.essor.user.domain;

import fr.essor.security.AppRoles;

/** The three roles; their names are the {@link AppRoles} constants that services check. */
public enum Role {
    ADMIN(AppRoles.ADMIN), LEAD(AppRoles.LEAD), VIEWER(AppRoles.VIEWER);

    private final String name;

    Role(String name) {
        this.name = name;
    }

    /** The Spring Security authority, "ROLE_ADMIN" for {@code hasRole('ADMIN')}. */
    public String authority() {
        return "ROLE_" + name;
    }
}
