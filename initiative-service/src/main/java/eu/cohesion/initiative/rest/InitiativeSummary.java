package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;
import static eu.cohesion.initiative.domain.InitiativeAction.DELETE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EDIT_INITIATIVE;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative in a list: without conclusion and history, which GET /initiatives/{id} carries. */
@Schema(name = "InitiativeSummary", description = "An initiative in a list")
public record InitiativeSummary(
    UUID id,
    UUID panelId,
    @Schema(examples = "mechelen") String city,
    @Schema(description = "In the original language") String title,
    @Schema(nullable = true, description = "In the original language") String summary,
    @Schema(description = "Original language of title and summary", examples = "nl")
        String language,
    @Schema(description = "Marked translations of the title by language code")
        Map<String, String> titleTranslations,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    @Schema(examples = "10.2") List<String> sdgTargets,
    @Schema(nullable = true) BudgetBody budget,
    InitiativeStatus status,
    @Schema(nullable = true) Outcome outcome,
    long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "What the caller may do with this initiative")
        List<InitiativeAction> allowedActions) {

  static InitiativeSummary of(Initiative initiative, Actor actor) {
    InitiativeContent content = initiative.content();
    return new InitiativeSummary(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        content.title(),
        content.summary(),
        content.language(),
        content.titleTranslations(),
        content.themes(),
        content.targetGroups(),
        content.sdgTargets(),
        BudgetBody.of(content.budget()),
        initiative.status(),
        initiative.outcome(),
        initiative.version(),
        initiative.createdAt(),
        initiative.updatedAt(),
        allowedActions(initiative, actor));
  }

  /**
   * What the domain allows now (CHANGE_STATUS while the lifecycle has a next step, EDIT_INITIATIVE
   * until concluded or withdrawn, DELETE_INITIATIVE while DRAFT), narrowed to what the table lets
   * the caller do in the initiative's town.
   */
  static List<InitiativeAction> allowedActions(Initiative initiative, Actor actor) {
    List<InitiativeAction> possible = new ArrayList<>();
    if (!initiative.allowedTransitions().isEmpty()) {
      possible.add(CHANGE_STATUS);
    }
    if (initiative.isEditable()) {
      possible.add(EDIT_INITIATIVE);
    }
    if (initiative.isDeletable()) {
      possible.add(DELETE_INITIATIVE);
    }
    return InitiativePermissions.TABLE.allowedFor(
        actor, initiative.cityCode(), possible.toArray(InitiativeAction[]::new));
  }
}
