package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.person.erased}: only the ids the other services need to find what they
 * hold about the person (the Keycloak user, null when the member had no login; the member records),
 * and when. No reason, no name: the reason stays in panel-service with the erasure. The subject is
 * the panel, so the erasure stays in order behind the member's other events.
 */
public record PersonErased(
    UUID panelId, UUID keycloakUserId, List<UUID> memberIds, Instant erasedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.person.erased";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return panelId;
  }
}
