package eu.cohesion.practice.domain.discussion;

import eu.cohesion.kit.problem.RuleViolationException;

/**
 * The moderation state machine: a VISIBLE post may be hidden, a HIDDEN one restored; each step
 * needs a reason. Anything else is a 422 that changes nothing.
 */
public final class Moderation {

  /** A step a network admin takes on a post. */
  public enum Step {
    HIDE(Visibility.VISIBLE, Visibility.HIDDEN),
    RESTORE(Visibility.HIDDEN, Visibility.VISIBLE);

    private final Visibility from;
    private final Visibility to;

    Step(Visibility from, Visibility to) {
      this.from = from;
      this.to = to;
    }

    public Visibility to() {
      return to;
    }
  }

  private Moderation() {}

  /**
   * @return the state after the step
   * @throws RuleViolationException 422 when the post is not in the state the step starts from
   */
  public static Visibility next(Visibility current, Step step) {
    if (current != step.from) {
      throw new RuleViolationException(
          step == Step.HIDE ? "already-hidden" : "not-hidden",
          step == Step.HIDE ? "Already hidden" : "Not hidden",
          step == Step.HIDE
              ? "the post is already hidden"
              : "the post is visible: only a hidden post can be restored");
    }
    return step.to;
  }
}
