package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Outcome;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.concluded}, sent after the status change to CONCLUDED: what
 * practice-exchange-service needs to draft a good practice from the conclusion.
 */
public record InitiativeConcluded(
    UUID initiativeId,
    UUID panelId,
    String city,
    String title,
    String summary,
    Outcome outcome,
    String conclusion,
    Instant concludedAt) {

  public static final String TYPE = "eu.cohesion.initiative.concluded";
}
