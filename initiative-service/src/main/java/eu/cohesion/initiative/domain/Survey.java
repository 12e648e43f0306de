package eu.cohesion.initiative.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The residents' anonymous short survey of one initiative. Its public token, not the initiative's
 * id, is what the link and the QR code carry, so a printed poster reveals nothing else. Answers are
 * counted in {@code responseCount} by the answering use case directly (no version bump), so that
 * the coordinator's ETag stays valid while residents answer.
 */
@Entity
@Table(name = "survey")
public class Survey implements Aggregate {

  @Id private UUID id;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private UUID initiativeId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "public_token", nullable = false, updatable = false)
  private String publicToken;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private List<String> languages;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private Map<String, String> title;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private List<SurveyQuestion> questions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SurveyStatus status;

  @Column(name = "response_count", nullable = false, insertable = false, updatable = false)
  private int responseCount;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Survey() {}

  /** A new DRAFT for the initiative, with its unguessable public token. */
  public static Survey draft(
      Initiative initiative,
      String publicToken,
      List<String> languages,
      Map<String, String> title,
      List<SurveyRules.Draft> questions,
      Instant now) {
    Survey survey = new Survey();
    survey.id = UUID.randomUUID();
    survey.initiativeId = initiative.id();
    survey.cityCode = initiative.cityCode();
    survey.publicToken = publicToken;
    survey.languages = SurveyRules.languages(languages);
    survey.title = SurveyRules.title(survey.languages, title);
    survey.questions = SurveyRules.questions(survey.languages, questions);
    survey.status = SurveyStatus.DRAFT;
    survey.createdAt = now;
    survey.updatedAt = now;
    return survey;
  }

  /** Replaces languages and questions; only while no resident has answered. */
  public void redefine(
      List<String> languages,
      Map<String, String> title,
      List<SurveyRules.Draft> questions,
      Instant now) {
    if (responseCount > 0) {
      throw new InvalidSurveyException(
          "residents have answered already: the questions can no longer change");
    }
    if (status == SurveyStatus.CLOSED) {
      throw new InvalidSurveyException("a closed survey can no longer change");
    }
    List<String> checked = SurveyRules.languages(languages);
    this.title = SurveyRules.title(checked, title);
    this.questions = SurveyRules.questions(checked, questions);
    this.languages = checked;
    updatedAt = now;
  }

  /** DRAFT → OPEN → CLOSED; any other step is refused (422). */
  public void moveTo(SurveyStatus to, Instant now) {
    boolean allowed =
        (status == SurveyStatus.DRAFT && to == SurveyStatus.OPEN)
            || (status == SurveyStatus.OPEN && to == SurveyStatus.CLOSED);
    if (!allowed) {
      throw new InvalidSurveyException(
          "a survey goes DRAFT → OPEN → CLOSED, not " + status + " → " + to);
    }
    status = to;
    updatedAt = now;
  }

  public List<SurveyStatus> allowedTransitions() {
    return switch (status) {
      case DRAFT -> List.of(SurveyStatus.OPEN);
      case OPEN -> List.of(SurveyStatus.CLOSED);
      case CLOSED -> List.of();
    };
  }

  public boolean editable() {
    return responseCount == 0 && status != SurveyStatus.CLOSED;
  }

  public Optional<SurveyQuestion> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID initiativeId() {
    return initiativeId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public String publicToken() {
    return publicToken;
  }

  public List<String> languages() {
    return languages;
  }

  public Map<String, String> title() {
    return title;
  }

  public List<SurveyQuestion> questions() {
    return questions;
  }

  public SurveyStatus status() {
    return status;
  }

  public int responseCount() {
    return responseCount;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
