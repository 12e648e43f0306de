package eu.cohesion.panel.domain.sortition;

import java.time.Duration;

/**
 * When a computation must give up. Checked between solver calls and handed to SCIP as its time
 * limit, so that a draw on an unexpectedly hard pool ends with {@link TimeLimitExceededException}
 * instead of holding a worker thread for hours.
 */
final class Deadline {

  /** No limit. */
  static final Deadline NONE = new Deadline(null, 0);

  private final Duration limit;
  private final long startNanos;

  private Deadline(Duration limit, long startNanos) {
    this.limit = limit;
    this.startNanos = startNanos;
  }

  /** A deadline {@code limit} from now; {@code null} means none. */
  static Deadline after(Duration limit) {
    return limit == null ? NONE : new Deadline(limit, System.nanoTime());
  }

  boolean limited() {
    return limit != null;
  }

  /** Milliseconds left, at least 1 (SCIP reads 0 as no limit); only when {@link #limited()}. */
  long remainingMillis() {
    return Math.max(1, limit.minusNanos(System.nanoTime() - startNanos).toMillis());
  }

  /**
   * @throws TimeLimitExceededException once the limit has passed
   */
  void check() {
    if (limit != null && System.nanoTime() - startNanos >= limit.toNanos()) {
      throw exceeded();
    }
  }

  /** The failure of a computation stopped by this limit; only when {@link #limited()}. */
  TimeLimitExceededException exceeded() {
    return new TimeLimitExceededException(limit);
  }
}
