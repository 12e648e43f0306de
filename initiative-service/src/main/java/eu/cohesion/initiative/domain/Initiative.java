package eu.cohesion.initiative.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A local integration initiative a town experiments with and reviews through its panel. */
@Entity
@Table(name = "initiative")
public class Initiative implements Aggregate {

  /** Reason recorded for the first step of every initiative. */
  public static final String CREATION_REASON = "created";

  @Id private UUID id;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(nullable = false)
  private String title;

  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InitiativeStatus status;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String conclusion;

  @Column(name = "review_again_on")
  private LocalDate reviewAgainOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Token subject of the creator, for audit. */
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "initiative", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<InitiativeTransition> history = new ArrayList<>();

  protected Initiative() {}

  /** A new DRAFT of the panel's town; its history starts with the creation step. */
  public static Initiative draft(
      KnownPanel panel, String title, String summary, String createdBy, Instant createdAt) {
    Initiative initiative = new Initiative();
    initiative.id = UUID.randomUUID();
    initiative.panelId = panel.id();
    initiative.cityCode = panel.cityCode();
    initiative.title = InitiativeRules.title(title);
    initiative.summary = InitiativeRules.summary(summary);
    initiative.status = InitiativeStatus.DRAFT;
    initiative.createdBy = createdBy;
    initiative.createdAt = createdAt;
    initiative.updatedAt = createdAt;
    initiative.history.add(
        new InitiativeTransition(
            initiative, null, InitiativeStatus.DRAFT, createdBy, createdAt, CREATION_REASON));
    return initiative;
  }

  /**
   * Takes one lifecycle step and records it.
   *
   * @param conclusion required when moving to CONCLUDED, refused otherwise
   * @throws IllegalTransitionException if the state machine does not allow the step
   */
  public InitiativeTransition moveTo(
      InitiativeStatus to, String reason, Conclusion conclusion, String by, Instant at) {
    if (!InitiativeLifecycle.allows(status, to)) {
      throw new IllegalTransitionException(status, to);
    }
    boolean concluding = to == InitiativeStatus.CONCLUDED;
    if (concluding != (conclusion != null)) {
      throw new IllegalArgumentException(
          "an outcome and a conclusion are given exactly when an initiative is concluded");
    }
    InitiativeTransition step =
        new InitiativeTransition(this, status, to, by, at, InitiativeRules.reason(reason));
    if (concluding) {
      outcome = conclusion.outcome();
      this.conclusion = conclusion.text();
      reviewAgainOn = conclusion.reviewAgainOn();
    }
    status = to;
    updatedAt = at;
    history.add(step);
    return step;
  }

  public List<InitiativeStatus> allowedTransitions() {
    return InitiativeLifecycle.next(status);
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID panelId() {
    return panelId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public InitiativeStatus status() {
    return status;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String conclusion() {
    return conclusion;
  }

  /** When the panel wants to review the concluded initiative again; {@code null} if never. */
  public LocalDate reviewAgainOn() {
    return reviewAgainOn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }

  /** Every step so far, oldest first; the first one is the creation. */
  public List<InitiativeTransition> history() {
    return Collections.unmodifiableList(history);
  }
}
