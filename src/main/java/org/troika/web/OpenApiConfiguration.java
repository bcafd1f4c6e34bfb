package org.troika.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs and the Swagger UI say about the API as a whole. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The security scheme that operations which write name: HTTP basic sign-in of a user with the EDITOR role. */
    public static final String EDITOR = "editor";

    @Bean
    OpenAPI troikaApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(EDITOR, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("An editor's user name and password (TROIKA_EDITOR_USER, TROIKA_EDITOR_PASSWORD)")))
                .info(new Info()
                .title("Troika API")
                .version("0.1.0")
                .description("""
                        Human-rights recommendations made to States in the UN Universal Periodic Review (UPR): reviews, \
                        recommendations with the recommending States and the response (supported, noted, pending), \
                        statistics and exports. Reading is open; writing needs the EDITOR role. Errors are RFC 7807 \
                        problem details. Counts say how complete the record is ("120 of 245 recorded") wherever an \
                        official total is known.""")
                .license(new License().name("Data: UN documents and the sources named per record")));
    }
}
