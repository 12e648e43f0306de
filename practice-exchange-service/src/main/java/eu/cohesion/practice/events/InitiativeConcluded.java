package eu.cohesion.practice.events;

import eu.cohesion.practice.domain.InitiativeOutcome;
import eu.cohesion.practice.service.ConcludedInitiative;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.concluded} on {@code initiative-events}. Fields the
 * producer adds later are ignored ({@code ReceivedEvent.dataAs}): the contract stays additive.
 */
public record InitiativeConcluded(
    UUID initiativeId,
    UUID panelId,
    String city,
    String title,
    String summary,
    InitiativeOutcome outcome,
    String conclusion,
    Instant concludedAt) {

  public static final String TYPE = "eu.cohesion.initiative.concluded";

  ConcludedInitiative toConclusion() {
    return new ConcludedInitiative(initiativeId, city, title, summary, outcome, conclusion);
  }
}
