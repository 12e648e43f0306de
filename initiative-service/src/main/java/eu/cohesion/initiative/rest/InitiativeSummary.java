package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.kit.security.Actor;
import java.time.Instant;
import java.util.List;
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
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "What the caller may do with this initiative")
        List<InitiativeAction> allowedActions) {

  static InitiativeSummary of(Initiative initiative, Actor actor) {
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
        initiative.updatedAt(),
        allowedActions(initiative, actor));
  }

  /** CHANGE_STATUS while the lifecycle has a next step and the table lets the caller take it. */
  static List<InitiativeAction> allowedActions(Initiative initiative, Actor actor) {
    return initiative.allowedTransitions().isEmpty()
        ? List.of()
        : InitiativePermissions.TABLE.allowedFor(actor, initiative.cityCode(), CHANGE_STATUS);
  }
}
