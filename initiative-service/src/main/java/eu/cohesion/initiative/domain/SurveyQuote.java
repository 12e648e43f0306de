package eu.cohesion.initiative.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A resident's screened free-text answer. It is stored apart from the same resident's other answers
 * (no response id links them) and without a time, so that a quote cannot be tied to a rating or to
 * the moment someone stood at a poster. Only approved quotes are shown beyond the town's
 * coordinators.
 */
@Entity
@Table(name = "survey_quote")
public class SurveyQuote implements Aggregate {

  @Id private UUID id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private UUID surveyId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "question_id", nullable = false, updatable = false)
  private String questionId;

  @Column(nullable = false, updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuoteStatus status;

  @Version private long version;

  protected SurveyQuote() {}

  public static SurveyQuote pending(Survey survey, SurveyAnswer screened) {
    SurveyQuote quote = new SurveyQuote();
    quote.id = UUID.randomUUID();
    quote.surveyId = survey.id();
    quote.cityCode = survey.cityCode();
    quote.questionId = screened.questionId();
    quote.text = screened.text();
    quote.status = QuoteStatus.PENDING;
    return quote;
  }

  /** The coordinator's decision; it can be revised (an approved quote withdrawn, and back). */
  public void decide(boolean approved) {
    status = approved ? QuoteStatus.APPROVED : QuoteStatus.REJECTED;
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID surveyId() {
    return surveyId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public String questionId() {
    return questionId;
  }

  public String text() {
    return text;
  }

  public QuoteStatus status() {
    return status;
  }

  @Override
  public long version() {
    return version;
  }
}
