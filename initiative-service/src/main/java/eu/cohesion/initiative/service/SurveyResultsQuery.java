package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.MODERATE_SURVEY_QUOTES;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY_RESULTS;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.QuoteStatus;
import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyQuote;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.initiative.domain.SurveyTally;
import eu.cohesion.kit.problem.ProblemException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The aggregated answers: for the town's coordinators and panel members at any count, for the
 * public only from {@link SurveyTally#PUBLIC_MINIMUM} responses; quotes only when approved.
 */
@ApplicationScoped
public class SurveyResultsQuery {

  /** A survey with its tally; coordinators also get every quote with its status. */
  public record SurveyResults(Survey survey, SurveyTally.Results tally, List<SurveyQuote> quotes) {}

  private final InitiativeRepository initiatives;
  private final SurveyRepository surveys;
  private final SurveyQuoteRepository quotes;
  private final EntityManager em;

  SurveyResultsQuery(
      InitiativeRepository initiatives,
      SurveyRepository surveys,
      SurveyQuoteRepository quotes,
      EntityManager em) {
    this.initiatives = initiatives;
    this.surveys = surveys;
    this.quotes = quotes;
    this.em = em;
  }

  @Transactional
  public SurveyResults forInsiders(Actor actor, UUID initiativeId) {
    Initiative initiative =
        initiatives
            .findByIdOptional(initiativeId)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", initiativeId));
    InitiativePermissions.TABLE.require(
        VIEW_SURVEY_RESULTS,
        actor,
        initiative.cityCode(),
        "you may not see survey results of this town");
    Survey survey =
        surveys
            .findByInitiative(initiativeId)
            .orElseThrow(() -> new ResourceNotFoundException("survey of initiative", initiativeId));
    boolean moderator =
        InitiativePermissions.TABLE.allows(MODERATE_SURVEY_QUOTES, actor, survey.cityCode());
    return new SurveyResults(
        survey, tally(survey), moderator ? quotes.ofSurvey(survey.id()) : List.of());
  }

  /** 404 for an unknown or draft token; 403 "not enough answers yet" below five responses. */
  @Transactional
  public SurveyResults forPublic(String token) {
    Survey survey =
        surveys
            .findByToken(token)
            .filter(s -> s.status() != SurveyStatus.DRAFT)
            .orElseThrow(() -> new ResourceNotFoundException("survey", token));
    SurveyTally.Results tally = tally(survey);
    if (!tally.publicEnough()) {
      throw new ProblemException(
          403,
          "not-enough-answers",
          "Not enough answers yet",
          "results are public from " + SurveyTally.PUBLIC_MINIMUM + " responses on");
    }
    return new SurveyResults(survey, tally, List.of());
  }

  private SurveyTally.Results tally(Survey survey) {
    List<SurveyTally.Count> counts = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select question_id, coalesce(cast(rating as text), choice), count(*)"
                    + " from survey_answer where survey_id = ?1 group by 1, 2")
            .setParameter(1, survey.id())
            .getResultList();
    for (Object[] row : rows) {
      counts.add(
          new SurveyTally.Count((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
    }
    Map<String, Long> texts = new LinkedHashMap<>();
    Map<String, List<String>> approved = new LinkedHashMap<>();
    for (SurveyQuote quote : quotes.ofSurvey(survey.id())) {
      texts.merge(quote.questionId(), 1L, Long::sum);
      if (quote.status() == QuoteStatus.APPROVED) {
        approved.computeIfAbsent(quote.questionId(), q -> new ArrayList<>()).add(quote.text());
      }
    }
    return SurveyTally.of(survey, counts, texts, approved);
  }
}
