package eu.cohesion.practice.domain.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone signed in told the moderators that a post should not be there. One per person and post:
 * reporting again changes nothing. A report does not change the post (nor its version, so it never
 * makes a moderator's If-Match stale).
 */
@Entity
@Table(name = "post_report")
public class PostReport {

  @Id private UUID id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private UUID postId;

  @Column(name = "reported_by", nullable = false, updatable = false)
  private String reportedBy;

  @Column(updatable = false)
  private String reason;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  protected PostReport() {}

  /**
   * A report on the post; it stays open until the post's next moderation step. The reason is
   * optional, and plain text when given.
   */
  public static PostReport of(DiscussionPost post, String reporter, String reason, Instant now) {
    PostReport report = new PostReport();
    report.id = UUID.randomUUID();
    report.postId = post.id();
    report.reportedBy = reporter;
    report.reason = DiscussionText.optionalReason(reason);
    report.reportedAt = now;
    return report;
  }

  public UUID id() {
    return id;
  }

  public UUID postId() {
    return postId;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
