package fr.essor.security.signin;

import fr.essor.base.i18n.BundleTranslations;
import fr.essor.security.IdentityProviders;
import fr.essor.security.SessionEnded;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, in the visitor's language. Plain HTML written here rather than a Vaadin view: a Vaadin view
 * starts a Vaadin session and keeps it for half an hour, about 14 KB for each visitor who only looked at the page
 * (bench/anonymous.sh: 20,000 visits held 273 MB), which anyone could repeat until the heap was full. This page
 * creates no session at all; Spring Security checks the form it posts, whatever went wrong (unknown name, wrong
 * password, a throttled attempt, a disabled account, a refusal by the identity provider) the page says the same.
 */
@Controller
class SignInPage {

    private final BundleTranslations translations;
    private final IdentityProviders identityProviders;

    SignInPage(BundleTranslations translations, IdentityProviders identityProviders) {
        this.translations = translations;
        this.identityProviders = identityProviders;
    }

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request, HttpServletResponse response) {
        // The request as Spring Security's chain wrapped it: it has a principal once signed in.
        if (request.getUserPrincipal() != null) {
            return ResponseEntity.status(HttpServletResponse.SC_FOUND).location(
                    java.net.URI.create(request.getContextPath() + "/")).build();
        }
        Locale locale = BundleTranslations.supported(request.getLocale());
        Optional<String> ended = SessionEnded.reasonIn(request.getCookies());
        if (ended.isPresent()) {
            // Said once: a reload of the page, or the next visit, no longer says it.
            response.addCookie(SessionEnded.cleared(request.getContextPath(), request.isSecure()));
        }
        SignInHtml html = new SignInHtml(translations, locale, request.getContextPath());
        String body = html.page(failed(request), ended, identityProviders.all());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("Content-Language", locale.getLanguage()).body(body);
    }

    /** Spring sends a failed sign-in back here with "?error", without a value: read from the query as sent. */
    private static boolean failed(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && java.util.Arrays.asList(query.split("&")).contains("error");
    }
}
