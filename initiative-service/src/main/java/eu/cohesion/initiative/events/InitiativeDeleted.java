package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.UUID;

/** Data of {@code eu.cohesion.initiative.deleted}: a DRAFT was deleted; forget it. */
public record InitiativeDeleted(UUID initiativeId, UUID panelId, String city, Instant deletedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.deleted";

  public static InitiativeDeleted of(Initiative initiative, Instant at) {
    return new InitiativeDeleted(initiative.id(), initiative.panelId(), initiative.cityCode(), at);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return initiativeId;
  }
}
