package eu.cohesion.practice.service.follow;

import static eu.cohesion.practice.domain.PracticeAction.FOLLOW;
import static eu.cohesion.practice.domain.PracticeAction.UNFOLLOW;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.service.PracticeCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A signed-in person follows published practices and themes, and stops following them. Both are
 * idempotent: the state asked for is the state afterwards, whatever it was before.
 */
@ApplicationScoped
public class Following {

  private final FollowRepository follows;
  private final PracticeCatalogue catalogue;
  private final ChangeGate gate;

  Following(FollowRepository follows, PracticeCatalogue catalogue, ChangeGate gate) {
    this.follows = follows;
    this.catalogue = catalogue;
    this.gate = gate;
  }

  /** What the caller follows: practices, then themes. */
  public record MyFollows(
      List<FollowRepository.Follow> practices, List<FollowRepository.Follow> themes) {}

  /**
   * Refused, in this order: 403 (not signed in as a person), 404 (no practice the caller can see),
   * 422 practice-not-published (a draft the caller's town is still writing).
   */
  @Transactional
  public void followPractice(Actor actor, UUID practiceId) {
    permit(actor, FOLLOW);
    GoodPractice practice = catalogue.get(actor, practiceId);
    if (!practice.isPublished()) {
      throw new RuleViolationException(
          "practice-not-published",
          "Only a published practice can be followed",
          "practice " + practiceId + " is " + practice.status());
    }
    follows.followPractice(actor.subject(), practiceId, gate.now());
  }

  /** Also when the caller did not follow it, or it is no longer published. */
  @Transactional
  public void unfollowPractice(Actor actor, UUID practiceId) {
    permit(actor, UNFOLLOW);
    follows.unfollowPractice(actor.subject(), practiceId);
  }

  @Transactional
  public void followTheme(Actor actor, Theme theme) {
    permit(actor, FOLLOW);
    follows.followTheme(actor.subject(), theme, gate.now());
  }

  @Transactional
  public void unfollowTheme(Actor actor, Theme theme) {
    permit(actor, UNFOLLOW);
    follows.unfollowTheme(actor.subject(), theme);
  }

  public MyFollows of(Actor actor) {
    permit(actor, FOLLOW);
    return new MyFollows(follows.practicesOf(actor.subject()), follows.themesOf(actor.subject()));
  }

  /** Whether the caller follows the practice; false for anyone who cannot follow. */
  public boolean follows(Actor actor, UUID practiceId) {
    return PracticePermissions.TABLE.allowsEverywhere(FOLLOW, actor)
        && follows.follows(actor.subject(), practiceId);
  }

  private static void permit(Actor actor, PracticeAction action) {
    PracticePermissions.TABLE.require(action, actor, actor.city(), "you may not follow practices");
  }
}
