package eu.cohesion.kit.messaging;

import java.time.Duration;

/**
 * Exponential back-off between attempts: {@code initial}, twice that, … capped at {@code max}. No
 * jitter: a service has one consumer thread per channel, there is no herd to spread.
 */
public record Backoff(Duration initial, Duration max) {

  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < initial <= max: " + this);
    }
  }

  /** The pause after the given failed attempt (1 for the first). */
  public Duration after(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1: " + attempt);
    }
    long millis = initial.toMillis();
    for (int i = 1; i < attempt && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }
}
