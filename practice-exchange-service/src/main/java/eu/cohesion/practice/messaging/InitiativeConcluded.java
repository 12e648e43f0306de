package eu.cohesion.practice.messaging;

import eu.cohesion.practice.domain.InitiativeOutcome;
import eu.cohesion.practice.service.ConcludedInitiative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.initiative.concluded} on {@code initiative-events}. Fields the
 * producer adds later are ignored ({@code ReceivedEvent.dataAs}): the contract stays additive. The
 * constraints are the facts a practice is drafted from; an event without them is dead-lettered.
 */
public record InitiativeConcluded(
    @NotNull UUID initiativeId,
    UUID panelId,
    @NotBlank String city,
    @NotBlank String title,
    String summary,
    @NotNull InitiativeOutcome outcome,
    String conclusion,
    Instant concludedAt) {

  public static final String TYPE = "eu.cohesion.initiative.concluded";

  ConcludedInitiative toConclusion() {
    return new ConcludedInitiative(initiativeId, city, title, summary, outcome, conclusion);
  }
}
