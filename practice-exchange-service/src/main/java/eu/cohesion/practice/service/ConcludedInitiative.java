package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.InitiativeOutcome;
import java.util.Objects;
import java.util.UUID;

/** The facts of an initiative's conclusion that a good practice is drafted from. */
public record ConcludedInitiative(
    UUID initiativeId,
    String city,
    String title,
    String summary,
    InitiativeOutcome outcome,
    String conclusion) {

  public ConcludedInitiative {
    Objects.requireNonNull(initiativeId, "initiativeId");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
  }
}
