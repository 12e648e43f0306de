package eu.cohesion.kit.limit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request quotas per caller and per {@link RateLimitClass}, one Bucket4j token bucket each (see
 * docs/http.md). A caller is its token's subject or, anonymous, its client address; the kit's
 * {@code RateLimitFilter} asks before every API request. Buckets live in this instance's memory:
 * behind a load balancer each replica counts on its own, so the limit a client meets is at most
 * replicas × quota. Callers idle long enough for their buckets to be full again are forgotten.
 */
@ApplicationScoped
public class RateLimits {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final boolean enabled;
  private final Map<RateLimitClass, RateLimitPolicy> policies = new EnumMap<>(RateLimitClass.class);
  private final int maxTracked;
  private final TimeMeter clock;
  private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

  private record Key(RateLimitClass limitClass, String caller) {}

  @Inject
  RateLimits(
      @ConfigProperty(name = "cohesion.rate-limit.enabled") boolean enabled,
      @ConfigProperty(name = "cohesion.rate-limit.read.quota") long readQuota,
      @ConfigProperty(name = "cohesion.rate-limit.read.window") Duration readWindow,
      @ConfigProperty(name = "cohesion.rate-limit.write.quota") long writeQuota,
      @ConfigProperty(name = "cohesion.rate-limit.write.window") Duration writeWindow,
      @ConfigProperty(name = "cohesion.rate-limit.max-tracked") int maxTracked) {
    this(
        enabled,
        new RateLimitPolicy(RateLimitClass.READ, readQuota, readWindow),
        new RateLimitPolicy(RateLimitClass.WRITE, writeQuota, writeWindow),
        maxTracked,
        TimeMeter.SYSTEM_NANOTIME);
  }

  /** With a clock of the test's own. */
  public RateLimits(
      boolean enabled,
      RateLimitPolicy read,
      RateLimitPolicy write,
      int maxTracked,
      TimeMeter clock) {
    this.enabled = enabled;
    this.policies.put(RateLimitClass.READ, read);
    this.policies.put(RateLimitClass.WRITE, write);
    this.maxTracked = maxTracked;
    this.clock = clock;
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * Takes one request from the caller's quota of that class.
   *
   * @param caller {@code sub:<subject>} or {@code addr:<client address>}: callers of one kind never
   *     share a bucket with the other
   */
  public RateLimitDecision admit(String caller, RateLimitClass limitClass) {
    RateLimitPolicy policy = policies.get(limitClass);
    Key key = new Key(limitClass, caller);
    if (buckets.size() >= maxTracked && !buckets.containsKey(key)) {
      // A flood of new callers (spoofed addresses, fresh accounts) must not grow the map
      // without bound: forget everyone whose bucket is full first.
      forgetIdle();
    }
    ConsumptionProbe probe =
        buckets.computeIfAbsent(key, k -> newBucket(policy)).tryConsumeAndReturnRemaining(1);
    return new RateLimitDecision(
        policy,
        probe.isConsumed(),
        probe.getRemainingTokens(),
        seconds(probe.getNanosToWaitForReset()),
        probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  /** Callers with a full bucket are as good as new: dropping them changes no answer. */
  @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void forgetIdle() {
    buckets
        .entrySet()
        .removeIf(
            e ->
                e.getValue().getAvailableTokens() >= policies.get(e.getKey().limitClass()).quota());
  }

  /** How many callers are being tracked (for tests and metrics). */
  public int tracked() {
    return buckets.size();
  }

  private Bucket newBucket(RateLimitPolicy policy) {
    return Bucket.builder()
        .addLimit(
            limit -> limit.capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()))
        .withCustomTimePrecision(clock)
        .build();
  }

  private static long seconds(long nanos) {
    return (nanos + SECOND - 1) / SECOND;
  }
}
