package eu.cohesion.kit.limit;

/**
 * A token bucket: up to {@code capacity} requests at once, then one more per {@code refillNanos}.
 * Time is passed in (nanoseconds of a monotonic clock), so the rule is testable without waiting.
 */
public final class TokenBucket {

  private final int capacity;
  private final long refillNanos;
  private double tokens;
  private long last;

  public TokenBucket(int capacity, long refillNanos, long now) {
    if (capacity < 1 || refillNanos < 1) {
      throw new IllegalArgumentException("a bucket holds at least one token and refills");
    }
    this.capacity = capacity;
    this.refillNanos = refillNanos;
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token if there is one. */
  public synchronized boolean tryTake(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** Whether the bucket is full again, i.e. its client has been idle long enough to forget it. */
  public synchronized boolean full(long now) {
    refill(now);
    return tokens >= capacity;
  }

  /** Nanoseconds until the next token, 0 when one is there. */
  public synchronized long nanosUntilNext(long now) {
    refill(now);
    return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * refillNanos);
  }

  private void refill(long now) {
    long elapsed = Math.max(0, now - last);
    tokens = Math.min(capacity, tokens + (double) elapsed / refillNanos);
    last = now;
  }
}
