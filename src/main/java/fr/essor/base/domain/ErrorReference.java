package fr.essor.base.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody foresaw gets a short reference, written to the log with its stack trace and given to
 * the user (page or API caller), so support finds the one line that matters without showing internals.
 */
public final class ErrorReference {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** @return the new reference, e.g. ESS-3F9A01C2, already in the log with the failure */
    public static String logged(Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = "ESS-" + HexFormat.of().withUpperCase().formatHex(bytes);
        LOG.error("Unexpected error shown to the user as reference {}", reference, failure);
        return reference;
    }
}
