package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticeReading;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the network recommends to one audience, backed by published common findings, with the
 * actions it asks for (docs/findings.md). Written like a finding: a DRAFT by the network admin or
 * proposed by a coordinator, published by the network admin once {@link FindingBacking} holds,
 * withdrawn with a reason. Towns endorse published ones ({@link RecommendationEndorsement}).
 */
@Entity
@Table(name = "recommendation")
public class Recommendation implements Aggregate {

  static final List<String> FIELDS = List.of("title", "summary");

  @Id private UUID id;

  @Column(name = "city_code", updatable = false)
  private String cityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String title;

  private String summary;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private List<String> actions = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "finding_ids", nullable = false)
  private List<UUID> findingIds = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdraw_reason")
  private String withdrawReason;

  @Version private long version;

  @OneToMany(
      mappedBy = "recommendation",
      fetch = FetchType.EAGER,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  @Fetch(FetchMode.SUBSELECT)
  @OrderBy("language")
  private List<RecommendationTranslation> translations = new ArrayList<>();

  protected Recommendation() {}

  public static Recommendation draft(
      RecommendationContent content, String proposingTown, Instant now) {
    Recommendation recommendation = new Recommendation();
    recommendation.id = UUID.randomUUID();
    recommendation.cityCode = proposingTown;
    recommendation.status = PublicationStatus.DRAFT;
    recommendation.createdAt = now;
    recommendation.write(content, now);
    return recommendation;
  }

  /**
   * Replaces the whole content; not once withdrawn (422). A published recommendation stays
   * published, so its findings must still back it.
   */
  public void revise(
      RecommendationContent content,
      Function<UUID, Optional<PublicationStatus>> findingStatus,
      Instant now) {
    if (!PublicationLifecycle.editable(status)) {
      throw PublicationRuleException.withdrawn("recommendation");
    }
    if (status == PublicationStatus.PUBLISHED) {
      FindingBacking.of(content.findingIds(), findingStatus).require();
    }
    write(content, now);
  }

  /** 422 unless a DRAFT backed by published findings only, at least one. */
  public void publish(Function<UUID, Optional<PublicationStatus>> findingStatus, Instant now) {
    PublicationLifecycle.require("recommendation", status, PublicationStatus.PUBLISHED);
    FindingBacking.of(findingIds(), findingStatus).require();
    status = PublicationStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  public void withdraw(String reason, Instant now) {
    PublicationLifecycle.require("recommendation", status, PublicationStatus.WITHDRAWN);
    withdrawReason = PublicationRules.reason(reason);
    status = PublicationStatus.WITHDRAWN;
    withdrawnAt = now;
    updatedAt = now;
  }

  /** A town endorses what the network published, nothing else (422). */
  public RecommendationEndorsement endorseFor(String town, Instant now) {
    if (status != PublicationStatus.PUBLISHED) {
      throw PublicationRuleException.endorsement(
          "only a published recommendation is endorsed; this one is " + status);
    }
    return new RecommendationEndorsement(id, town, now);
  }

  /**
   * Writes (or rewrites) one translation: not into the original, not of a withdrawn one, not empty,
   * and its actions either none (read in the original) or one for each of the original's (422).
   */
  public RecommendationTranslation translate(
      String into, RecommendationText text, Role byRole, String byCity, Instant now) {
    if (!PublicationLifecycle.editable(status)) {
      throw PublicationRuleException.withdrawn("recommendation");
    }
    if (!NetworkLanguages.isValid(into)) {
      throw PublicationRuleException.translation(into + " is no network language");
    }
    if (into.equals(language)) {
      throw PublicationRuleException.translation(
          into + " is the recommendation's original language: edit the recommendation itself");
    }
    RecommendationTranslation translation =
        translation(into)
            .orElseGet(
                () -> {
                  RecommendationTranslation added = new RecommendationTranslation(this, into);
                  translations.add(added);
                  return added;
                });
    translation.write(text, actions.size(), byRole, byCity, now);
    updatedAt = now;
    return translation;
  }

  public boolean removeTranslation(String from, Instant now) {
    if (!PublicationLifecycle.editable(status)) {
      throw PublicationRuleException.withdrawn("recommendation");
    }
    boolean removed = translations.removeIf(t -> t.language().equals(from));
    if (removed) {
      updatedAt = now;
    }
    return removed;
  }

  public Optional<RecommendationTranslation> translation(String into) {
    return translations.stream().filter(t -> t.language().equals(into)).findFirst();
  }

  public List<RecommendationTranslation> translations() {
    return List.copyOf(translations);
  }

  /** Title and summary in the requested language, marked; see {@link #actionsIn}. */
  public List<PracticeReading.Field> reading(String requested) {
    return PracticeReading.fields(
        FIELDS,
        Arrays.asList(title, summary),
        language,
        requested == null ? language : requested,
        translation(requested).map(t -> Arrays.asList(t.text().title(), t.text().summary())));
  }

  /**
   * Where the actions read in the requested language come from: translated all together, or the
   * original (a list translated in part would read in two languages at once).
   */
  public PracticeReading.Source actionsSource(String requested) {
    String wanted = requested == null ? language : requested;
    if (wanted.equals(language)) {
      return PracticeReading.Source.ORIGINAL;
    }
    boolean translated = translation(wanted).map(t -> !t.text().actions().isEmpty()).orElse(false);
    return translated ? PracticeReading.Source.TRANSLATED : PracticeReading.Source.FALLBACK;
  }

  /** The actions in the requested language where all are translated, otherwise the original. */
  public List<String> actionsFor(String requested) {
    String wanted = requested == null ? language : requested;
    if (wanted.equals(language)) {
      return actions();
    }
    List<String> translated = translation(wanted).map(t -> t.text().actions()).orElse(List.of());
    return translated.isEmpty() ? actions() : translated;
  }

  public List<PublicationStatus> allowedTransitions() {
    return PublicationLifecycle.next(status);
  }

  public List<PracticeAction> possibleActions() {
    return switch (status) {
      case DRAFT ->
          List.of(PracticeAction.EDIT_RECOMMENDATION, PracticeAction.PUBLISH_RECOMMENDATION);
      case PUBLISHED ->
          List.of(
              PracticeAction.REVISE_RECOMMENDATION,
              PracticeAction.WITHDRAW_RECOMMENDATION,
              PracticeAction.ENDORSE_RECOMMENDATION);
      case WITHDRAWN -> List.of();
    };
  }

  public PracticeAction editAction() {
    return status == PublicationStatus.DRAFT
        ? PracticeAction.EDIT_RECOMMENDATION
        : PracticeAction.REVISE_RECOMMENDATION;
  }

  private void write(RecommendationContent content, Instant now) {
    language = content.language();
    audience = content.audience();
    title = content.title();
    summary = content.summary();
    if (!content.actions().equals(actions)) {
      // A translation's actions follow the original's one by one: new actions outdate them.
      translations.forEach(t -> t.dropActions());
    }
    actions = new ArrayList<>(content.actions());
    findingIds = new ArrayList<>(content.findingIds());
    translations.removeIf(t -> t.language().equals(language) || t.isEmpty());
    updatedAt = now;
  }

  public RecommendationText text() {
    return new RecommendationText(title, summary, actions);
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public PublicationStatus status() {
    return status;
  }

  public boolean isPublished() {
    return status == PublicationStatus.PUBLISHED;
  }

  public Audience audience() {
    return audience;
  }

  public String language() {
    return language;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public List<String> actions() {
    return List.copyOf(actions);
  }

  public List<UUID> findingIds() {
    return List.copyOf(findingIds);
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

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawReason() {
    return withdrawReason;
  }

  @Override
  public long version() {
    return version;
  }
}
