package eu.cohesion.practice.service.follow;

import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.follow.FollowAudience;
import eu.cohesion.practice.domain.follow.FollowReason;
import eu.cohesion.practice.events.FollowersNotified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The {@code eu.cohesion.practice.followers-notified} that goes with a fact on a practice, read in
 * the fact's transaction so that it names the followers as they were when it happened. None when
 * nobody is to be told.
 */
@ApplicationScoped
public class FollowerNotices {

  private final FollowRepository follows;

  FollowerNotices(FollowRepository follows) {
    this.follows = follows;
  }

  /** Published: the followers of its themes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<FollowersNotified> published(GoodPractice practice, String actor, Instant at) {
    return notice(
        practice,
        FollowReason.PUBLISHED,
        FollowAudience.of(actor, follows.followersOf(practice.profile().themes())),
        at);
  }

  /** Revised: the practice's followers. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<FollowersNotified> revised(GoodPractice practice, String actor, Instant at) {
    return notice(
        practice,
        FollowReason.REVISED,
        FollowAudience.of(actor, follows.followersOf(practice.id())),
        at);
  }

  /** A question answered: the practice's followers and who asked. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<FollowersNotified> answered(DiscussionPost question, String actor, Instant at) {
    List<String> recipients =
        FollowAudience.of(
            actor, follows.followersOf(question.practiceId()), List.of(question.authorId()));
    return recipients.isEmpty()
        ? List.of()
        : List.of(
            new FollowersNotified(
                question.practiceId(), question.cityCode(), FollowReason.ANSWERED, recipients, at));
  }

  private static List<FollowersNotified> notice(
      GoodPractice practice, FollowReason reason, List<String> recipients, Instant at) {
    return recipients.isEmpty()
        ? List.of()
        : List.of(
            new FollowersNotified(practice.id(), practice.cityCode(), reason, recipients, at));
  }
}
