package eu.cohesion.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The text of a practice as the network saw it at one time: recorded when it is published and each
 * time a published practice is edited. Never changed afterwards.
 */
@Entity
@Table(name = "practice_revision")
public class PracticeRevision {

  /** Why a revision was recorded. */
  public enum Kind {
    PUBLICATION,
    EDIT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", nullable = false, updatable = false)
  private GoodPractice practice;

  /** 1 for the first publication, then one more for each revision. */
  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(updatable = false)
  private String summary;

  @Column(updatable = false)
  private String context;

  @Column(updatable = false)
  private String approach;

  @Column(updatable = false)
  private String results;

  @Column(updatable = false)
  private String resources;

  @Column(updatable = false)
  private String transferability;

  @Column(updatable = false)
  private String lessons;

  /** Token subject (username) of whoever published or edited. */
  @Column(name = "revised_by", nullable = false, updatable = false)
  private String by;

  @Column(name = "revised_at", nullable = false, updatable = false)
  private Instant at;

  protected PracticeRevision() {}

  PracticeRevision(
      GoodPractice practice, int number, Kind kind, PracticeText text, String by, Instant at) {
    this.practice = practice;
    this.number = number;
    this.kind = kind;
    this.title = text.title();
    this.summary = text.summary();
    this.context = text.context();
    this.approach = text.approach();
    this.results = text.results();
    this.resources = text.resources();
    this.transferability = text.transferability();
    this.lessons = text.lessons();
    this.by = by;
    this.at = at;
  }

  public int number() {
    return number;
  }

  public Kind kind() {
    return kind;
  }

  public PracticeText text() {
    return new PracticeText(
        title, summary, context, approach, results, resources, transferability, lessons);
  }

  public String by() {
    return by;
  }

  public Instant at() {
    return at;
  }
}
