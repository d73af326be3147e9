package fr.essor.security;

/**
 * The role names services check with {@code hasRole(...)}: an admin manages users and every deployment, a
 * lead changes the deployments they are a member of, a viewer reads.
 */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String LEAD = "LEAD";
    public static final String VIEWER = "VIEWER";

    /** For {@code @PreAuthorize}: whoever may change at least some data. */
    public static final String ADMIN_OR_LEAD = "hasAnyRole('" + ADMIN + "', '" + LEAD + "')";

    private AppRoles() {
    }
}
