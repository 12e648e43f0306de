package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.initiative.events.SurveyStatusChanged;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ProblemException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The coordinator's side of an initiative's survey: compose, edit, open, close, read. */
@ApplicationScoped
public class SurveyDesign {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final InitiativeRepository initiatives;
  private final SurveyRepository surveys;
  private final ChangeGate gate;

  SurveyDesign(InitiativeRepository initiatives, SurveyRepository surveys, ChangeGate gate) {
    this.initiatives = initiatives;
    this.surveys = surveys;
    this.gate = gate;
  }

  /** An initiative's place for a survey: its town, and its survey if there is one yet. */
  public record Slot(String city, Optional<Survey> survey) {}

  /** 404 when the initiative is unknown, 403 outside the caller's town. */
  @Transactional
  public Slot get(Actor actor, UUID initiativeId) {
    Initiative initiative = initiative(initiativeId);
    InitiativePermissions.TABLE.require(
        VIEW_SURVEY, actor, initiative.cityCode(), "you may not see surveys of this town");
    return new Slot(initiative.cityCode(), surveys.findByInitiative(initiativeId));
  }

  /** One survey per initiative: a second one is a 409. Starts as DRAFT. */
  @Transactional
  public Survey create(Actor actor, UUID initiativeId, NewSurvey definition) {
    Initiative initiative = initiative(initiativeId);
    InitiativePermissions.TABLE.require(
        MANAGE_SURVEY, actor, initiative.cityCode(), "you may not run surveys of this town");
    if (surveys.findByInitiative(initiativeId).isPresent()) {
      throw new ProblemException(
          409,
          "survey-exists",
          "Survey exists",
          "this initiative has a survey already: change it instead");
    }
    Survey survey =
        Survey.draft(
            initiative,
            newToken(),
            definition.languages(),
            definition.title(),
            definition.questions(),
            gate.now());
    surveys.persist(survey);
    surveys.flush();
    return survey;
  }

  /** Replaces the questions; only before the first answer (422 afterwards). */
  @Transactional
  public Survey redefine(
      Actor actor, UUID initiativeId, Long expectedVersion, NewSurvey definition) {
    return gate.load("survey of initiative", initiativeId, surveys.findByInitiative(initiativeId))
        .permit(InitiativePermissions.TABLE, MANAGE_SURVEY, actor, "change surveys")
        .ifMatch(expectedVersion)
        .apply(
            (survey, now) -> {
              survey.redefine(
                  definition.languages(), definition.title(), definition.questions(), now);
              return List.of();
            });
  }

  /** Opens or closes the survey, announced as eu.cohesion.survey.opened / .closed. */
  @Transactional
  public Survey moveTo(Actor actor, UUID initiativeId, Long expectedVersion, SurveyStatus to) {
    return gate.load("survey of initiative", initiativeId, surveys.findByInitiative(initiativeId))
        .permit(InitiativePermissions.TABLE, MANAGE_SURVEY, actor, "open or close surveys")
        .ifMatch(expectedVersion)
        .apply(
            (survey, now) -> {
              survey.moveTo(to, now);
              return List.of(SurveyStatusChanged.of(survey));
            });
  }

  private Initiative initiative(UUID id) {
    return initiatives
        .findByIdOptional(id)
        .orElseThrow(() -> new ResourceNotFoundException("initiative", id));
  }

  private static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
