package fr.essor.api.security;

import java.io.IOException;

/** A body without a length said (chunked) passed its endpoint's limit while it was read: answered 413. */
public final class BodyTooLarge extends IOException {

    private final long maxBytes;

    BodyTooLarge(long maxBytes) {
        super("request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The 413 problem, in the caller's language, with the limit in bytes for a script to read. */
    public static org.springframework.http.ProblemDetail problem(long maxBytes, Problems problems,
                                                                 jakarta.servlet.http.HttpServletRequest request) {
        boolean megabytes = maxBytes % (1024 * 1024) == 0;
        var problem = problems.of(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                megabytes ? "api.problem.tooLarge" : "api.problem.tooLargeKb", request,
                megabytes ? maxBytes / (1024 * 1024) : maxBytes / 1024);
        problem.setProperty("maxBytes", maxBytes);
        return problem;
    }
}
