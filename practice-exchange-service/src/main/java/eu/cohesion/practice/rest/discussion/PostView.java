package eu.cohesion.practice.rest.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MARK_ANSWER;
import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;
import static eu.cohesion.practice.domain.PracticeAction.REPLY_TO_POST;
import static eu.cohesion.practice.domain.PracticeAction.REPORT_POST;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_HIDDEN_POSTS;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Post",
    description =
        "A question, comment or reply. Plain text (render it as text, with http(s) links only)."
            + " A hidden post keeps its place; its title and body are null for all but moderators.")
public record PostView(
    UUID id,
    UUID practiceId,
    PostKind kind,
    @Schema(nullable = true, description = "The question or comment a reply belongs to")
        UUID parentId,
    @Schema(nullable = true, description = "A question's title; null for others or when hidden")
        String title,
    @Schema(nullable = true, description = "Null when hidden, unless the caller moderates")
        String body,
    @Schema(description = "Hidden by the moderators") boolean hidden,
    @Schema(nullable = true, description = "Why it was hidden or restored; moderators only")
        String moderationReason,
    AuthorView author,
    @Schema(description = "This reply is its question's marked answer") boolean answer,
    @Schema(nullable = true, description = "A question's marked answer") UUID answerId,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant answeredAt,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    long version,
    @Schema(description = "What the caller may do with this post")
        List<PracticeAction> allowedActions) {

  static PostView of(DiscussionPost post, Actor actor, UUID answerOfItsQuestion) {
    boolean moderator = PracticePermissions.TABLE.allows(VIEW_HIDDEN_POSTS, actor, post.cityCode());
    boolean readable = !post.isHidden() || moderator;
    boolean isAnswer = post.id().equals(answerOfItsQuestion);
    return new PostView(
        post.id(),
        post.practiceId(),
        post.kind(),
        post.parentId(),
        readable ? post.title() : null,
        readable ? post.body() : null,
        post.isHidden(),
        moderator ? post.moderationReason() : null,
        AuthorView.of(post, actor),
        isAnswer,
        post.answerId(),
        post.answeredAt(),
        post.createdAt(),
        post.updatedAt(),
        post.version(),
        allowedActions(post, actor, isAnswer));
  }

  /** The table's cells, narrowed by the post's state. */
  private static List<PracticeAction> allowedActions(
      DiscussionPost post, Actor actor, boolean isAnswer) {
    return PracticePermissions.TABLE
        .allowedFor(actor, post.cityCode(), REPLY_TO_POST, MARK_ANSWER, REPORT_POST, MODERATE_POSTS)
        .stream()
        .filter(
            action ->
                switch (action) {
                  case REPLY_TO_POST -> post.kind() != PostKind.REPLY && !post.isHidden();
                  case MARK_ANSWER ->
                      post.parentKind() == PostKind.QUESTION && !post.isHidden() && !isAnswer;
                  case REPORT_POST -> !post.isHidden() && !post.writtenBy(actor.subject());
                  default -> true;
                })
        .toList();
  }
}
