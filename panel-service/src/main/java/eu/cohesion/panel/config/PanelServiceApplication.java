package eu.cohesion.panel.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Carries the OpenAPI document's header and the bearer scheme that secured operations name. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cohesion panel-service",
            version = "0.1.0",
            description =
                "Partner towns and their Local Panels of Stakeholders. Errors are RFC 9457"
                    + " application/problem+json."),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "oauth2",
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "JWT",
                    description = "Access token of the Keycloak realm cohesion")))
public class PanelServiceApplication extends Application {}
