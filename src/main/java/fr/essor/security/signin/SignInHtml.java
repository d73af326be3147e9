package fr.essor.security.signin;

import fr.essor.base.i18n.BundleTranslations;
import fr.essor.security.IdentityProviders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page's markup. Every text comes from the bundles and is escaped, a provider's name included (it is
 * configuration, but written by a person); no script, so the page runs under the strictest policy.
 */
final class SignInHtml {

    /** As long as a user name may be (AppUser), so the field never accepts more than an account can have. */
    private static final int USERNAME_MAX_LENGTH = 100;
    /** bcrypt's 72 bytes, in UTF-8 at most four bytes a character: the field lets through any valid password. */
    private static final int PASSWORD_MAX_LENGTH = 288;

    private final BundleTranslations translations;
    private final Locale locale;
    private final String contextPath;

    SignInHtml(BundleTranslations translations, Locale locale, String contextPath) {
        this.translations = translations;
        this.locale = locale;
        this.contextPath = contextPath;
    }

    String page(boolean failed, Optional<String> endedBecause, List<IdentityProviders.Provider> providers) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text("login.title")).append(" · ").append(text("app.name")).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(contextPath).append("/sign-in.css\">\n")
                .append("</head>\n<body>\n<main class=\"sign-in\">\n")
                .append("<p class=\"brand\">").append(text("app.name")).append("</p>\n");
        endedBecause.ifPresent(reason -> html.append("<p id=\"session-ended\" class=\"notice\" role=\"status\">")
                .append(text("login.ended." + reason)).append("</p>\n"));
        html.append("<form class=\"card\" method=\"post\" action=\"").append(contextPath).append("/login\">\n")
                .append("<h1>").append(text("login.title")).append("</h1>\n");
        if (failed) {
            html.append("<div id=\"sign-in-error\" class=\"error\" role=\"alert\"><strong>")
                    .append(text("login.error.title")).append("</strong><p>")
                    .append(text("login.error.message")).append("</p></div>\n");
        }
        html.append("<label for=\"username\">").append(text("login.username")).append("</label>\n")
                .append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\"")
                .append(" autocapitalize=\"none\" spellcheck=\"false\" required autofocus maxlength=\"")
                .append(USERNAME_MAX_LENGTH).append("\">\n")
                .append("<label for=\"password\">").append(text("login.password")).append("</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"")
                .append(" required maxlength=\"").append(PASSWORD_MAX_LENGTH).append("\">\n")
                .append("<button type=\"submit\">").append(text("login.submit")).append("</button>\n")
                .append("</form>\n");
        for (IdentityProviders.Provider provider : providers) {
            html.append("<a class=\"provider\" href=\"").append(contextPath).append("/").append(escape(provider.signInPath())).append("\">")
                    .append(escape(translations.getTranslation("login.oidc", locale, provider.name()))).append("</a>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private String text(String key) {
        return escape(translations.getTranslation(key, locale));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
