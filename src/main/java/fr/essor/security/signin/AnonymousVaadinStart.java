package fr.essor.security.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses to start a Vaadin view for someone not signed in. No view is open to them (the sign-in page is outside
 * Vaadin), so such a start only ever ended on the sign-in page; but Vaadin opened a session and a UI for it first,
 * about 14 KB kept for half an hour, and anyone could ask for thousands a second. Runs after Spring Security's
 * filters, which let Vaadin's own requests through and leave the decision to Vaadin's views.
 */
public class AnonymousVaadinStart extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The query only: reading a parameter would read a posted body.
        String query = request.getQueryString();
        return query == null || !("&" + query + "&").contains("&v-r=init&");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The request as Spring Security's chain wrapped it: no principal for someone not signed in. (Not the static
        // holder: in a JVM with several Spring contexts, as the tests have, it may be another context's.)
        if (request.getUserPrincipal() == null) {
            SignInRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, "not signed in");
            return;
        }
        chain.doFilter(request, response);
    }
}
