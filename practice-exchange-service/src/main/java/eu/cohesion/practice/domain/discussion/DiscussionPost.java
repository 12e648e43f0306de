package eu.cohesion.practice.domain.discussion;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.kit.problem.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A question, comment or reply on a published practice. A reply belongs to a question or a comment
 * (one level deep). A question may carry the one reply its practice's town marked as the answer.
 * Its town for permissions ({@link #cityCode()}) is the practice's town, the source of the
 * practice: its coordinator marks answers; the author's own town is {@link #authorCity()}.
 */
@Entity
@Table(name = "discussion_post")
public class DiscussionPost implements Aggregate {

  /** What stands in for an erased author's id; no Keycloak subject looks like it. */
  public static final String ERASED = "erased";

  @Id private UUID id;

  @Column(name = "practice_id", nullable = false, updatable = false)
  private UUID practiceId;

  @Column(name = "practice_city", nullable = false, updatable = false)
  private String practiceCity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PostKind kind;

  @Column(name = "parent_id", updatable = false)
  private UUID parentId;

  @Column(name = "parent_kind", updatable = false)
  @Enumerated(EnumType.STRING)
  private PostKind parentKind;

  @Column(name = "author_id", nullable = false, updatable = false)
  private String authorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_role", nullable = false, updatable = false)
  private AuthorRole authorRole;

  @Column(name = "author_city", updatable = false)
  private String authorCity;

  private String title;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(name = "answer_id")
  private UUID answerId;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** The reason of the last moderation step (the audit keeps every step). */
  @Column(name = "moderation_reason")
  private String moderationReason;

  @Column(name = "moderated_at")
  private Instant moderatedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected DiscussionPost() {}

  private DiscussionPost(
      PostKind kind,
      UUID practiceId,
      String practiceCity,
      DiscussionPost parent,
      Author author,
      String title,
      String body,
      Instant now) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.practiceId = Objects.requireNonNull(practiceId);
    this.practiceCity = Objects.requireNonNull(practiceCity);
    this.parentId = parent == null ? null : parent.id;
    this.parentKind = parent == null ? null : parent.kind;
    this.authorId = author.id();
    this.authorRole = author.role();
    this.authorCity = author.city();
    this.title = title;
    this.body = body;
    this.visibility = Visibility.VISIBLE;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Who writes: the Keycloak id, the capacity and the town of their token (null for none). */
  public record Author(String id, AuthorRole role, String city) {
    public Author {
      Objects.requireNonNull(id, "only a signed-in caller writes");
      Objects.requireNonNull(role);
    }
  }

  public static DiscussionPost question(
      UUID practiceId, String practiceCity, Author author, String title, String body, Instant now) {
    return new DiscussionPost(
        PostKind.QUESTION,
        practiceId,
        practiceCity,
        null,
        author,
        DiscussionText.title(title),
        DiscussionText.body(body),
        now);
  }

  public static DiscussionPost comment(
      UUID practiceId, String practiceCity, Author author, String body, Instant now) {
    return new DiscussionPost(
        PostKind.COMMENT,
        practiceId,
        practiceCity,
        null,
        author,
        null,
        DiscussionText.body(body),
        now);
  }

  /** A reply to this question or comment. Replies are one level deep; a hidden post takes none. */
  public DiscussionPost reply(Author author, String body, Instant now) {
    if (kind == PostKind.REPLY) {
      throw new RuleViolationException(
          "reply-to-reply", "Reply to a reply", "reply to the question or comment instead");
    }
    if (visibility == Visibility.HIDDEN) {
      throw new RuleViolationException(
          "post-hidden", "Post hidden", "a post hidden by the moderators takes no replies");
    }
    DiscussionPost reply =
        new DiscussionPost(
            PostKind.REPLY,
            practiceId,
            practiceCity,
            this,
            author,
            null,
            DiscussionText.body(body),
            now);
    return reply;
  }

  /** Marks one of this question's visible replies as its answer (replacing an earlier one). */
  public void markAnswer(DiscussionPost reply, Instant now) {
    if (kind != PostKind.QUESTION) {
      throw new RuleViolationException(
          "not-a-question", "Not a question", "only a question has an answer");
    }
    if (reply.kind != PostKind.REPLY || !id.equals(reply.parentId)) {
      throw new RuleViolationException(
          "not-a-reply-of-this-question",
          "Not a reply to this question",
          "reply " + reply.id + " does not answer question " + id);
    }
    if (reply.visibility == Visibility.HIDDEN) {
      throw new RuleViolationException(
          "post-hidden", "Post hidden", "a reply hidden by the moderators cannot be the answer");
    }
    if (reply.id.equals(answerId)) {
      throw new RuleViolationException(
          "already-the-answer",
          "Already the answer",
          "reply " + reply.id + " is the answer already");
    }
    answerId = reply.id;
    answeredAt = now;
    updatedAt = now;
  }

  /**
   * Hides or restores the post: the reports made until now are dealt with (only later ones put it
   * in the moderation queue again). A hidden answer stays marked, and others read "hidden by the
   * moderators" in its place.
   *
   * @return the audit record of the step: who, when, why
   */
  public ModerationRecord moderate(
      Moderation.Step step, String moderator, String reason, Instant now) {
    String why = DiscussionText.reason(reason);
    visibility = Moderation.next(visibility, step);
    moderationReason = why;
    moderatedAt = now;
    updatedAt = now;
    return new ModerationRecord(id, step, moderator, why, now);
  }

  public boolean isHidden() {
    return visibility == Visibility.HIDDEN;
  }

  public boolean isErased() {
    return ERASED.equals(authorId);
  }

  public boolean writtenBy(String subject) {
    return subject != null && subject.equals(authorId);
  }

  @Override
  public UUID id() {
    return id;
  }

  /** The practice's town: the source town, whose coordinator marks answers. */
  @Override
  public String cityCode() {
    return practiceCity;
  }

  @Override
  public long version() {
    return version;
  }

  public UUID practiceId() {
    return practiceId;
  }

  public PostKind kind() {
    return kind;
  }

  public UUID parentId() {
    return parentId;
  }

  public PostKind parentKind() {
    return parentKind;
  }

  public String authorId() {
    return authorId;
  }

  public AuthorRole authorRole() {
    return authorRole;
  }

  public String authorCity() {
    return authorCity;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Visibility visibility() {
    return visibility;
  }

  public UUID answerId() {
    return answerId;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String moderationReason() {
    return moderationReason;
  }

  public Instant moderatedAt() {
    return moderatedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
