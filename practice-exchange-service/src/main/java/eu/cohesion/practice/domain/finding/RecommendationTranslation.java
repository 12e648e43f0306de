package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recommendation's text in one more language, marked like a finding's translation. */
@Entity
@Table(name = "recommendation_translation")
public class RecommendationTranslation {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
  private Recommendation recommendation;

  @Column(nullable = false, updatable = false)
  private String language;

  private String title;
  private String summary;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private List<String> actions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "translated_by_role", nullable = false)
  private Role translatedByRole;

  @Column(name = "translated_by_city")
  private String translatedByCity;

  @Column(name = "translated_at", nullable = false)
  private Instant translatedAt;

  protected RecommendationTranslation() {}

  RecommendationTranslation(Recommendation recommendation, String language) {
    this.id = UUID.randomUUID();
    this.recommendation = recommendation;
    this.language = language;
  }

  void write(
      RecommendationText text, int originalActions, Role byRole, String byCity, Instant now) {
    String newTitle =
        PublicationRules.text("title", text.title(), RecommendationContent.TITLE_MAX_LENGTH);
    String newSummary =
        PublicationRules.text("summary", text.summary(), PublicationRules.TEXT_MAX_LENGTH);
    List<String> newActions = RecommendationContent.actions(text.actions());
    if (!newActions.isEmpty() && newActions.size() != originalActions) {
      throw PublicationRuleException.translation(
          "a translation translates all "
              + originalActions
              + " actions or none, not "
              + newActions.size());
    }
    if (newTitle == null && newSummary == null && newActions.isEmpty()) {
      throw PublicationRuleException.translation(
          "a translation into " + language + " translates at least one field");
    }
    title = newTitle;
    summary = newSummary;
    actions = new ArrayList<>(newActions);
    translatedByRole = byRole;
    translatedByCity = byCity;
    translatedAt = now;
  }

  /** The original's actions changed: a translation of the old ones no longer fits. */
  void dropActions() {
    actions = new ArrayList<>();
  }

  boolean isEmpty() {
    return title == null && summary == null && actions.isEmpty();
  }

  public String language() {
    return language;
  }

  public RecommendationText text() {
    return new RecommendationText(title, summary, actions);
  }

  public Role translatedByRole() {
    return translatedByRole;
  }

  public String translatedByCity() {
    return translatedByCity;
  }

  public Instant translatedAt() {
    return translatedAt;
  }
}
