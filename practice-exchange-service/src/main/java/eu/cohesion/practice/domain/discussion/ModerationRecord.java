package eu.cohesion.practice.domain.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One moderation step on a post, kept for good: who (Keycloak id), when and why. */
@Entity
@Table(name = "post_moderation")
public class ModerationRecord {

  @Id private UUID id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private UUID postId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Moderation.Step step;

  @Column(name = "moderated_by", nullable = false, updatable = false)
  private String moderatedBy;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "moderated_at", nullable = false, updatable = false)
  private Instant moderatedAt;

  protected ModerationRecord() {}

  ModerationRecord(
      UUID postId, Moderation.Step step, String moderatedBy, String reason, Instant at) {
    this.id = UUID.randomUUID();
    this.postId = postId;
    this.step = step;
    this.moderatedBy = moderatedBy;
    this.reason = reason;
    this.moderatedAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID postId() {
    return postId;
  }

  public Moderation.Step step() {
    return step;
  }

  public String moderatedBy() {
    return moderatedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant moderatedAt() {
    return moderatedAt;
  }
}
