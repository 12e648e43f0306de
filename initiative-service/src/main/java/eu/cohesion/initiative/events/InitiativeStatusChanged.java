package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.InitiativeStatus;
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
    Instant changedAt) {

  public static final String TYPE = "eu.cohesion.initiative.status-changed";
}
