package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyAnswer;
import eu.cohesion.initiative.domain.SurveyAnswers;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.kit.problem.ProblemException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.Mac;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A resident's side: the survey behind a public token, and answering it anonymously. Refused in
 * this order, each leaving nothing behind: unknown or not yet opened token (404), survey closed
 * (422), answers that do not fit (422), too many answers from this client today (429), answer token
 * used before (409).
 */
@ApplicationScoped
public class SurveyAnswering {

  private final SurveyRepository surveys;
  private final SurveyResponseStore store;
  private final SurveyAbuseGuard guard;
  private final Mac tokenKey;

  SurveyAnswering(
      SurveyRepository surveys,
      SurveyResponseStore store,
      SurveyAbuseGuard guard,
      @ConfigProperty(name = "cohesion.survey.answer-token-key") String tokenKey) {
    this.surveys = surveys;
    this.store = store;
    this.guard = guard;
    this.tokenKey = SurveyAbuseGuard.mac(tokenKey.getBytes(StandardCharsets.UTF_8));
  }

  /** A survey residents may see: OPEN or CLOSED; a DRAFT is not there yet. */
  @Transactional
  public Survey published(String token) {
    return surveys
        .findByToken(token)
        .filter(survey -> survey.status() != SurveyStatus.DRAFT)
        .orElseThrow(() -> new ResourceNotFoundException("survey", token));
  }

  public void answer(String token, String answerToken, String clientKey, List<SurveyAnswer> raw) {
    Survey survey = published(token);
    if (survey.status() != SurveyStatus.OPEN) {
      throw new RuleViolationException(
          "survey-not-open", "Survey not open", "this survey is closed: thank you all the same");
    }
    List<SurveyAnswer> accepted = SurveyAnswers.accept(survey, raw);
    if (!guard.admitAnswer(survey.id(), clientKey)) {
      throw new ProblemException(
          429,
          "too-many-answers",
          "Too many answers",
          "this network has answered this survey very often today: try again tomorrow");
    }
    try {
      store.store(survey, hash(survey, answerToken), accepted);
    } catch (RuntimeException refused) {
      guard.refundAnswer(survey.id(), clientKey);
      throw refused;
    }
  }

  private byte[] hash(Survey survey, String answerToken) {
    byte[] input = (survey.id() + ":" + answerToken).getBytes(StandardCharsets.UTF_8);
    synchronized (tokenKey) {
      return tokenKey.doFinal(input);
    }
  }
}
