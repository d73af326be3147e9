package fr.essor.user.service;

import fr.essor.user.domain.Role;
import java.util.Locale;
import java.util.Optional;

/** The signed-in user's own account, as their account page shows it. */
public record OwnAccount(String username, String displayName, Role role, Optional<Locale> language) {
}
