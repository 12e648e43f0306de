package eu.cohesion.panel.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A Local Panel of Stakeholders of one town. */
@Entity
@Table(name = "panel")
public class Panel implements Aggregate {

  @Id private UUID id;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Subject of the creator's token: kept for audit, never shown to the public. */
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  /** Last change of the panel or of its membership, which its public composition counts. */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PanelStatus status;

  /**
   * What the town asks of its panel, by language code. Eager: every view of a panel shows it, and
   * views are written after the transaction.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_mandate", joinColumns = @JoinColumn(name = "panel_id"))
  @MapKeyColumn(name = "language")
  @Column(name = "text", nullable = false)
  private Map<String, String> mandate = new TreeMap<>();

  @Column(name = "term_start")
  private LocalDate termStart;

  @Column(name = "term_end")
  private LocalDate termEnd;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Version private long version;

  protected Panel() {}

  public static Panel create(
      String cityCode, String name, String description, String createdBy, Instant createdAt) {
    Panel panel = new Panel();
    panel.id = UUID.randomUUID();
    panel.cityCode = cityCode;
    panel.name = PanelRules.name(name);
    panel.description = PanelRules.description(description);
    panel.createdBy = createdBy;
    panel.createdAt = createdAt;
    panel.updatedAt = createdAt;
    panel.status = PanelStatus.FORMING;
    return panel;
  }

  /**
   * Rewrites the panel's texts and term. A CLOSED panel is history and keeps them.
   *
   * @throws PanelClosedException the panel is CLOSED
   * @throws InvalidPanelException a mandate without text or in an unknown language, a bad term
   */
  public void edit(
      String name,
      String description,
      Map<String, String> mandate,
      LocalDate termStart,
      LocalDate termEnd,
      Instant now) {
    if (status == PanelStatus.CLOSED) {
      throw new PanelClosedException("edit it");
    }
    Map<String, String> texts = PanelRules.mandate(mandate);
    PanelRules.term(termStart, termEnd);
    this.name = PanelRules.name(name);
    this.description = PanelRules.description(description);
    this.mandate.clear();
    this.mandate.putAll(texts);
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.updatedAt = now;
  }

  /**
   * One lifecycle step. Activating needs a mandate and a term: a panel meets for something and for
   * a time. That no other panel of the town is ACTIVE is checked by the caller, which can see them.
   *
   * @return the state the panel left
   * @throws IllegalTransitionException the lifecycle does not allow the step
   * @throws PanelIncompleteException activation without mandate or term
   */
  public PanelStatus moveTo(PanelStatus to, Instant now) {
    if (!PanelLifecycle.allows(status, to)) {
      throw new IllegalTransitionException(status, to);
    }
    if (to == PanelStatus.ACTIVE && mandate.isEmpty()) {
      throw new PanelIncompleteException("a mandate");
    }
    if (to == PanelStatus.ACTIVE && termStart == null) {
      throw new PanelIncompleteException("a term");
    }
    PanelStatus from = status;
    status = to;
    statusChangedAt = now;
    updatedAt = now;
    return from;
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
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

  public PanelStatus status() {
    return status;
  }

  /** By language code, in code order. */
  public Map<String, String> mandate() {
    return Collections.unmodifiableMap(new TreeMap<>(mandate));
  }

  public LocalDate termStart() {
    return termStart;
  }

  public LocalDate termEnd() {
    return termEnd;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public List<PanelStatus> allowedTransitions() {
    return PanelLifecycle.next(status);
  }

  @Override
  public long version() {
    return version;
  }
}
