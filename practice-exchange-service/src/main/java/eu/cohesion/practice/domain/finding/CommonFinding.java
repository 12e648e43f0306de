package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.kit.vocabulary.Theme;
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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A network-level statement backed by evidence from at least two towns (docs/findings.md). Written
 * by the network admin or proposed by a town's coordinator as a DRAFT; published by the network
 * admin once {@link EvidenceCheck} holds; withdrawn with a reason. A published finding may still be
 * edited (by the network admin): it must keep meeting the evidence rule, and each change of its
 * text or evidence is kept as a revision.
 */
@Entity
@Table(name = "common_finding")
public class CommonFinding implements Aggregate {

  static final List<String> FIELDS = List.of("statement", "explanation");

  @Id private UUID id;

  /** The town whose coordinator proposed it; {@code null} when the network admin wrote it. */
  @Column(name = "city_code", updatable = false)
  private String cityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicationStatus status;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String statement;

  private String explanation;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  private String[] themes = new String[0];

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "sdg_targets", nullable = false)
  private String[] sdgTargets = new String[0];

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private List<Citation> evidence = new ArrayList<>();

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

  /** Loaded with the finding: every reader may ask for a language. */
  @OneToMany(
      mappedBy = "finding",
      fetch = FetchType.EAGER,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  @Fetch(FetchMode.SUBSELECT)
  @OrderBy("language")
  private List<FindingTranslation> translations = new ArrayList<>();

  @OneToMany(
      mappedBy = "finding",
      cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
  @OrderBy("number")
  private List<FindingRevision> revisions = new ArrayList<>();

  protected CommonFinding() {}

  /**
   * @param proposingTown the coordinator's town, {@code null} for the network admin
   */
  public static CommonFinding draft(FindingContent content, String proposingTown, Instant now) {
    CommonFinding finding = new CommonFinding();
    finding.id = UUID.randomUUID();
    finding.cityCode = proposingTown;
    finding.status = PublicationStatus.DRAFT;
    finding.createdAt = now;
    finding.write(content, now);
    return finding;
  }

  /**
   * Replaces the whole content. A withdrawn finding is a record and refuses (422). A published one
   * stays published, so the new evidence must meet the rule; a change of its text or evidence is
   * recorded as its next revision.
   *
   * @return the revision the edit recorded, if any
   */
  public Optional<FindingRevision> revise(
      FindingContent content, EvidenceResolver resolver, Role byRole, Instant now) {
    if (!PublicationLifecycle.editable(status)) {
      throw PublicationRuleException.withdrawn("finding");
    }
    boolean published = status == PublicationStatus.PUBLISHED;
    if (published) {
      EvidenceCheck.of(content.evidence(), resolver).require();
    }
    boolean changed =
        !content.text().equals(text())
            || !content.evidence().equals(evidence())
            || !content.language().equals(language);
    write(content, now);
    if (published && changed) {
      return Optional.of(recordRevision(FindingRevision.Kind.EDIT, byRole, now));
    }
    return Optional.empty();
  }

  /** 422 unless it is a DRAFT whose evidence meets the rule; records the published revision. */
  public FindingRevision publish(EvidenceResolver resolver, Role byRole, Instant now) {
    PublicationLifecycle.require("finding", status, PublicationStatus.PUBLISHED);
    EvidenceCheck.of(evidence(), resolver).require();
    status = PublicationStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
    return recordRevision(FindingRevision.Kind.PUBLICATION, byRole, now);
  }

  /** 422 unless PUBLISHED; the reason stays with the finding. */
  public void withdraw(String reason, Instant now) {
    PublicationLifecycle.require("finding", status, PublicationStatus.WITHDRAWN);
    withdrawReason = PublicationRules.reason(reason);
    status = PublicationStatus.WITHDRAWN;
    withdrawnAt = now;
    updatedAt = now;
  }

  /** The evidence rule as the finding's citations stand now. */
  public EvidenceCheck evidenceCheck(EvidenceResolver resolver) {
    return EvidenceCheck.of(evidence(), resolver);
  }

  /**
   * Writes (or rewrites) the translation into one language: not into the original, not of a
   * withdrawn finding, not empty (422).
   */
  public FindingTranslation translate(
      String into, FindingText text, Role byRole, String byCity, Instant now) {
    if (!PublicationLifecycle.editable(status)) {
      throw PublicationRuleException.withdrawn("finding");
    }
    if (!NetworkLanguages.isValid(into)) {
      throw PublicationRuleException.translation(into + " is no network language");
    }
    if (into.equals(language)) {
      throw PublicationRuleException.translation(
          into + " is the finding's original language: edit the finding itself");
    }
    FindingTranslation translation =
        translation(into)
            .orElseGet(
                () -> {
                  FindingTranslation added = new FindingTranslation(this, into);
                  translations.add(added);
                  return added;
                });
    translation.write(text, byRole, byCity, now);
    updatedAt = now;
    return translation;
  }

  /**
   * @return whether there was a translation into that language
   */
  public boolean removeTranslation(String from, Instant now) {
    if (!PublicationLifecycle.editable(status)) {
      throw PublicationRuleException.withdrawn("finding");
    }
    boolean removed = translations.removeIf(t -> t.language().equals(from));
    if (removed) {
      updatedAt = now;
    }
    return removed;
  }

  public Optional<FindingTranslation> translation(String into) {
    return translations.stream().filter(t -> t.language().equals(into)).findFirst();
  }

  public List<FindingTranslation> translations() {
    return List.copyOf(translations);
  }

  /** The text in the requested language, each field marked translated or in the original. */
  public List<PracticeReading.Field> reading(String requested) {
    return PracticeReading.fields(
        FIELDS,
        Arrays.asList(statement, explanation),
        language,
        requested == null ? language : requested,
        translation(requested)
            .map(t -> Arrays.asList(t.text().statement(), t.text().explanation())));
  }

  public List<PublicationStatus> allowedTransitions() {
    return PublicationLifecycle.next(status);
  }

  /**
   * What can be done with it as it stands, whoever asks (the permission table narrows it to the
   * caller): a draft is edited and published, a published finding revised and withdrawn.
   */
  public List<PracticeAction> possibleActions() {
    return switch (status) {
      case DRAFT -> List.of(PracticeAction.EDIT_FINDING, PracticeAction.PUBLISH_FINDING);
      case PUBLISHED -> List.of(PracticeAction.REVISE_FINDING, PracticeAction.WITHDRAW_FINDING);
      case WITHDRAWN -> List.of();
    };
  }

  /** The row of the permission table that changing its content needs in its status. */
  public PracticeAction editAction() {
    return status == PublicationStatus.DRAFT
        ? PracticeAction.EDIT_FINDING
        : PracticeAction.REVISE_FINDING;
  }

  private void write(FindingContent content, Instant now) {
    language = content.language();
    statement = content.statement();
    explanation = content.explanation();
    themes = content.themes().stream().map(Enum::name).toArray(String[]::new);
    sdgTargets = content.sdgTargets().toArray(String[]::new);
    evidence = new ArrayList<>(content.evidence());
    translations.removeIf(t -> t.language().equals(language));
    updatedAt = now;
  }

  private FindingRevision recordRevision(FindingRevision.Kind kind, Role byRole, Instant now) {
    FindingRevision revision =
        new FindingRevision(
            this,
            revisions.size() + 1,
            kind,
            language,
            text(),
            evidence(),
            Objects.requireNonNull(byRole),
            now);
    revisions.add(revision);
    return revision;
  }

  public FindingText text() {
    return new FindingText(statement, explanation);
  }

  public FindingContent content() {
    return new FindingContent(language, statement, explanation, themes(), sdgTargets(), evidence());
  }

  @Override
  public UUID id() {
    return id;
  }

  /** The proposing town; {@code null} for a finding the network admin wrote. */
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

  public String language() {
    return language;
  }

  public String statement() {
    return statement;
  }

  public String explanation() {
    return explanation;
  }

  public List<Theme> themes() {
    return Arrays.stream(themes).map(Theme::valueOf).toList();
  }

  public List<String> sdgTargets() {
    return List.of(sdgTargets);
  }

  public List<Citation> evidence() {
    return List.copyOf(evidence);
  }

  public List<FindingRevision> revisions() {
    return List.copyOf(revisions);
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
