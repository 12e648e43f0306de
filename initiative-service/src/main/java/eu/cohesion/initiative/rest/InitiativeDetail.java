package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InitiativeDetail", description = "An initiative with its whole lifecycle history")
public record InitiativeDetail(
    UUID id,
    UUID panelId,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    @Schema(description = "In the original language") String title,
    @Schema(nullable = true, description = "In the original language") String summary,
    @Schema(description = "Original language of title and summary", examples = "nl")
        String language,
    @Schema(description = "Marked translations of the title by language code")
        Map<String, String> titleTranslations,
    @Schema(description = "Marked translations of the summary by language code")
        Map<String, String> summaryTranslations,
    @Schema(description = "In taxonomy order") List<Theme> themes,
    List<TargetGroup> targetGroups,
    @Schema(description = "SDG targets of goals 10 and 11, in the UN's order", examples = "10.2")
        List<String> sdgTargets,
    @Schema(nullable = true) BudgetBody budget,
    @Schema(description = "Names of partner organisations") List<String> partners,
    @Schema(description = "In order of due date") List<MilestoneBody> milestones,
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
        List<HistoryEntry> history,
    @Schema(
            nullable = true,
            description =
                "Set while a transfer of another town's practice is linked to this initiative")
        AdaptedFromView adaptedFrom) {

  static InitiativeDetail of(Initiative initiative, Actor actor) {
    InitiativeContent content = initiative.content();
    return new InitiativeDetail(
        initiative.id(),
        initiative.panelId(),
        initiative.cityCode(),
        content.title(),
        content.summary(),
        content.language(),
        content.titleTranslations(),
        content.summaryTranslations(),
        content.themes(),
        content.targetGroups(),
        content.sdgTargets(),
        BudgetBody.of(content.budget()),
        content.partners(),
        content.milestones().stream().map(MilestoneBody::of).toList(),
        initiative.status(),
        initiative.outcome(),
        initiative.conclusion(),
        initiative.version(),
        initiative.createdAt(),
        initiative.updatedAt(),
        initiative.allowedTransitions(),
        InitiativeSummary.allowedActions(initiative, actor),
        initiative.history().stream().map(HistoryEntry::of).toList(),
        initiative.adaptedFrom().map(AdaptedFromView::of).orElse(null));
  }
}
