package fr.essor.api.rest;

import fr.essor.api.security.BodyTooLarge;
import fr.essor.api.security.Problems;
import fr.essor.base.domain.ErrorReference;
import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.UnreadableJson;
import fr.essor.base.domain.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every failure of an /api call as an RFC 9457 problem detail: 400 for broken rules and unreadable input
 * (naming each field), 403 when the role or membership does not allow it, 404, 409 for a duplicate date
 * or organisation and for a record changed or removed meanwhile. Spring's own errors (405, 415…) keep
 * their status, in the same shape; 413 for a body above its endpoint's limit.
 */
@RestControllerAdvice(assignableTypes = {DeploymentsApi.class, UnknownApiPath.class})
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    /** Rules whose breach is a conflict with what is stored, not bad input. */
    private static final Set<String> CONFLICTS = Set.of("measurement.date.taken", "event.date.taken", "intake.earlierLine.measurement",
            "intake.earlierLine.event", "deployment.organisation.taken");

    private final Problems problems;

    ApiProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> broken(RuleViolationException refused, HttpServletRequest request) {
        boolean conflict = refused.violations().stream().allMatch(violation -> CONFLICTS.contains(violation.messageKey()));
        return Problems.entity(problems.of(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, refused.violations(), request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return Problems.entity(problems.of(HttpStatus.FORBIDDEN, "api.problem.forbidden", request));
    }

    @ExceptionHandler(UnknownApiPath.NoSuchAddress.class)
    ResponseEntity<ProblemDetail> noSuchAddress(HttpServletRequest request) {
        return Problems.entity(problems.of(HttpStatus.NOT_FOUND, "api.problem.noSuchAddress", request));
    }

    @ExceptionHandler(DeploymentsApi.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return Problems.entity(problems.of(HttpStatus.NOT_FOUND, "api.problem.notFound", request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
        return Problems.entity(problems.of(HttpStatus.CONFLICT, "api.problem.stale", request));
    }

    /** Another write held the deployment's row too long (many pushes to one deployment at once): retry. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.busy", request));
    }

    /**
     * Anything else: a problem with a reference that is in the log, never Spring's error page (which the
     * session chain would turn into a redirect to the sign-in page).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        return Problems.entity(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected", request,
                ErrorReference.logged(failure)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return Problems.entity(problems.of(HttpStatus.BAD_REQUEST,
                List.of(Violation.of(mismatch.getName(), "api.value.unreadable")), request));
    }

    /** A body that is not JSON, or a value of the wrong type: the field is named from Jackson's path. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        BodyTooLarge tooLarge = tooLarge(unreadable);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(BodyTooLarge.problem(tooLarge.maxBytes(), problems, servletRequest));
        }
        Violation why = unreadable.getCause() instanceof JacksonException jackson ? UnreadableJson.violation(jackson)
                : Violation.of("", "api.value.unreadable");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(HttpStatus.BAD_REQUEST, List.of(why), servletRequest));
    }

    /** A chunked body stopped at its endpoint's limit: Jackson and Spring wrap the stream's failure in theirs. */
    private static @Nullable BodyTooLarge tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge found) {
                return found;
            }
        }
        return null;
    }
}
