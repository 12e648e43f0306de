package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.MODERATE_SURVEY_QUOTES;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY_RESULTS;

import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyQuestion;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.initiative.service.SurveyDesign;
import eu.cohesion.kit.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative's survey as its town's insiders see it. */
@Schema(name = "Survey")
public record SurveyView(
    UUID id,
    UUID initiativeId,
    SurveyStatus status,
    @Schema(description = "What the public link /s/{publicToken} and the QR code carry")
        String publicToken,
    List<String> languages,
    Map<String, String> title,
    List<SurveyQuestion> questions,
    int responseCount,
    @Schema(description = "Questions may change: no answer yet and not closed") boolean editable,
    List<SurveyStatus> allowedTransitions,
    long version,
    Instant updatedAt) {

  static SurveyView of(Survey survey) {
    return new SurveyView(
        survey.id(),
        survey.initiativeId(),
        survey.status(),
        survey.publicToken(),
        survey.languages(),
        survey.title(),
        survey.questions(),
        survey.responseCount(),
        survey.editable(),
        survey.allowedTransitions(),
        survey.version(),
        survey.updatedAt());
  }

  /** The initiative's survey (null while there is none) and what the caller may do with it. */
  @Schema(name = "SurveySlot")
  public record Slot(SurveyView survey, List<InitiativeAction> allowedActions) {

    static Slot of(SurveyDesign.Slot slot, Actor actor) {
      return new Slot(
          slot.survey().map(SurveyView::of).orElse(null),
          InitiativePermissions.TABLE.allowedFor(
              actor, slot.city(), MANAGE_SURVEY, VIEW_SURVEY_RESULTS, MODERATE_SURVEY_QUOTES));
    }
  }
}
