package fr.essor.security;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a session was ended from the server, carried to the sign-in page in a short-lived cookie: the session
 * itself is gone, and the browser lands there through Vaadin's "session expired" and a reload, or a redirect.
 * Without it, someone whose account was disabled or whose password was changed elsewhere found themselves
 * signed out without a word.
 */
public final class SessionEnded {

    public static final String DISABLED = "disabled";
    public static final String PASSWORD_CHANGED = "password";
    /** An admin reset the password: "changed elsewhere" left the person wondering who had changed it. */
    public static final String PASSWORD_RESET = "reset";
    static final String COOKIE = "essor-session-ended";
    /** Long enough for the reload to reach the sign-in page, short enough not to greet a later visit. */
    private static final int KEPT_SECONDS = 120;

    private SessionEnded() {
    }

    public static Cookie cookie(String reason, String contextPath, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, reason);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(KEPT_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        return cookie;
    }

    /** The same cookie, expired: the sign-in page says it once. */
    public static Cookie cleared(String contextPath, boolean secure) {
        Cookie cookie = cookie("", contextPath, secure);
        cookie.setMaxAge(0);
        return cookie;
    }

    /** The reason a request carries, if it is one Essor sets. */
    public static Optional<String> reasonIn(Cookie @Nullable [] cookies) {
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.equals(DISABLED) || value.equals(PASSWORD_CHANGED) || value.equals(PASSWORD_RESET))
                .findFirst();
    }
}
