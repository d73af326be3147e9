package fr.essor.base.domain;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Country codes as Essor keeps them: ISO 3166 alpha-2, in capitals. Every way in writes a code through
 * {@link #canonical} and checks it with {@link #isKnown} (the entity's {@link IsoCountryCode}, the CSV import).
 */
public final class CountryCodes {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** A code as a person, a script or a file gives it, stripped and in capitals; null for none (blank). */
    public static @Nullable String canonical(@Nullable String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the code, as written, is an ISO 3166 two-letter country code. */
    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }
}
