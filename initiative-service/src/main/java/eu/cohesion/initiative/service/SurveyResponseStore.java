package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyAnswer;
import eu.cohesion.initiative.domain.SurveyQuote;
import eu.cohesion.kit.problem.ProblemException;
import eu.cohesion.kit.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores one accepted response in one transaction: all of it, or (when refused) nothing. */
@ApplicationScoped
class SurveyResponseStore {

  private final EntityManager em;
  private final SurveyQuoteRepository quotes;

  SurveyResponseStore(EntityManager em, SurveyQuoteRepository quotes) {
    this.em = em;
    this.quotes = quotes;
  }

  /**
   * @param tokenHash keyed hash of the browser's answer token
   * @throws ProblemException 409 when this answer token answered already, 422 when the survey
   *     closed meanwhile
   */
  @Transactional
  void store(Survey survey, byte[] tokenHash, List<SurveyAnswer> answers) {
    int claimed =
        em.createNativeQuery(
                "insert into survey_answer_token (survey_id, token_hash) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, survey.id())
            .setParameter(2, tokenHash)
            .executeUpdate();
    if (claimed == 0) {
      throw new ProblemException(
          409, "already-answered", "Already answered", "this browser has answered this survey");
    }
    int counted =
        em.createNativeQuery(
                "update survey set response_count = response_count + 1"
                    + " where id = ?1 and status = 'OPEN'")
            .setParameter(1, survey.id())
            .executeUpdate();
    if (counted == 0) {
      throw new RuleViolationException(
          "survey-not-open", "Survey not open", "this survey takes no answers now");
    }
    for (SurveyAnswer answer : answers) {
      if (answer.text() != null) {
        quotes.persist(SurveyQuote.pending(survey, answer));
      } else {
        em.createNativeQuery(
                "insert into survey_answer (survey_id, question_id, rating, choice)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, survey.id())
            .setParameter(2, answer.questionId())
            .setParameter(3, answer.rating())
            .setParameter(4, answer.choice())
            .executeUpdate();
      }
    }
  }
}
