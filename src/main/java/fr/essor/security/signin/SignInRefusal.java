package fr.essor.security.signin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal answered here and now, as plain text. Not {@code sendError}: Tomcat then forwards to Boot's error
 * page, which someone not signed in may not see, so Spring Security turned the 401 or 403 into a redirect to the
 * sign-in page (a newcomer's curl saw 302 where the tests, without Tomcat, saw the status).
 */
final class SignInRefusal {

    private SignInRefusal() {
    }

    static void write(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(text);
    }
}
