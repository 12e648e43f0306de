package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.InitiativeTransition;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One lifecycle step of an initiative")
public record HistoryEntry(
    @Schema(nullable = true, description = "null for the first step, the creation")
        InitiativeStatus from,
    InitiativeStatus to,
    @Schema(
            description =
                "Keycloak user id (token sub) of whoever took the step; \"erased\" once that"
                    + " person was erased")
        String by,
    @Schema(description = "ISO-8601 UTC") Instant at,
    String reason) {

  static HistoryEntry of(InitiativeTransition step) {
    return new HistoryEntry(step.from(), step.to(), step.by(), step.at(), step.reason());
  }
}
