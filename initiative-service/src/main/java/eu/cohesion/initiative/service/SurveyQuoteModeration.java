package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.MODERATE_SURVEY_QUOTES;

import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.SurveyQuote;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The coordinator approves a resident's free text as a quote, or rejects it. */
@ApplicationScoped
public class SurveyQuoteModeration {

  private final SurveyRepository surveys;
  private final SurveyQuoteRepository quotes;
  private final ChangeGate gate;

  SurveyQuoteModeration(SurveyRepository surveys, SurveyQuoteRepository quotes, ChangeGate gate) {
    this.surveys = surveys;
    this.quotes = quotes;
    this.gate = gate;
  }

  /** 404 unless the quote belongs to this initiative's survey. */
  @Transactional
  public SurveyQuote decide(
      Actor actor, UUID initiativeId, UUID quoteId, Long expectedVersion, boolean approved) {
    UUID surveyId = surveys.findByInitiative(initiativeId).map(s -> s.id()).orElse(null);
    return gate.load(
            "quote",
            quoteId,
            quotes.findByIdOptional(quoteId).filter(q -> q.surveyId().equals(surveyId)))
        .permit(InitiativePermissions.TABLE, MODERATE_SURVEY_QUOTES, actor, "moderate quotes")
        .ifMatch(expectedVersion)
        .apply(
            (quote, now) -> {
              quote.decide(approved);
              return List.of();
            });
  }
}
