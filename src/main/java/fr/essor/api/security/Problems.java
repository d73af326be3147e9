package fr.essor.api.security;

import fr.essor.base.domain.Violation;
import fr.essor.base.i18n.BundleTranslations;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details in the caller's language: French or English from Accept-Language, English
 * when a script sends none or neither. Each broken rule is listed under "errors" with its field, a stable code
 * (the bundle key) and the message the form would show.
 */
@Component
public class Problems {

    private final BundleTranslations translations;

    Problems(BundleTranslations translations) {
        this.translations = translations;
    }

    public ProblemDetail of(HttpStatus status, String detailKey, HttpServletRequest request, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, translations.getTranslation(detailKey, localeOf(request), arguments));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    public ProblemDetail of(HttpStatus status, List<Violation> violations, HttpServletRequest request) {
        ProblemDetail problem = of(status, status == HttpStatus.CONFLICT ? "api.problem.conflict" : "api.problem.invalid", request);
        Locale locale = localeOf(request);
        problem.setProperty("errors", violations.stream().map(violation -> Map.of(
                "field", violation.field(),
                "code", violation.messageKey(),
                "message", translations.getTranslation(violation.messageKey(), locale, violation.argumentArray()))).toList());
        return problem;
    }

    public static ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The first of French or English the caller accepts, in its order of preference; English otherwise. */
    public static Locale localeOf(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale accepted : java.util.Collections.list(request.getLocales())) {
                if (accepted.getLanguage().equals("fr")) {
                    return BundleTranslations.FRENCH;
                }
                if (accepted.getLanguage().equals("en")) {
                    return BundleTranslations.ENGLISH;
                }
            }
        }
        return BundleTranslations.ENGLISH;
    }
}
