package eu.cohesion.practice.domain;

import static eu.cohesion.practice.domain.PracticeRules.REASON_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.SUMMARY_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TEXT_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TITLE_MAX_LENGTH;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
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
 * What a concluded initiative taught, written for the other towns of the network. Drafted from its
 * conclusion ({@code DISCONTINUED} too: what did not work), completed and submitted by its town,
 * validated by the network admin (see {@link PracticeLifecycle} and {@link ValidationChecklist}). A
 * published practice may still be edited; it stays published, must keep meeting the checklist, and
 * each edit is kept as a revision.
 */
@Entity
@Table(name = "good_practice")
public class GoodPractice implements Aggregate {

  @Id private UUID id;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "source_initiative_id", nullable = false, updatable = false)
  private UUID sourceInitiativeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InitiativeOutcome outcome;

  @Column(nullable = false)
  private String title;

  private String summary;
  private String context;
  private String approach;
  private String results;
  private String resources;
  private String transferability;
  private String lessons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PracticeStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** Carried from the conclusion as it was sent; never edited. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "review_results", updatable = false)
  private ReviewEvidence reviewResults;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "indicator_outcomes", updatable = false)
  private List<IndicatorEvidence> indicatorOutcomes;

  /** The original language of the text; {@code null} (read as English) until the town names it. */
  private String language;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  private String[] themes = new String[0];

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "target_groups", nullable = false)
  private String[] targetGroups = new String[0];

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "sdg_targets", nullable = false)
  private String[] sdgTargets = new String[0];

  @Column(name = "contact_role")
  private String contactRole;

  @Version private long version;

  /**
   * Loaded with the practice (a list page in one more query): the detail shows it also after the
   * change's transaction has ended.
   */
  @OneToMany(
      mappedBy = "practice",
      fetch = FetchType.EAGER,
      cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
  @Fetch(FetchMode.SUBSELECT)
  @OrderBy("id")
  private List<ValidationRecord> validation = new ArrayList<>();

  @OneToMany(
      mappedBy = "practice",
      cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
  @OrderBy("number")
  private List<PracticeRevision> revisions = new ArrayList<>();

  /** Loaded with the practice like its validation steps: every reader may ask for a language. */
  @OneToMany(
      mappedBy = "practice",
      fetch = FetchType.EAGER,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  @Fetch(FetchMode.SUBSELECT)
  @OrderBy("language")
  private List<PracticeTranslation> translations = new ArrayList<>();

  protected GoodPractice() {}

  /**
   * A draft pre-filled from the initiative's conclusion: its title and summary, the conclusion as
   * the first words of "results and evidence" (of "lessons" for a discontinued initiative: what did
   * not work), and the conclusion's evidence (review results, indicator outcomes) as carried.
   */
  public static GoodPractice draftFrom(
      UUID sourceInitiativeId,
      String cityCode,
      InitiativeOutcome outcome,
      String title,
      String summary,
      String conclusion,
      PracticeEvidence evidence,
      Instant now) {
    GoodPractice practice = new GoodPractice();
    practice.id = UUID.randomUUID();
    practice.sourceInitiativeId = Objects.requireNonNull(sourceInitiativeId, "initiative id");
    practice.cityCode = Objects.requireNonNull(cityCode, "city");
    practice.outcome = Objects.requireNonNull(outcome, "outcome");
    practice.title = PracticeRules.fit(title, TITLE_MAX_LENGTH);
    if (practice.title == null) {
      throw new IllegalArgumentException("a concluded initiative has a title");
    }
    practice.summary = PracticeRules.fit(summary, SUMMARY_MAX_LENGTH);
    String conclusionText = PracticeRules.fit(conclusion, TEXT_MAX_LENGTH);
    if (outcome.teachesByFailure()) {
      practice.lessons = conclusionText;
    } else {
      practice.results = conclusionText;
    }
    practice.reviewResults = evidence.reviewResults();
    practice.indicatorOutcomes = evidence.indicatorOutcomes();
    practice.status = PracticeStatus.DRAFT;
    practice.createdAt = now;
    practice.updatedAt = now;
    return practice;
  }

  /**
   * Replaces the whole text. A submitted practice is locked while the network admin decides. A
   * published practice stays published, so it must keep meeting the validation checklist; its new
   * text becomes its next revision, unless the edit changed nothing.
   *
   * @return the revision the edit recorded, if any
   */
  public Optional<PracticeRevision> revise(PracticeText text, String by, Instant now) {
    if (!PracticeLifecycle.editable(status)) {
      throw new UnderValidationException(id);
    }
    String newTitle = PracticeRules.text("title", text.title(), TITLE_MAX_LENGTH);
    if (newTitle == null) {
      throw new IllegalArgumentException("title must not be blank");
    }
    PracticeText revised = PracticeRules.text(text);
    if (status == PracticeStatus.PUBLISHED) {
      requireChecklist(revised);
    }
    boolean changed = !revised.equals(text());
    title = revised.title();
    summary = revised.summary();
    context = revised.context();
    approach = revised.approach();
    results = revised.results();
    resources = revised.resources();
    transferability = revised.transferability();
    lessons = revised.lessons();
    updatedAt = now;
    if (status == PracticeStatus.PUBLISHED && changed) {
      return Optional.of(recordRevision(PracticeRevision.Kind.EDIT, by, now));
    }
    return Optional.empty();
  }

  /**
   * Takes one step of the validation, as the lifecycle allows it from the current status. A
   * publication needs the checklist met and records the published text as a revision when it
   * differs from the last one; returning and unpublishing need a reason.
   *
   * @param reason why, for {@link ValidationStep#needsReason()}; ignored otherwise
   */
  public ValidationRecord take(ValidationStep step, String reason, String by, Instant now) {
    if (!PracticeLifecycle.allows(status, step)) {
      throw new IllegalStepException(status, step);
    }
    String why =
        step.needsReason() ? PracticeRules.text("reason", reason, REASON_MAX_LENGTH) : null;
    if (step.needsReason() && why == null) {
      throw new IllegalArgumentException("a practice is " + step + " with a reason");
    }
    if (step == ValidationStep.PUBLISHED) {
      requireChecklist(text());
      if (revisions.isEmpty() || !revisions.get(revisions.size() - 1).text().equals(text())) {
        recordRevision(PracticeRevision.Kind.PUBLICATION, by, now);
      }
    }
    status = step.to();
    publishedAt = status == PracticeStatus.PUBLISHED ? now : null;
    updatedAt = now;
    ValidationRecord record =
        new ValidationRecord(this, step, why, Objects.requireNonNull(by), now);
    validation.add(record);
    return record;
  }

  private void requireChecklist(PracticeText text) {
    List<ValidationChecklist.Check> failing = ValidationChecklist.of(text, evidence()).failing();
    if (!failing.isEmpty()) {
      throw new ChecklistFailedException(failing);
    }
  }

  private PracticeRevision recordRevision(PracticeRevision.Kind kind, String by, Instant now) {
    PracticeRevision revision =
        new PracticeRevision(
            this, revisions.size() + 1, kind, text(), Objects.requireNonNull(by), now);
    revisions.add(revision);
    return revision;
  }

  /** The checklist as the practice now stands. */
  public ValidationChecklist checklist() {
    return ValidationChecklist.of(text(), evidence());
  }

  /**
   * Replaces the classification. Not while submitted: the network admin validates what it sees.
   * Changing the original language drops a translation into the new original language, which would
   * otherwise shadow the text itself.
   */
  public void classify(PracticeProfile profile, Instant now) {
    if (!PracticeLifecycle.editable(status)) {
      throw new UnderValidationException(id);
    }
    language = profile.language();
    themes = profile.themes().stream().map(Enum::name).toArray(String[]::new);
    targetGroups = profile.targetGroups().stream().map(Enum::name).toArray(String[]::new);
    sdgTargets = profile.sdgTargets().toArray(String[]::new);
    contactRole = profile.contactRole();
    translations.removeIf(t -> t.language().equals(language));
    updatedAt = now;
  }

  public PracticeProfile profile() {
    return new PracticeProfile(
        language,
        Arrays.stream(themes).map(Theme::valueOf).toList(),
        Arrays.stream(targetGroups).map(TargetGroup::valueOf).toList(),
        List.of(sdgTargets),
        contactRole);
  }

  /** The original language of the text. */
  public String language() {
    return profile().language();
  }

  /**
   * Writes (or rewrites) the translation into one language. Not while submitted, nor into the
   * original language (that is the text itself, changed by {@link #revise}).
   *
   * @param byRole the translator's capacity, recorded with the translation
   * @param byCity the translator's town, {@code null} for the network
   */
  public PracticeTranslation translate(
      String into, PracticeText text, Role byRole, String byCity, Instant now) {
    if (!PracticeLifecycle.editable(status)) {
      throw new UnderValidationException(id);
    }
    if (!NetworkLanguages.isValid(into)) {
      throw PracticeRuleException.translation(into + " is no network language");
    }
    if (into.equals(language())) {
      throw PracticeRuleException.translation(
          into + " is the practice's original language: edit the practice itself");
    }
    PracticeTranslation translation =
        translation(into)
            .orElseGet(
                () -> {
                  PracticeTranslation added = new PracticeTranslation(this, into);
                  translations.add(added);
                  return added;
                });
    translation.write(text, byRole, byCity, now);
    updatedAt = now;
    return translation;
  }

  /**
   * Drops the translation into one language, if there is one.
   *
   * @return whether there was one
   */
  public boolean removeTranslation(String from, Instant now) {
    if (!PracticeLifecycle.editable(status)) {
      throw new UnderValidationException(id);
    }
    boolean removed = translations.removeIf(t -> t.language().equals(from));
    if (removed) {
      updatedAt = now;
    }
    return removed;
  }

  /** Its translations, by language code. */
  public List<PracticeTranslation> translations() {
    return List.copyOf(translations);
  }

  public Optional<PracticeTranslation> translation(String into) {
    return translations.stream().filter(t -> t.language().equals(into)).findFirst();
  }

  /** The text in the requested language, each field marked translated or in the original. */
  public PracticeReading reading(String requested) {
    return PracticeReading.of(
        text(), language(), requested, translation(requested).map(PracticeTranslation::text));
  }

  /** The states the practice may move to next. */
  public List<PracticeStatus> allowedTransitions() {
    return PracticeLifecycle.next(status);
  }

  /**
   * What can be done with the practice as it now stands, whoever asks: editing unless it is locked,
   * the action of each validation step the lifecycle allows next, and registering a transfer once
   * it is published.
   */
  public List<PracticeAction> possibleActions() {
    List<PracticeAction> possible = new ArrayList<>();
    if (PracticeLifecycle.editable(status)) {
      possible.add(PracticeAction.EDIT_PRACTICE);
    }
    PracticeLifecycle.steps(status).forEach(step -> possible.add(step.action()));
    if (isPublished()) {
      // Another town may take up what the network published (docs/transfers.md).
      possible.add(PracticeAction.REGISTER_TRANSFER);
    }
    return possible;
  }

  /** Its validation steps so far, oldest first. */
  public List<ValidationRecord> validationHistory() {
    return List.copyOf(validation);
  }

  /** Its revisions, oldest first; empty until it is first published. */
  public List<PracticeRevision> revisions() {
    return List.copyOf(revisions);
  }

  public PracticeText text() {
    return new PracticeText(
        title, summary, context, approach, results, resources, transferability, lessons);
  }

  public boolean isPublished() {
    return status == PracticeStatus.PUBLISHED;
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public UUID sourceInitiativeId() {
    return sourceInitiativeId;
  }

  public InitiativeOutcome outcome() {
    return outcome;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String context() {
    return context;
  }

  public String approach() {
    return approach;
  }

  public String results() {
    return results;
  }

  public String resources() {
    return resources;
  }

  public String transferability() {
    return transferability;
  }

  public String lessons() {
    return lessons;
  }

  /** The evidence carried from the conclusion. */
  public PracticeEvidence evidence() {
    return new PracticeEvidence(reviewResults, indicatorOutcomes);
  }

  public PracticeStatus status() {
    return status;
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

  @Override
  public long version() {
    return version;
  }
}
