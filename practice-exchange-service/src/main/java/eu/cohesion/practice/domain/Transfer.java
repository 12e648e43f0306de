package eu.cohesion.practice.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A published practice travelling to another town: that town's coordinator registers interest,
 * links the initiative that adapts it, and ends with what was changed or why it was abandoned. The
 * practice's own town answers on it. The aggregate belongs to the adopting town ({@link
 * #cityCode()}); {@link #sourceCity()} is the practice's town.
 */
@Entity
@Table(name = "practice_transfer")
public class Transfer implements Aggregate {

  /** Limit of every text of a transfer: note, changes, reason, answer. */
  public static final int TEXT_MAX_LENGTH = 4000;

  /** What stands in an erased person's place as author. */
  public static final String ERASED = "erased";

  @Id private UUID id;

  @Column(name = "practice_id", nullable = false, updatable = false)
  private UUID practiceId;

  /** Read only: the practice as it is now, for its title in every view of the transfer. */
  @ManyToOne
  @JoinColumn(name = "practice_id", insertable = false, updatable = false)
  private GoodPractice practice;

  @Column(name = "source_city", nullable = false, updatable = false)
  private String sourceCity;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TransferStatus status;

  private String note;

  @Column(name = "initiative_id")
  private UUID initiativeId;

  private String changes;

  @Column(name = "abandon_reason")
  private String abandonReason;

  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** Keycloak id of the coordinator who registered it; personal data, never shown. */
  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Transfer() {}

  /**
   * Interest of {@code adoptingCity} in a published practice of another town.
   *
   * @param note why the town is interested, optional
   */
  public static Transfer register(
      GoodPractice practice, String adoptingCity, String author, String note, Instant now) {
    if (!practice.isPublished()) {
      throw new TransferRuleException(
          "practice-not-published",
          "Practice not published",
          "only a published practice can be transferred");
    }
    if (practice.cityCode().equals(adoptingCity)) {
      throw new TransferRuleException(
          "own-practice", "Own practice", "a town does not transfer its own practice");
    }
    Transfer transfer = new Transfer();
    transfer.id = UUID.randomUUID();
    transfer.practiceId = practice.id();
    transfer.practice = practice;
    transfer.sourceCity = practice.cityCode();
    transfer.cityCode = Objects.requireNonNull(adoptingCity, "adopting town");
    transfer.createdBy = Objects.requireNonNull(author, "author");
    transfer.status = TransferStatus.INTERESTED;
    transfer.note = text(note);
    transfer.createdAt = now;
    transfer.updatedAt = now;
    return transfer;
  }

  /**
   * One lifecycle step: ADAPTING names the adopting town's initiative, TRANSFERRED says what was
   * changed, ABANDONED why; the step takes nothing else.
   */
  public void move(TransferStatus to, UUID initiative, String text, Instant now) {
    if (!TransferLifecycle.allows(status, to)) {
      throw new IllegalTransferStepException(status, to);
    }
    String given = text(text);
    switch (to) {
      case ADAPTING -> {
        if (initiative == null) {
          throw TransferRuleException.missing(to, "the initiative that adapts the practice");
        }
        refuseText(to, given);
        initiativeId = initiative;
      }
      case TRANSFERRED -> {
        refuseInitiative(to, initiative);
        if (given == null) {
          throw TransferRuleException.missing(to, "a text saying what was changed");
        }
        changes = given;
      }
      case ABANDONED -> {
        refuseInitiative(to, initiative);
        if (given == null) {
          throw TransferRuleException.missing(to, "a text saying why");
        }
        abandonReason = given;
      }
      default -> throw new IllegalTransferStepException(status, to);
    }
    status = to;
    updatedAt = now;
  }

  /** The source town's answer; a later answer replaces it. */
  public void answer(String text, Instant now) {
    String given = text(text);
    if (given == null) {
      throw new IllegalArgumentException("text must not be blank");
    }
    answer = given;
    answeredAt = now;
    updatedAt = now;
  }

  /** Forgets who registered it (erasure of that person). */
  public boolean forgetAuthor(String keycloakUserId) {
    if (!createdBy.equals(keycloakUserId)) {
      return false;
    }
    createdBy = ERASED;
    return true;
  }

  private static void refuseText(TransferStatus to, String given) {
    if (given != null) {
      throw new TransferRuleException(
          "transfer-step-incomplete",
          "Transfer step incomplete",
          "the step to " + to + " takes no text, only the initiative");
    }
  }

  private static void refuseInitiative(TransferStatus to, UUID initiative) {
    if (initiative != null) {
      throw new TransferRuleException(
          "transfer-step-incomplete",
          "Transfer step incomplete",
          "only the step to ADAPTING names an initiative, not the step to " + to);
    }
  }

  private static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > TEXT_MAX_LENGTH) {
      throw new IllegalArgumentException("text is longer than " + TEXT_MAX_LENGTH + " characters");
    }
    return stripped;
  }

  public List<TransferStatus> allowedTransitions() {
    return TransferLifecycle.next(status);
  }

  public boolean isOpen() {
    return TransferLifecycle.isOpen(status);
  }

  @Override
  public UUID id() {
    return id;
  }

  /** The adopting town: its coordinator moves the transfer. */
  @Override
  public String cityCode() {
    return cityCode;
  }

  public GoodPractice practice() {
    return practice;
  }

  public String sourceCity() {
    return sourceCity;
  }

  public UUID practiceId() {
    return practiceId;
  }

  public TransferStatus status() {
    return status;
  }

  public String note() {
    return note;
  }

  public UUID initiativeId() {
    return initiativeId;
  }

  public String changes() {
    return changes;
  }

  public String abandonReason() {
    return abandonReason;
  }

  public String answer() {
    return answer;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
