package eu.cohesion.initiative.domain;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

  /** Original language of title and summary. */
  @Column(nullable = false)
  private String language;

  @ElementCollection
  @CollectionTable(
      name = "initiative_title_translation",
      joinColumns = @JoinColumn(name = "initiative_id"))
  @MapKeyColumn(name = "language")
  @Column(name = "title", nullable = false)
  private Map<String, String> titleTranslations = new TreeMap<>();

  @ElementCollection
  @CollectionTable(
      name = "initiative_summary_translation",
      joinColumns = @JoinColumn(name = "initiative_id"))
  @MapKeyColumn(name = "language")
  @Column(name = "summary", nullable = false)
  private Map<String, String> summaryTranslations = new TreeMap<>();

  @ElementCollection
  @CollectionTable(name = "initiative_theme", joinColumns = @JoinColumn(name = "initiative_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "theme", nullable = false)
  private Set<Theme> themes = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "initiative_target_group",
      joinColumns = @JoinColumn(name = "initiative_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", nullable = false)
  private Set<TargetGroup> targetGroups = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "initiative_sdg_target",
      joinColumns = @JoinColumn(name = "initiative_id"))
  @Column(name = "target", nullable = false)
  private Set<String> sdgTargets = new HashSet<>();

  @Embedded private Budget budget;

  @ElementCollection
  @CollectionTable(name = "initiative_partner", joinColumns = @JoinColumn(name = "initiative_id"))
  @OrderColumn(name = "position")
  @Column(name = "name", nullable = false)
  private List<String> partners = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "initiative_milestone", joinColumns = @JoinColumn(name = "initiative_id"))
  @OrderColumn(name = "position")
  private List<Milestone> milestones = new ArrayList<>();

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

  /** Set while a transfer of another town's practice is linked to this initiative. */
  @Column(name = "adapted_from_practice_id")
  private UUID adaptedFromPracticeId;

  @Column(name = "adapted_from_transfer_id")
  private UUID adaptedFromTransferId;

  @Column(name = "adapted_from_city")
  private String adaptedFromCity;

  @OneToMany(
      mappedBy = "initiative",
      cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
  @OrderBy("id")
  private List<InitiativeTransition> history = new ArrayList<>();

  protected Initiative() {}

  /** A new DRAFT of the panel's town; its history starts with the creation step. */
  public static Initiative draft(
      KnownPanel panel, String title, String summary, String createdBy, Instant createdAt) {
    return draft(panel, InitiativeContent.basic(title, summary), createdBy, createdAt);
  }

  /** A new DRAFT with all its content; its history starts with the creation step. */
  public static Initiative draft(
      KnownPanel panel, InitiativeContent content, String createdBy, Instant createdAt) {
    Initiative initiative = new Initiative();
    initiative.id = UUID.randomUUID();
    initiative.panelId = panel.id();
    initiative.cityCode = panel.cityCode();
    initiative.write(content);
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

  /**
   * Rewrites the whole content.
   *
   * @throws InitiativeClosedException once CONCLUDED or WITHDRAWN: what was reviewed stays as it
   *     was
   */
  public void edit(InitiativeContent content, Instant at) {
    if (!isEditable()) {
      throw new InitiativeClosedException(status);
    }
    write(content);
    updatedAt = at;
  }

  /**
   * Applies a step of a transfer that links this initiative to another town's practice, at any
   * stage of the initiative (a concluded one keeps telling where it came from).
   *
   * @return whether the link changed (a repeated step changes nothing)
   */
  public boolean follow(TransferStep step, Instant at) {
    Optional<AdaptedFrom> before = adaptedFrom();
    Optional<AdaptedFrom> after = step.applyTo(cityCode, before);
    if (after.equals(before)) {
      return false;
    }
    adaptedFromPracticeId = after.map(AdaptedFrom::practiceId).orElse(null);
    adaptedFromTransferId = after.map(AdaptedFrom::transferId).orElse(null);
    adaptedFromCity = after.map(AdaptedFrom::sourceCity).orElse(null);
    updatedAt = at;
    return true;
  }

  public Optional<AdaptedFrom> adaptedFrom() {
    return adaptedFromTransferId == null
        ? Optional.empty()
        : Optional.of(
            new AdaptedFrom(adaptedFromPracticeId, adaptedFromTransferId, adaptedFromCity));
  }

  /** Content may change until the initiative is concluded or withdrawn. */
  public boolean isEditable() {
    return !InitiativeLifecycle.isFinal(status);
  }

  /** Only a DRAFT is deleted; later an initiative is withdrawn and stays on record. */
  public boolean isDeletable() {
    return status == InitiativeStatus.DRAFT;
  }

  /**
   * @throws NotDeletableException unless DRAFT
   */
  public void requireDeletable() {
    if (!isDeletable()) {
      throw new NotDeletableException(status);
    }
  }

  private void write(InitiativeContent content) {
    title = content.title();
    summary = content.summary();
    language = content.language();
    titleTranslations.clear();
    titleTranslations.putAll(content.titleTranslations());
    summaryTranslations.clear();
    summaryTranslations.putAll(content.summaryTranslations());
    themes.clear();
    themes.addAll(content.themes());
    targetGroups.clear();
    targetGroups.addAll(content.targetGroups());
    sdgTargets.clear();
    sdgTargets.addAll(content.sdgTargets());
    budget = content.budget();
    partners.clear();
    partners.addAll(content.partners());
    milestones.clear();
    milestones.addAll(content.milestones());
  }

  /** The content as it stands, in the normalised order {@link InitiativeContent} keeps. */
  public InitiativeContent content() {
    return new InitiativeContent(
        language,
        title,
        summary,
        titleTranslations,
        summaryTranslations,
        List.copyOf(themes),
        List.copyOf(targetGroups),
        List.copyOf(sdgTargets),
        budget,
        partners,
        milestones);
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
