package eu.cohesion.practice.domain;

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
 * A practice's text in one more language, field by field: a blank field is not translated and reads
 * in the original. Marked with who translated it, as capacity and town (never a person), and when.
 * Part of the {@link GoodPractice} aggregate, changed only through it.
 */
@Entity
@Table(name = "practice_translation")
public class PracticeTranslation {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", nullable = false, updatable = false)
  private GoodPractice practice;

  @Column(nullable = false, updatable = false)
  private String language;

  private String title;
  private String summary;
  private String context;
  private String approach;
  private String results;
  private String resources;
  private String transferability;
  private String lessons;

  @Enumerated(EnumType.STRING)
  @Column(name = "translated_by_role", nullable = false)
  private Role translatedByRole;

  @Column(name = "translated_by_city")
  private String translatedByCity;

  @Column(name = "translated_at", nullable = false)
  private Instant translatedAt;

  protected PracticeTranslation() {}

  PracticeTranslation(GoodPractice practice, String language) {
    this.id = UUID.randomUUID();
    this.practice = practice;
    this.language = language;
  }

  /**
   * Replaces the translated text, limits as for the original.
   *
   * @throws PracticeRuleException when every field is blank: that is no translation
   */
  void write(PracticeText text, Role byRole, String byCity, Instant now) {
    PracticeText normalised = PracticeRules.text(text);
    if (normalised.equals(new PracticeText(null, null, null, null, null, null, null, null))) {
      throw PracticeRuleException.translation(
          "a translation into " + language + " translates at least one field");
    }
    title = normalised.title();
    summary = normalised.summary();
    context = normalised.context();
    approach = normalised.approach();
    results = normalised.results();
    resources = normalised.resources();
    transferability = normalised.transferability();
    lessons = normalised.lessons();
    translatedByRole = byRole;
    translatedByCity = byCity;
    translatedAt = now;
  }

  public String language() {
    return language;
  }

  /** The translated fields; {@code null} where a field is not translated. */
  public PracticeText text() {
    return new PracticeText(
        title, summary, context, approach, results, resources, transferability, lessons);
  }

  public Role translatedByRole() {
    return translatedByRole;
  }

  /** The translator's town; {@code null} for a network admin. */
  public String translatedByCity() {
    return translatedByCity;
  }

  public Instant translatedAt() {
    return translatedAt;
  }
}
