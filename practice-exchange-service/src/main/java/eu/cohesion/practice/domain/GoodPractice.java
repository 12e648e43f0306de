package eu.cohesion.practice.domain;

import static eu.cohesion.practice.domain.PracticeRules.SUMMARY_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TEXT_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TITLE_MAX_LENGTH;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a concluded initiative taught, written for the other towns of the network. Drafted from an
 * {@code ADOPTED} or {@code ADAPTED} conclusion, completed by its town, then published. A published
 * practice may still be edited; it stays published and must stay complete.
 */
@Entity
@Table(name = "good_practice")
public class GoodPractice implements Aggregate {

  @Id private UUID id;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "source_initiative_id", nullable = false, updatable = false)
  private UUID sourceInitiativeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InitiativeOutcome outcome;

  @Column(nullable = false)
  private String title;

  private String summary;
  private String context;
  private String approach;
  private String results;
  private String resources;
  private String transferability;
  private String lessons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PracticeStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** Carried from the conclusion as it was sent; never edited. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "review_results", updatable = false)
  private ReviewEvidence reviewResults;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "indicator_outcomes", updatable = false)
  private List<IndicatorEvidence> indicatorOutcomes;

  @Version private long version;

  protected GoodPractice() {}

  /**
   * A draft pre-filled from the initiative's conclusion: its title and summary, and the conclusion
   * as the first words of "results and evidence", and the conclusion's evidence (review results,
   * indicator outcomes) as carried.
   */
  public static GoodPractice draftFrom(
      UUID sourceInitiativeId,
      String cityCode,
      InitiativeOutcome outcome,
      String title,
      String summary,
      String conclusion,
      PracticeEvidence evidence,
      Instant now) {
    if (!outcome.yieldsPractice()) {
      throw new IllegalArgumentException("a " + outcome + " initiative yields no practice");
    }
    GoodPractice practice = new GoodPractice();
    practice.id = UUID.randomUUID();
    practice.sourceInitiativeId = Objects.requireNonNull(sourceInitiativeId, "initiative id");
    practice.cityCode = Objects.requireNonNull(cityCode, "city");
    practice.outcome = outcome;
    practice.title = PracticeRules.fit(title, TITLE_MAX_LENGTH);
    if (practice.title == null) {
      throw new IllegalArgumentException("a concluded initiative has a title");
    }
    practice.summary = PracticeRules.fit(summary, SUMMARY_MAX_LENGTH);
    practice.results = PracticeRules.fit(conclusion, TEXT_MAX_LENGTH);
    practice.reviewResults = evidence.reviewResults();
    practice.indicatorOutcomes = evidence.indicatorOutcomes();
    practice.status = PracticeStatus.DRAFT;
    practice.createdAt = now;
    practice.updatedAt = now;
    return practice;
  }

  /** Replaces the whole text. A published practice stays published, so it must stay complete. */
  public void revise(PracticeText text, Instant now) {
    String newTitle = PracticeRules.text("title", text.title(), TITLE_MAX_LENGTH);
    if (newTitle == null) {
      throw new IllegalArgumentException("title must not be blank");
    }
    String newSummary = PracticeRules.text("summary", text.summary(), SUMMARY_MAX_LENGTH);
    String newContext = PracticeRules.text("context", text.context(), TEXT_MAX_LENGTH);
    String newApproach = PracticeRules.text("approach", text.approach(), TEXT_MAX_LENGTH);
    String newResults = PracticeRules.text("results", text.results(), TEXT_MAX_LENGTH);
    String newResources = PracticeRules.text("resources", text.resources(), TEXT_MAX_LENGTH);
    String newTransferability =
        PracticeRules.text("transferability", text.transferability(), TEXT_MAX_LENGTH);
    String newLessons = PracticeRules.text("lessons", text.lessons(), TEXT_MAX_LENGTH);
    if (status == PracticeStatus.PUBLISHED) {
      List<String> blank =
          blankForPublication(newTitle, newSummary, newContext, newApproach, newResults);
      if (!blank.isEmpty()) {
        throw new PracticeIncompleteException(blank);
      }
    }
    title = newTitle;
    summary = newSummary;
    context = newContext;
    approach = newApproach;
    results = newResults;
    resources = newResources;
    transferability = newTransferability;
    lessons = newLessons;
    updatedAt = now;
  }

  /**
   * Makes the practice public. Once only, and only when it says what, why, how and with what
   * result.
   */
  public void publish(Instant now) {
    if (status == PracticeStatus.PUBLISHED) {
      throw new AlreadyPublishedException(id);
    }
    List<String> blank = blankForPublication(title, summary, context, approach, results);
    if (!blank.isEmpty()) {
      throw new PracticeIncompleteException(blank);
    }
    status = PracticeStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  /** Names, as the API spells them, of the texts a publication needs but that are blank. */
  private static List<String> blankForPublication(
      String title, String summary, String context, String approach, String results) {
    List<String> blank = new ArrayList<>();
    addIfBlank(blank, "title", title);
    addIfBlank(blank, "summary", summary);
    addIfBlank(blank, "context", context);
    addIfBlank(blank, "approach", approach);
    addIfBlank(blank, "results", results);
    return blank;
  }

  private static void addIfBlank(List<String> blank, String field, String value) {
    if (value == null || value.isBlank()) {
      blank.add(field);
    }
  }

  public boolean isPublished() {
    return status == PracticeStatus.PUBLISHED;
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public UUID sourceInitiativeId() {
    return sourceInitiativeId;
  }

  public InitiativeOutcome outcome() {
    return outcome;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String context() {
    return context;
  }

  public String approach() {
    return approach;
  }

  public String results() {
    return results;
  }

  public String resources() {
    return resources;
  }

  public String transferability() {
    return transferability;
  }

  public String lessons() {
    return lessons;
  }

  /** The evidence carried from the conclusion. */
  public PracticeEvidence evidence() {
    return new PracticeEvidence(reviewResults, indicatorOutcomes);
  }

  public PracticeStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
