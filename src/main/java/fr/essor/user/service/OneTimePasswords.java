package fr.essor.user.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Random passwords handed over once (first admin, accounts an admin creates) and replaced at first sign-in. */
final class OneTimePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** 20 characters from 120 random bits: past any guessing, short enough to type once. */
    static String next() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
