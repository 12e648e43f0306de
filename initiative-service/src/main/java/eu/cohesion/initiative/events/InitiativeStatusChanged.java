package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.InitiativeTransition;
import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.status-changed}, sent on every lifecycle step. Who took the
 * step and why stay in this service: the reason is free text and may name people.
 */
public record InitiativeStatusChanged(
    UUID initiativeId,
    UUID panelId,
    String city,
    InitiativeStatus from,
    InitiativeStatus to,
    Instant changedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.initiative.status-changed";

  public static InitiativeStatusChanged of(Initiative initiative, InitiativeTransition step) {
    return new InitiativeStatusChanged(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        step.from(),
        step.to(),
        step.at());
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
