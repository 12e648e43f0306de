package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

  @Test
  void doublesFromTheInitialDelayUpToTheCap() {
    assertEquals(Duration.ofMillis(200), backoff.after(1));
    assertEquals(Duration.ofMillis(400), backoff.after(2));
    assertEquals(Duration.ofMillis(800), backoff.after(3));
    assertEquals(Duration.ofMillis(6400), backoff.after(6));
    assertEquals(Duration.ofSeconds(10), backoff.after(7));
  }

  @Test
  void staysAtTheCapHoweverLongTheOutageLasts() {
    assertEquals(Duration.ofSeconds(10), backoff.after(1_000));
    assertEquals(Duration.ofSeconds(10), backoff.after(Integer.MAX_VALUE));
  }

  @Test
  void refusesAnUnusableConfiguration() {
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> backoff.after(0));
  }
}
