package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostKind;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.post.restored}: which post of which practice, and when. Never the
 * text, the reason or who moderated (that stays in the audit, post_moderation).
 */
public record PostRestored(UUID postId, UUID practiceId, PostKind kind, Instant moderatedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.post.restored";

  public static PostRestored of(DiscussionPost post) {
    return new PostRestored(post.id(), post.practiceId(), post.kind(), post.moderatedAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return postId;
  }
}
