package fr.essor.security.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form posted from another site (login CSRF: a page elsewhere signing the visitor's browser in
 * as the attacker, whose account then records what the visitor types). The sign-in form carries no CSRF token:
 * one would need a session for every visitor of the page, which is what the page avoids. Browsers say where a
 * form comes from instead: {@code Origin} on every cross-origin POST, and {@code Sec-Fetch-Site}. A post without
 * either (a script, an old browser) is not a browser tricked by another site, and goes on.
 */
public class SameOriginSignIn extends OncePerRequestFilter {

    private final String signInPath;

    public SameOriginSignIn(String signInPath) {
        this.signInPath = signInPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !signInPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            SignInRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "sign-in from another site refused");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        @Nullable String origin = request.getHeader("Origin");
        if (origin != null) {
            return !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request));
        }
        @Nullable String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
    }

    /** Where this request was sent, as the browser names it: behind a proxy, as the proxy forwarded it. */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
