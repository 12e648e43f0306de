package eu.cohesion.practice.domain.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cohesion.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/** VISIBLE ⇄ HIDDEN, and nothing else. */
class ModerationTest {

  @Test
  void aVisiblePostIsHiddenAndAHiddenOneRestored() {
    assertEquals(Visibility.HIDDEN, Moderation.next(Visibility.VISIBLE, Moderation.Step.HIDE));
    assertEquals(Visibility.VISIBLE, Moderation.next(Visibility.HIDDEN, Moderation.Step.RESTORE));
  }

  @Test
  void hidingTwiceOrRestoringAVisiblePostIsRefused() {
    RuleViolationException twice =
        assertThrows(
            RuleViolationException.class,
            () -> Moderation.next(Visibility.HIDDEN, Moderation.Step.HIDE));
    assertEquals("already-hidden", twice.slug());
    assertEquals(422, twice.status());
    RuleViolationException visible =
        assertThrows(
            RuleViolationException.class,
            () -> Moderation.next(Visibility.VISIBLE, Moderation.Step.RESTORE));
    assertEquals("not-hidden", visible.slug());
  }
}
