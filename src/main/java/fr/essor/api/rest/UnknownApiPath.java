package fr.essor.api.rest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An /api address no controller serves answers 404 as a problem detail. Without it, Vaadin's catch-all
 * mapping would take the request and answer with the application's HTML page. Every write of this API
 * takes JSON, and a write in another type lands here too (the real endpoint's "consumes" refused it):
 * that is a 415 naming the type expected, not "this deployment does not exist".
 */
@RestController
@Hidden
class UnknownApiPath {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        if (WRITES.contains(request.getMethod()) && !json(request.getContentType())) {
            throw new HttpMediaTypeNotSupportedException(parsed(request.getContentType()), List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
        throw new DeploymentsApi.NotFound(-1);
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
