package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative in a list: without conclusion and history, which GET /initiatives/{id} carries. */
@Schema(name = "InitiativeSummary", description = "An initiative in a list")
public record InitiativeSummary(
    UUID id,
    UUID panelId,
    @Schema(examples = "mechelen") String city,
    String title,
    @Schema(nullable = true) String summary,
    InitiativeStatus status,
    @Schema(nullable = true) Outcome outcome,
    long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt) {

  static InitiativeSummary of(Initiative initiative) {
    return new InitiativeSummary(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        initiative.title(),
        initiative.summary(),
        initiative.status(),
        initiative.outcome(),
        initiative.version(),
        initiative.createdAt(),
        initiative.updatedAt());
  }
}
