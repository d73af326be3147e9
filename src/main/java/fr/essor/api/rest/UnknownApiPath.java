package fr.essor.api.rest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An /api address no controller serves answers 404 as a problem detail. Without it, Vaadin's catch-all
 * mapping would take the request and answer with the application's HTML page.
 */
@RestController
@Hidden
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown() {
        throw new DeploymentsApi.NotFound(-1);
    }
}
