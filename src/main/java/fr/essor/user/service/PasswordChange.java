package fr.essor.user.service;

/** Why a new password was refused, for the message next to the field concerned. */
public enum PasswordChange {
    DONE(""),
    CURRENT_WRONG("password.currentWrong"),
    TOO_SHORT("password.tooShort"),
    TOO_LONG("password.tooLong"),
    SAME_AS_CURRENT("password.same"),
    COMMON("password.common"),
    REPEATED("password.repeated"),
    NAME_BASED("password.nameBased");

    /** Long enough to resist guessing without rules about character classes (NIST SP 800-63B). */
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes: a longer password would be partly ignored. */
    public static final int MAX_LENGTH = 72;

    private final String messageKey;

    PasswordChange(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Its message, with {0} the minimum length and {1} the maximum. */
    public String messageKey() {
        return messageKey;
    }
}
