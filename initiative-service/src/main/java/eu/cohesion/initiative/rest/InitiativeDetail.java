package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.kit.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InitiativeDetail", description = "An initiative with its whole lifecycle history")
public record InitiativeDetail(
    UUID id,
    UUID panelId,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    String title,
    @Schema(nullable = true) String summary,
    InitiativeStatus status,
    @Schema(nullable = true, description = "Set once CONCLUDED") Outcome outcome,
    @Schema(nullable = true, description = "Set once CONCLUDED") String conclusion,
    @Schema(description = "Send it back in If-Match to change the initiative; also the ETag")
        long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "States the lifecycle allows next; empty once final")
        List<InitiativeStatus> allowedTransitions,
    @Schema(description = "What the caller may do with this initiative")
        List<InitiativeAction> allowedActions,
    @Schema(description = "Every step, oldest first; the first is the creation")
        List<HistoryEntry> history) {

  static InitiativeDetail of(Initiative initiative, Actor actor) {
    return new InitiativeDetail(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        initiative.title(),
        initiative.summary(),
        initiative.status(),
        initiative.outcome(),
        initiative.conclusion(),
        initiative.version(),
        initiative.createdAt(),
        initiative.updatedAt(),
        initiative.allowedTransitions(),
        InitiativeSummary.allowedActions(initiative, actor),
        initiative.history().stream().map(HistoryEntry::of).toList());
  }
}
