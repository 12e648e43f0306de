package eu.cohesion.practice.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How hard a delivery is tried: after the n-th failed attempt the next one waits {@code firstDelay
 * × 2^(n-1)}, at most {@code maxDelay}; after {@code maxAttempts} attempts the delivery gives up. A
 * subscription whose last {@code pauseAfter} attempts all failed (across its deliveries) is paused.
 */
public record DeliveryPolicy(
    Duration firstDelay, Duration maxDelay, int maxAttempts, int pauseAfter) {

  public DeliveryPolicy {
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("0 < firstDelay <= maxDelay");
    }
    if (maxAttempts < 1 || pauseAfter < 1) {
      throw new IllegalArgumentException("maxAttempts and pauseAfter are at least 1");
    }
  }

  /** The wait after {@code failures} failed attempts (1 or more). */
  public Duration delayAfter(int failures) {
    Duration delay = firstDelay;
    for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** When to try again after {@code failures} failed attempts; empty when the delivery gives up. */
  public Optional<Instant> nextAttempt(int failures, Instant now) {
    return failures >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failures)));
  }

  /** Whether that many consecutive failures pause the subscription. */
  public boolean pauses(int consecutiveFailures) {
    return consecutiveFailures >= pauseAfter;
  }
}
