package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * That a member was erased on request (GDPR Art. 17): who erased, why and when. Once per member.
 */
@Entity
@Table(name = "member_erasure")
public class MemberErasure {

  public static final int REASON_MAX_LENGTH = 1000;

  @Id
  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "erased_at", nullable = false, updatable = false)
  private Instant erasedAt;

  /** Subject of the eraser's token; 'erased' once the eraser was erased in turn. */
  @Column(name = "erased_by", nullable = false)
  private String erasedBy;

  @Column(nullable = false, updatable = false)
  private String reason;

  protected MemberErasure() {}

  public static MemberErasure of(
      UUID memberId, UUID panelId, String erasedBy, String reason, Instant now) {
    MemberErasure erasure = new MemberErasure();
    erasure.memberId = memberId;
    erasure.panelId = panelId;
    erasure.erasedBy = erasedBy;
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > REASON_MAX_LENGTH) {
      // The request layer refuses both first (400 naming the field).
      throw new RuleViolationException(
          "invalid-erasure",
          "An erasure needs a reason",
          "a reason of 1 to " + REASON_MAX_LENGTH + " characters");
    }
    erasure.reason = text;
    erasure.erasedAt = now;
    return erasure;
  }

  public UUID memberId() {
    return memberId;
  }

  public UUID panelId() {
    return panelId;
  }

  public Instant erasedAt() {
    return erasedAt;
  }

  public String erasedBy() {
    return erasedBy;
  }

  public String reason() {
    return reason;
  }
}
