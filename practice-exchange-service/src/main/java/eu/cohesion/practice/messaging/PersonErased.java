package eu.cohesion.practice.messaging;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.person.erased} as panel-service publishes it. Only the Keycloak user
 * matters here (this service knows people by their token subject); without one there is nothing to
 * erase.
 */
public record PersonErased(
    @NotNull UUID panelId,
    UUID keycloakUserId,
    @NotEmpty List<@NotNull UUID> memberIds,
    @NotNull Instant erasedAt) {

  public static final String TYPE = "eu.cohesion.person.erased";
}
