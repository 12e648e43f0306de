package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MailBackoffTest {

  @Test
  void startsAtThirtySecondsAndDoubles() {
    assertEquals(Duration.ofSeconds(30), MailBackoff.after(1));
    assertEquals(Duration.ofSeconds(60), MailBackoff.after(2));
    assertEquals(Duration.ofMinutes(16), MailBackoff.after(6));
    assertEquals(Duration.ofHours(1), MailBackoff.after(8));
  }

  @Property
  void neverShrinksAndNeverExceedsAnHour(@ForAll @IntRange(min = 1, max = 10_000) int failures) {
    Duration wait = MailBackoff.after(failures);
    assertTrue(wait.compareTo(MailBackoff.after(failures + 1)) <= 0);
    assertTrue(wait.compareTo(Duration.ofHours(1)) <= 0);
    assertTrue(wait.compareTo(Duration.ofSeconds(30)) >= 0);
  }

  @Test
  void thereIsNoWaitBeforeAFailure() {
    assertThrows(IllegalArgumentException.class, () -> MailBackoff.after(0));
  }
}
