package fr.essor.api.rest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An /api address no controller serves answers 404 as a problem detail, and an address the API has, asked
 * with a method it does not take, 405 with the methods it takes in {@code Allow}. Without it, Vaadin's catch-all
 * mapping would take the request and answer with the application's HTML page. Every write of this API
 * takes JSON, and a write in another type lands here too (the real endpoint's "consumes" refused it):
 * that is a 415 naming the type expected, not "this deployment does not exist".
 */
@RestController
@Hidden
class UnknownApiPath {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private final RequestMappingHandlerMapping mappings;

    UnknownApiPath(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpMediaTypeNotSupportedException, HttpRequestMethodNotSupportedException {
        if (WRITES.contains(request.getMethod()) && !json(request.getContentType())) {
            throw new HttpMediaTypeNotSupportedException(parsed(request.getContentType()), List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
        // An address the API has, asked with a method it does not take (DELETE on a deployment): 405 and Allow.
        Set<String> allowed = methodsServing(request);
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NoSuchAddress();
    }

    /** The methods of the other endpoints whose address matches this request's. */
    private Set<String> methodsServing(HttpServletRequest request) {
        Set<String> methods = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() != UnknownApiPath.class && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null) {
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            }
        });
        return methods;
    }

    /** No endpoint of the API has this address (a typing error in a script): not "this deployment does not exist". */
    static final class NoSuchAddress extends RuntimeException {
        NoSuchAddress() {
            super(null, null, false, false);
        }
    }

    private static boolean json(@Nullable String contentType) {
        MediaType type = parsed(contentType);
        return type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type);
    }

    private static @Nullable MediaType parsed(@Nullable String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            return null;
        }
    }
}
