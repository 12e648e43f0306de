package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.kit.events.PublishedEvent;
import java.util.UUID;

/** Data of {@code eu.cohesion.initiative.created}: ids and public facts only. */
public record InitiativeCreated(UUID initiativeId, UUID panelId, String city, String title)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.created";

  public static InitiativeCreated of(Initiative initiative) {
    return new InitiativeCreated(
        initiative.id(), initiative.panelId(), initiative.cityCode(), initiative.title());
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
