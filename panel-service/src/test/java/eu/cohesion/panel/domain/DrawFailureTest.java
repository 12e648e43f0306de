package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DrawFailureTest {

  @Test
  void aTimeLimitFailureNamesTheLimitWhatToChangeAndTheSetting() {
    DrawFailure failure =
        DrawFailure.timeLimit(Duration.ofMinutes(15), "cohesion.sortition.time-limit");

    assertEquals(DrawFailure.TIME_LIMIT, failure.code());
    assertTrue(failure.conflicting().isEmpty());
    assertEquals(
        "the draw did not finish within its time limit of 15 min: loosen the quotas, shrink the"
            + " pool or lower the seats and draw again, or have the operator raise the service"
            + " setting cohesion.sortition.time-limit (an ISO-8601 duration, now PT15M)",
        failure.message());
  }

  @Test
  void limitsBelowAMinuteOrOfOddLengthAreNotRoundedAway() {
    assertEquals("30 s", DrawFailure.readable(Duration.ofSeconds(30)));
    assertEquals("90 s", DrawFailure.readable(Duration.ofSeconds(90)));
    assertEquals("1500 ms", DrawFailure.readable(Duration.ofMillis(1500)));
    assertEquals("2 min", DrawFailure.readable(Duration.ofMinutes(2)));
    assertEquals("2 h", DrawFailure.readable(Duration.ofHours(2)));
    assertEquals("0 s", DrawFailure.readable(Duration.ZERO));
  }
}
