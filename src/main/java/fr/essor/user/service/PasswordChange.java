package fr.essor.user.service;

/** Why a new password was refused, for the message next to the field concerned. */
public enum PasswordChange {
    DONE, CURRENT_WRONG, TOO_SHORT, TOO_LONG, SAME_AS_CURRENT;

    /** Long enough to resist guessing without rules about character classes (NIST SP 800-63B). */
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes: a longer password would be partly ignored. */
    public static final int MAX_LENGTH = 72;
}
