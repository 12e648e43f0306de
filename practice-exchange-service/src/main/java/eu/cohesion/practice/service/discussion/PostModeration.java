package eu.cohesion.practice.service.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.Moderation;
import eu.cohesion.practice.events.PostHidden;
import eu.cohesion.practice.events.PostRestored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The network admin hides or restores a post, with a reason kept in the audit. */
@ApplicationScoped
public class PostModeration {

  private final PostRepository posts;
  private final ModerationRepository moderation;
  private final ChangeGate gate;

  PostModeration(PostRepository posts, ModerationRepository moderation, ChangeGate gate) {
    this.posts = posts;
    this.moderation = moderation;
    this.gate = gate;
  }

  /** The step, its audit row and its event commit together. */
  @Transactional
  public DiscussionPost moderate(
      Actor actor, UUID postId, Long expectedVersion, Moderation.Step step, String reason) {
    return gate.load("post", postId, posts.findByIdOptional(postId))
        .permit(PracticePermissions.TABLE, MODERATE_POSTS, actor, "moderate posts")
        .ifMatch(expectedVersion)
        .apply(
            (post, now) -> {
              moderation.persist(post.moderate(step, actor.subject(), reason, now));
              return List.of(
                  step == Moderation.Step.HIDE ? PostHidden.of(post) : PostRestored.of(post));
            });
  }
}
