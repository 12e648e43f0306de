package eu.cohesion.practice.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

  private final DeliveryPolicy policy =
      new DeliveryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10, 5);

  @Test
  void delaysDoubleFromThirtySecondsUpToAnHour() {
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
    assertEquals(Duration.ofSeconds(1920), policy.delayAfter(7));
    assertEquals(Duration.ofHours(1), policy.delayAfter(8));
    assertEquals(Duration.ofHours(1), policy.delayAfter(60));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    Instant now = Instant.parse("2026-12-03T12:00:00Z");
    assertEquals(Optional.of(now.plusSeconds(30)), policy.nextAttempt(1, now));
    assertTrue(policy.nextAttempt(9, now).isPresent());
    assertEquals(Optional.empty(), policy.nextAttempt(10, now));
  }

  @Test
  void pausesAfterConsecutiveFailures() {
    assertFalse(policy.pauses(4));
    assertTrue(policy.pauses(5));
  }

  @Test
  void refusesNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryPolicy(Duration.ZERO, Duration.ofSeconds(1), 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1));
  }
}
