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

/** One step of a practice's validation: who took it, when, and why when it needs a reason. */
@Entity
@Table(name = "practice_validation_step")
public class ValidationRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", nullable = false, updatable = false)
  private GoodPractice practice;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ValidationStep step;

  /** {@code null} for a submission or a publication. */
  @Column(updatable = false)
  private String reason;

  /** Token subject (username) of whoever took the step. */
  @Column(name = "taken_by", nullable = false, updatable = false)
  private String by;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant at;

  protected ValidationRecord() {}

  ValidationRecord(
      GoodPractice practice, ValidationStep step, String reason, String by, Instant at) {
    this.practice = practice;
    this.step = step;
    this.reason = reason;
    this.by = by;
    this.at = at;
  }

  public ValidationStep step() {
    return step;
  }

  public String reason() {
    return reason;
  }

  public String by() {
    return by;
  }

  public Instant at() {
    return at;
  }
}
