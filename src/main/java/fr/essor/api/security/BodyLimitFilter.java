package fr.essor.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every /api body is bounded by its endpoint's {@link BodyLimit} before anything reads it: Spring reads a
 * JSON body whole before a rule can look at it, and four 267 MB bodies at once exhausted the heap. A body
 * whose Content-Length says more is answered 413 unread; one without a length (chunked) is counted as it is
 * read and fails at the limit, which the API's advice answers 413 too.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    /** Any endpoint without its own limit: one measurement's JSON is under 3 KB even with the longest note. */
    static final long DEFAULT_BYTES = 64 * 1024;

    private final RequestMappingHandlerMapping mappings;
    private final Problems problems;

    BodyLimitFilter(RequestMappingHandlerMapping mappings, Problems problems) {
        this.mappings = mappings;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            ApiSecurityConfig.write(response, BodyTooLarge.problem(limit, problems, request));
            return;
        }
        chain.doFilter(new BoundedBodyRequest(request, limit), response);
    }

    /** The limit on the endpoint that will serve this request, found as the dispatcher will find it. */
    private long limitOf(HttpServletRequest request) {
        @Nullable RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain found = mappings.getHandler(request);
            if (found != null && found.getHandler() instanceof HandlerMethod endpoint) {
                BodyLimit limit = endpoint.getMethodAnnotation(BodyLimit.class);
                if (limit != null) {
                    return limit.bytes();
                }
            }
        } catch (Exception noEndpoint) {
            // no endpoint takes it (wrong method or type): the dispatcher answers that, after the default limit
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
        return DEFAULT_BYTES;
    }
}
