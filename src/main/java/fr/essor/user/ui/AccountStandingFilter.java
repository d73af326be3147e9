package fr.essor.user.ui;

import fr.essor.security.CurrentUser;
import fr.essor.security.EssorPrincipal;
import fr.essor.security.SessionEnded;
import fr.essor.user.service.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import com.vaadin.flow.server.WrappedSession;
import java.io.IOException;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request, whatever it is, once its account is disabled or its password was changed
 * elsewhere (by its owner, in another browser): whoever learnt the old password and signed
 * in with it keeps nothing. The session that changed the password goes on ({@link #passwordChangedHere}).
 *
 * <p>{@link DisabledAccountGate}
 * ended it at the next page only: until then a disabled lead, on a page left open, still saved and deleted
 * measurements, and a disabled viewer still downloaded exports. Runs after Spring Security's chain (a
 * servlet filter of the lowest order), where the request's user is known; the session is invalidated, so
 * Vaadin answers a click with "session expired" and the browser reloads onto the sign-in page, and a
 * download is refused. The account's standing is read at each request, never kept between sessions: an account
 * disabled through another Essor on the same database is refused here at once too (decision record 0009).
 */
@Component
class AccountStandingFilter extends OncePerRequestFilter {

    /** The parameter that marks Vaadin's own requests (a click, a heartbeat, a new page's start). */
    private static final String VAADIN_REQUEST_TYPE = "v-r";
    /** The session's attribute holding the stamp of the password it chose itself since signing in. */
    static final String PASSWORD_STAMP = AccountStandingFilter.class.getName() + ".passwordStamp";

    private final UserAccounts accounts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    AccountStandingFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String ended = endedBecause(request);
        if (ended != null) {
            logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
            // Whatever answers next (Vaadin's "session expired" then a reload), the sign-in page says why.
            response.addCookie(SessionEnded.cookie(ended, request.getContextPath(), request.isSecure()));
            if (isDownload(request)) {
                // A link with a download attribute saves whatever comes back: redirected, it saved the sign-in
                // page as "export.csv". Refused, the browser says the download failed.
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (request.getParameter(VAADIN_REQUEST_TYPE) == null) {
                // A page or the API's documentation: nothing of it is served; sign in again.
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
            // Vaadin's own requests go on without a session: Vaadin answers "session expired" and the page
            // reloads onto the sign-in page, without running the click.
        }
        chain.doFilter(request, response);
    }

    /** Why this request's session must end ({@link SessionEnded}'s reasons), or null when it goes on. */
    private @Nullable String endedBecause(HttpServletRequest request) {
        if (CurrentUser.id().isEmpty()) {
            return null;
        }
        if (!accounts.signedInAccountEnabled()) {
            return SessionEnded.DISABLED;
        }
        if (!passwordChangedElsewhere(request)) {
            return null;
        }
        // Only an admin's reset leaves the account with a password to replace (a one-time one).
        return accounts.passwordChangeRequired() ? SessionEnded.PASSWORD_RESET : SessionEnded.PASSWORD_CHANGED;
    }

    /**
     * Whether the account's password is no longer the one this session signed in with: the stamp its sign-in
     * proved (kept in its principal from that moment), or the one it set itself since ({@link #passwordChangedHere}).
     */
    private boolean passwordChangedElsewhere(HttpServletRequest request) {
        OptionalInt stamp = accounts.signedInPasswordStamp();
        if (stamp.isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object changedHere = session == null ? null : session.getAttribute(PASSWORD_STAMP);
        if (changedHere != null) {
            return !changedHere.equals(stamp.getAsInt());
        }
        OptionalInt signedInWith = CurrentUser.principal().map(EssorPrincipal::getPasswordStamp).orElse(OptionalInt.empty());
        return signedInWith.isPresent() && signedInWith.getAsInt() != stamp.getAsInt();
    }

    /** The session that changed its own password keeps going with the new one. */
    static void passwordChangedHere(WrappedSession session, OptionalInt stamp) {
        stamp.ifPresent(value -> session.setAttribute(PASSWORD_STAMP, value));
    }

    /** Files a page offers (exports, the chart's CSV): Vaadin serves them under this path. */
    private static boolean isDownload(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/VAADIN/dynamic/");
    }

    /** The application's own files (scripts, styles, images) say nothing about anyone: not checked. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/icons/");
    }
}
