package fr.essor.api.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and its one security scheme: a personal API token as bearer. */
@Configuration
class OpenApiConfig {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI essorOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Essor API").version("1")
                        .description("Deployments, activation series and measurements. Authenticate with a personal API token "
                                + "(page API tokens): Authorization: Bearer essor_…. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token, created on the API tokens page")));
    }
}
