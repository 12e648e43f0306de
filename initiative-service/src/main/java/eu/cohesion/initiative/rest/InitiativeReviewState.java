package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.OPEN_REVIEW_ROUND;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.ReviewRoundView;
import eu.cohesion.kit.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "InitiativeReviewState",
    description =
        "An initiative's latest review round, if any, and whether the caller may open one")
public record InitiativeReviewState(
    UUID initiativeId,
    @Schema(nullable = true, description = "null while the panel opened no round")
        ReviewRoundDetail round,
    @Schema(description = "OPEN_REVIEW_ROUND while under review, without an open round")
        List<InitiativeAction> allowedActions) {

  static InitiativeReviewState of(
      Initiative initiative, Optional<ReviewRoundView> latest, Actor actor) {
    boolean canOpen =
        initiative.status() == InitiativeStatus.UNDER_REVIEW
            && latest.map(view -> !view.round().isOpen()).orElse(true);
    return new InitiativeReviewState(
        initiative.id(),
        latest.map(view -> ReviewRoundDetail.of(view, actor)).orElse(null),
        canOpen
            ? InitiativePermissions.TABLE.allowedFor(
                actor, initiative.cityCode(), OPEN_REVIEW_ROUND)
            : List.of());
  }
}
