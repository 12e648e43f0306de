package eu.cohesion.panel.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinkAccount", description = "The Keycloak account the member signs in with")
public record LinkAccountRequest(
    @Schema(description = "A user of realm cohesion of the panel's town") @NotNull
        UUID keycloakUserId) {}
