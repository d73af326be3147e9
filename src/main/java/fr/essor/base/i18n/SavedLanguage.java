package fr.essor.base.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a signed-in user keeps on their account, so that it follows them to every browser. Declared
 * here and implemented by the accounts, so the language switch needs nothing of the user feature.
 */
public interface SavedLanguage {

    /** The signed-in user's saved language; empty when nobody is signed in or they never chose one. */
    Optional<Locale> ofSignedInUser();

    /** Keeps this language on the signed-in user's account. */
    void saveForSignedInUser(Locale locale);
}
