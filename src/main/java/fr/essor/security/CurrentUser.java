package fr.essor.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user, for services that decide by role and membership; no Vaadin, so any caller works. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<EssorPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof EssorPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    public static Optional<Long> id() {
        return principal().map(EssorPrincipal::getUserId);
    }

    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }

    /** Who is acting, for the audit trail; "system" when nobody is signed in (start-up work). */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
