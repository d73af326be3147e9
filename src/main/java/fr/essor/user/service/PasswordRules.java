package fr.essor.user.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a newly chosen password must be, wherever it is chosen (one's own change, an admin's initial password,
 * the first admin's ESSOR_ADMIN_PASSWORD), after NIST SP 800-63B: long enough, no longer than bcrypt reads,
 * not a known common or breached password, not a few characters repeated, not made of the user name or the
 * service's name. No rules on character classes, which NIST advises against.
 */
final class PasswordRules {

    /** The passwords of breach corpora at least {@link PasswordChange#MIN_LENGTH} long, lower case, commonest first (NOTICE). */
    static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";
    private static final String SERVICE_NAME = "essor";
    /** A shorter user name ("al") is too likely to occur by chance in a good phrase. */
    private static final int SHORTEST_NAME_CHECKED = 3;

    private PasswordRules() {
    }

    static Optional<PasswordChange> refusal(String password, String username) {
        if (password.codePointCount(0, password.length()) < PasswordChange.MIN_LENGTH) {
            return Optional.of(PasswordChange.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordChange.MAX_LENGTH) {
            return Optional.of(PasswordChange.TOO_LONG);
        }
        // Compared as a person would type it again: case and Unicode forms aside (NFKC, as NIST advises).
        String folded = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // The name first: "admin-admin-admin" is a repetition too, and the message about the name says more.
        if (madeOfNames(folded, username.toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordChange.NAME_BASED);
        }
        if (repeated(folded)) {
            return Optional.of(PasswordChange.REPEATED);
        }
        if (common(folded)) {
            return Optional.of(PasswordChange.COMMON);
        }
        return Optional.empty();
    }

    private static boolean repeated(String folded) {
        int[] points = folded.codePoints().toArray();
        // Any unit typed again and again, at least twice: "abcdabcdabcd" is as guessable as "aaaaaaaaaaaa" (a newcomer's
        // try; units of up to three characters were refused, four went through), and no phrase is one word twice over.
        for (int unit = 1; unit <= points.length / 2; unit++) {
            boolean repeats = true;
            for (int i = unit; i < points.length && repeats; i++) {
                repeats = points[i] == points[i - unit];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** The user name or "essor", once or several times, with only digits, spaces or punctuation around. */
    private static boolean madeOfNames(String folded, String username) {
        String rest = folded.replace(SERVICE_NAME, "");
        if (username.codePointCount(0, username.length()) >= SHORTEST_NAME_CHECKED) {
            rest = rest.replace(username, "");
        }
        return rest.length() < folded.length() && rest.codePoints().noneMatch(Character::isLetter);
    }

    /**
     * Read through at each check rather than held: a password is chosen rarely, and the list would otherwise
     * keep some 3 MB of heap for good.
     */
    private static boolean common(String folded) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing: passwords cannot be checked");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().anyMatch(folded::equals);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
