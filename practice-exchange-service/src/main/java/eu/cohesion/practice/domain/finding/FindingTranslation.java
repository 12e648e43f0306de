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
import java.util.UUID;

/**
 * A finding's text in one more language, field by field (a blank field reads in the original),
 * marked with the translator's capacity and town, never a person. Changed only through {@link
 * CommonFinding}.
 */
@Entity
@Table(name = "finding_translation")
public class FindingTranslation {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id", nullable = false, updatable = false)
  private CommonFinding finding;

  @Column(nullable = false, updatable = false)
  private String language;

  private String statement;
  private String explanation;

  @Enumerated(EnumType.STRING)
  @Column(name = "translated_by_role", nullable = false)
  private Role translatedByRole;

  @Column(name = "translated_by_city")
  private String translatedByCity;

  @Column(name = "translated_at", nullable = false)
  private Instant translatedAt;

  protected FindingTranslation() {}

  FindingTranslation(CommonFinding finding, String language) {
    this.id = UUID.randomUUID();
    this.finding = finding;
    this.language = language;
  }

  void write(FindingText text, Role byRole, String byCity, Instant now) {
    String newStatement =
        PublicationRules.text("statement", text.statement(), PublicationRules.STATEMENT_MAX_LENGTH);
    String newExplanation =
        PublicationRules.text("explanation", text.explanation(), PublicationRules.TEXT_MAX_LENGTH);
    if (newStatement == null && newExplanation == null) {
      throw PublicationRuleException.translation(
          "a translation into " + language + " translates at least one field");
    }
    statement = newStatement;
    explanation = newExplanation;
    translatedByRole = byRole;
    translatedByCity = byCity;
    translatedAt = now;
  }

  public String language() {
    return language;
  }

  public FindingText text() {
    return new FindingText(statement, explanation);
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
