package eu.cohesion.practice.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.IndicatorEvidence;
import eu.cohesion.practice.domain.InitiativeOutcome;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeProfile;
import eu.cohesion.practice.domain.PracticeStatus;
import eu.cohesion.practice.domain.ReviewEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeDetail", description = "A good practice with its whole text")
public record PracticeDetail(
    UUID id,
    @Schema(description = "Code of the practice's town", examples = "mechelen") String city,
    @Schema(description = "The concluded initiative the practice was drafted from")
        UUID sourceInitiativeId,
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"ADOPTED", "ADAPTED"},
            description = "How that initiative concluded; a discontinued one yields no practice")
        InitiativeOutcome outcome,
    String title,
    @Schema(nullable = true) String summary,
    @Schema(nullable = true, description = "Context and problem") String context,
    @Schema(nullable = true) String approach,
    @Schema(nullable = true, description = "Results and evidence") String results,
    @Schema(nullable = true, description = "Resources needed") String resources,
    @Schema(nullable = true) String transferability,
    @Schema(nullable = true, description = "Lessons learnt, failures included") String lessons,
    PracticeStatus status,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to change the practice")
        long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC; null while a draft") Instant publishedAt,
    @Schema(description = "What the caller may do with this practice")
        List<PracticeAction> allowedActions,
    @Schema(
            nullable = true,
            description =
                "Results from the panel's review, carried from the initiative's conclusion as"
                    + " aggregates; null when the panel held no review round")
        ReviewEvidence reviewResults,
    @Schema(
            description =
                "Indicator outcomes carried from the initiative's conclusion; empty without"
                    + " indicators")
        List<IndicatorEvidence> indicatorOutcomes,
    @Schema(description = "The states the validation may move the practice to next")
        List<PracticeStatus> allowedTransitions,
    @Schema(
            nullable = true,
            description =
                "The validation checklist as the practice now stands; only for its town's"
                    + " coordinator and network-admins, null for anyone else")
        List<ChecklistItem> checklist,
    @Schema(
            nullable = true,
            description =
                "Its validation steps, oldest first, with the reasons it was returned or"
                    + " unpublished; only for its town's coordinator and network-admins, null for"
                    + " anyone else")
        List<ValidationEntry> validationHistory,
    @Schema(description = "Original language of the text", examples = "nl") String language,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    @Schema(description = "SDG targets of goals 10 and 11") List<String> sdgTargets,
    @Schema(nullable = true, description = "Whom to ask: a role or an office, never a person")
        String contactRole,
    @Schema(description = "Its translations, by language code")
        List<PracticeLanguagesView.Translation> translations,
    @Schema(description = "The text in the language asked for (lang), or the original")
        PracticeLanguagesView.Reading reading,
    @Schema(
            description =
                "Whether the caller follows the practice (always false without a token); not part"
                    + " of the version: FOLLOW or UNFOLLOW in allowedActions says what they may do")
        boolean followedByMe) {

  /**
   * @param lang the language the reader asked for; {@code null} reads the original
   * @param followed whether the caller follows the practice
   */
  static PracticeDetail of(GoodPractice p, Actor actor, String lang, boolean followed) {
    PracticeProfile profile = p.profile();
    boolean town =
        PracticePermissions.TABLE.allows(PracticeAction.VIEW_DRAFT_PRACTICES, actor, p.cityCode());
    return new PracticeDetail(
        p.id(),
        p.cityCode(),
        p.sourceInitiativeId(),
        p.outcome(),
        p.title(),
        p.summary(),
        p.context(),
        p.approach(),
        p.results(),
        p.resources(),
        p.transferability(),
        p.lessons(),
        p.status(),
        p.version(),
        p.createdAt(),
        p.updatedAt(),
        p.publishedAt(),
        allowedActions(p, actor, followed),
        p.evidence().reviewResults(),
        p.evidence().indicatorOutcomes(),
        p.allowedTransitions(),
        town ? ChecklistItem.of(p.checklist()) : null,
        town ? p.validationHistory().stream().map(ValidationEntry::of).toList() : null,
        profile.language(),
        profile.themes(),
        profile.targetGroups(),
        profile.sdgTargets(),
        profile.contactRole(),
        PracticeLanguagesView.translations(p.translations()),
        PracticeLanguagesView.Reading.of(p.reading(lang == null ? profile.language() : lang)),
        followed);
  }

  /** The practice's own actions, and following it once it is published. */
  private static List<PracticeAction> allowedActions(
      GoodPractice p, Actor actor, boolean followed) {
    List<PracticeAction> actions = new ArrayList<>(PracticeSummary.allowedActions(p, actor));
    if (p.isPublished()) {
      actions.addAll(
          PracticePermissions.TABLE.allowedFor(
              actor, p.cityCode(), followed ? PracticeAction.UNFOLLOW : PracticeAction.FOLLOW));
    }
    return actions;
  }
}
