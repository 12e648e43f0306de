package eu.cohesion.initiative.domain;

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

/** One step of an initiative's lifecycle: who moved it from where to where, when and why. */
@Entity
@Table(name = "initiative_transition")
public class InitiativeTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
  private Initiative initiative;

  /** {@code null} for the first step, the creation. */
  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private InitiativeStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private InitiativeStatus to;

  /** Token subject (username) of whoever took the step. */
  @Column(name = "changed_by", nullable = false, updatable = false)
  private String by;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String reason;

  protected InitiativeTransition() {}

  InitiativeTransition(
      Initiative initiative,
      InitiativeStatus from,
      InitiativeStatus to,
      String by,
      Instant at,
      String reason) {
    this.initiative = initiative;
    this.from = from;
    this.to = to;
    this.by = by;
    this.at = at;
    this.reason = reason;
  }

  public InitiativeStatus from() {
    return from;
  }

  public InitiativeStatus to() {
    return to;
  }

  public String by() {
    return by;
  }

  public Instant at() {
    return at;
  }

  public String reason() {
    return reason;
  }
}
