package eu.cohesion.practice.service.discussion;

import eu.cohesion.kit.limit.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posting limit per signed-in person (questions, comments, replies and reports together): a token
 * bucket of {@code cohesion.discussion.rate-limit.burst} posts, refilled by {@code per-period}
 * posts every {@code period} (defaults: 5 at once, 10 per 10 minutes). In memory, per instance;
 * idle people are forgotten when the map is full.
 */
@ApplicationScoped
public class DiscussionRateLimit {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final int burst;
  private final long refillNanos;
  private final int maxTracked;
  private final LongSupplier nanoTime;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  @Inject
  DiscussionRateLimit(
      @ConfigProperty(name = "cohesion.discussion.rate-limit.burst", defaultValue = "5") int burst,
      @ConfigProperty(name = "cohesion.discussion.rate-limit.per-period", defaultValue = "10")
          int perPeriod,
      @ConfigProperty(name = "cohesion.discussion.rate-limit.period", defaultValue = "PT10M")
          Duration period,
      @ConfigProperty(name = "cohesion.discussion.rate-limit.max-tracked", defaultValue = "100000")
          int maxTracked) {
    this(burst, period.toNanos() / perPeriod, maxTracked, System::nanoTime);
  }

  DiscussionRateLimit(int burst, long refillNanos, int maxTracked, LongSupplier nanoTime) {
    this.burst = burst;
    this.refillNanos = refillNanos;
    this.maxTracked = maxTracked;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one token for the person.
   *
   * @throws PostingTooFastException 429 with the seconds until the next post may come
   */
  public void admit(String subject) {
    long now = nanoTime.getAsLong();
    if (!buckets.containsKey(subject) && buckets.size() >= maxTracked) {
      buckets.values().removeIf(bucket -> bucket.full(now));
    }
    TokenBucket bucket =
        buckets.computeIfAbsent(subject, key -> new TokenBucket(burst, refillNanos, now));
    if (!bucket.tryTake(now)) {
      long nanos = bucket.nanosUntilNext(now);
      throw new PostingTooFastException(Math.max(1, (nanos + SECOND - 1) / SECOND));
    }
  }
}
